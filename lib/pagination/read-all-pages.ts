import type { ArticleView } from '../extract/article-types';
import { httpUrl, withoutHash } from './page-url';
import { stitchPages, type StitchedArticle } from './stitch-pages';

/** Issue 9: at most 10 pages and 10 s in all. A story longer than that has a show-all view, or is a gallery. */
export const MAX_PAGES = 10;
export const READ_BUDGET_MS = 10_000;

/** Reads one later page: the popup asks the tab (entrypoints/read-page.ts), tests answer from fixtures. */
export type PageReader = (url: string, signal: AbortSignal) => Promise<ArticleView>;

export interface Clock {
  now(): number;
  /** Calls back after `ms`; returns a cancel function. */
  after(ms: number, callback: () => void): () => void;
}

/** What the reader says while it reads: "Reading page 2 of 3…". */
export interface ReadingStep {
  /** The page being read; for a show-all view, the page after those read. */
  page: number;
  /** Known from the pager; absent when it shows no numbers. */
  pageCount?: number;
  url: string;
  showAll: boolean;
}

export interface ReadAllOptions {
  readPage: PageReader;
  /** Before each page is asked for. */
  onReading?: (step: ReadingStep) => void;
  /** After each page is added: the whole story so far, ready to show. */
  onRead?: (article: StitchedArticle, pages: ArticleView[]) => void;
  clock?: Clock;
  maxPages?: number;
  budgetMs?: number;
}

/**
 * - `complete`: no page follows, or the show-all view was read;
 * - `page-limit` / `time-limit`: stopped at 10 pages or 10 s (a page cut off by the clock is a failure to retry);
 * - `failed`: a page did not load or did not read as the story; what was read is kept;
 * - `repeat`: the next page led back to a page already read, or added nothing new.
 */
export type ReadStop = 'complete' | 'page-limit' | 'time-limit' | 'failed' | 'repeat';

export interface ReadFailure {
  page: number;
  url: string;
  message: string;
}

export interface ReadAllResult {
  /** Every page read, in order: pass it back to `readAllPages` to retry after a failure. */
  pages: ArticleView[];
  article: StitchedArticle;
  stop: ReadStop;
  failure?: ReadFailure;
}

const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  after: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * Follows a story's pages one at a time, from the pages already read (at least the first; after a
 * failure, all of them: that is Retry). Prefers the show-all view when page 1 offers one. Never
 * leaves the first page's origin, never reads a page twice, and stops at the page and time limits.
 */
export async function readAllPages(readSoFar: ArticleView[], options: ReadAllOptions): Promise<ReadAllResult> {
  const [first] = readSoFar;
  if (!first) throw new Error('readAllPages needs the first page');
  const clock = options.clock ?? SYSTEM_CLOCK;
  const deadline = clock.now() + (options.budgetMs ?? READ_BUDGET_MS);
  const maxPages = options.maxPages ?? MAX_PAGES;
  const origin = httpUrl(first.url)?.origin;
  const pages = [...readSoFar];
  const seen = new Set(pages.map((page) => comparableUrl(page.url)));
  // Pagers that show a window of numbers ("1 2 3 … Next") reveal more pages as the reading goes on.
  const pageCount = () => Math.max(0, ...pages.map((page) => page.pageLinks?.pageCount ?? 0)) || undefined;
  const finish = (stop: ReadStop, failure?: ReadFailure): ReadAllResult => ({
    pages,
    // Once the last page is read, the count is what was read, whatever the pager promised.
    article: stitch(pages, stop === 'complete' ? undefined : pageCount()),
    stop,
    ...(failure ? { failure } : {}),
  });

  // A listing, a search page or a front page has pagers too: only a story's pages are followed.
  if (!first.looksLikeArticle) return finish('complete');

  const showAllUrl = pages.length === 1 ? first.pageLinks?.showAllUrl : undefined;
  if (showAllUrl && sameOrigin(showAllUrl, origin)) {
    options.onReading?.({ page: 2, url: showAllUrl, showAll: true, ...countOf(pageCount()) });
    const whole = await readWithin(options.readPage, showAllUrl, deadline, clock);
    if (whole.ok && holdsTheStory(whole.view, first)) {
      // The header keeps the address the reader was opened on.
      const article = stitch([{ ...whole.view, url: first.url }], undefined);
      options.onRead?.(article, [whole.view]);
      return { pages: [whole.view], article, stop: 'complete' };
    }
    // A failed or thin show-all view: read page by page instead.
  }

  let wordsSoFar = stitch(pages, undefined).wordCount;
  for (;;) {
    const last = pages[pages.length - 1] as ArticleView;
    const nextUrl = last.pageLinks?.nextUrl;
    if (!nextUrl || !sameOrigin(nextUrl, origin)) return finish('complete');
    if (seen.has(comparableUrl(nextUrl))) return finish('repeat');
    if (pages.length >= maxPages) return finish('page-limit');
    const page = pages.length + 1;
    if (clock.now() >= deadline) return finish('time-limit', { page, url: nextUrl, message: 'Out of time' });

    options.onReading?.({ page, url: nextUrl, showAll: false, ...countOf(pageCount()) });
    const read = await readWithin(options.readPage, nextUrl, deadline, clock);
    if (!read.ok) return finish(read.timedOut ? 'time-limit' : 'failed', { page, url: nextUrl, message: read.message });
    if (!read.view.looksLikeArticle) return finish('failed', { page, url: nextUrl, message: 'The page does not read as the story' });
    seen.add(comparableUrl(nextUrl));
    const article = stitch([...pages, read.view], pageCount());
    // A site that ignores ?page=2 serves page 1 again: nothing new means nothing to add.
    if (article.wordCount <= wordsSoFar) return finish('repeat');
    wordsSoFar = article.wordCount;
    pages.push(read.view);
    options.onRead?.(article, [...pages]);
  }
}

type PageRead = { ok: true; view: ArticleView } | { ok: false; timedOut: boolean; message: string };

/** One page, cut off when the whole read runs out of time. */
async function readWithin(readPage: PageReader, url: string, deadline: number, clock: Clock): Promise<PageRead> {
  const controller = new AbortController();
  let cancel = () => {};
  const timeout = new Promise<PageRead>((resolve) => {
    cancel = clock.after(Math.max(0, deadline - clock.now()), () => {
      controller.abort();
      resolve({ ok: false, timedOut: true, message: 'Out of time' });
    });
  });
  const read = readPage(url, controller.signal).then(
    (view): PageRead => ({ ok: true, view }),
    (error: unknown): PageRead => ({ ok: false, timedOut: false, message: error instanceof Error ? error.message : String(error) }),
  );
  try {
    return await Promise.race([read, timeout]);
  } finally {
    cancel();
  }
}

function stitch(pages: ArticleView[], pageCount: number | undefined): StitchedArticle {
  const [first, ...later] = pages as [ArticleView, ...ArticleView[]];
  return stitchPages(first, later, pageCount ? { pageCount } : {});
}

/** The show-all view replaces page 1 only when it holds at least as much of the story. */
function holdsTheStory(whole: ArticleView, first: ArticleView): boolean {
  return whole.looksLikeArticle && whole.wordCount >= first.wordCount;
}

function sameOrigin(url: string, origin: string | undefined): boolean {
  return origin !== undefined && httpUrl(url)?.origin === origin;
}

function comparableUrl(url: string): string {
  const parsed = httpUrl(url);
  return parsed ? withoutHash(parsed) : url;
}

function countOf(pageCount: number | undefined): { pageCount?: number } {
  return pageCount ? { pageCount } : {};
}
