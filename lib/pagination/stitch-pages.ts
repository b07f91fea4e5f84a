import type { ArticleView, OutlineItem } from '../extract/article-types';
import { readingTime } from '../extract/reading-time';
import { comparableText, normalizedText } from '../extract/text-blocks';

/** One page of a stitched story: what `]` and `[` jump between. */
export interface PageSpan {
  /** 1 for the page the reader was opened on. */
  page: number;
  url: string;
  /** The page's article HTML without what earlier pages already showed. Unsanitised, like ArticleView.html. */
  html: string;
  /** Index in the stitched outline of this page's first section (= the outline's length when it has none). */
  outlineStart: number;
}

/** The whole story: `html` holds every page, and `pages` says where each one starts. */
export interface StitchedArticle extends ArticleView {
  pages: PageSpan[];
  /** Pages the story has, as far as known: read pages, or more when the pager shows more. */
  pageCount: number;
}

export interface StitchOptions {
  /** How many pages the pager announced, for "Page 2 of 3" while page 3 is still being read. */
  pageCount?: number;
  /** Parses article HTML into an inert document; DOMParser by default (it runs no scripts and loads nothing). */
  parse?: (html: string) => Document;
}

/**
 * The attribute of the separator between pages in the stitched `html`: `<hr data-page-break="2"
 * data-page-count="3">`. The words ("Page 2 of 3") are the UI's to say, in the reader's language.
 * The sanitiser drops data attributes, so a UI that wants the marker reads `pages` instead.
 */
export const PAGE_BREAK_ATTRIBUTE = 'data-page-break';
export const PAGE_COUNT_ATTRIBUTE = 'data-page-count';

/** Blocks that must not appear twice: portals repeat the last paragraph, the lead photo's caption, the headline. */
const REPEATABLE_BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd';
/** Shorter blocks ("Ya.", "***") may repeat on purpose: interviews, scene breaks. */
const MIN_REPEAT_CHARS = 4;

/**
 * Joins the pages of one story in order. Title, byline and the other metadata come from the
 * first page; removals add up over every page; the outline runs on, with ids made unique across
 * pages. A paragraph, heading or photo that an earlier page showed is left out of later ones.
 */
export function stitchPages(first: ArticleView, later: ArticleView[], options: StitchOptions = {}): StitchedArticle {
  const parse = options.parse ?? parseInert;
  const pageCount = Math.max(options.pageCount ?? 0, 1 + later.length);
  const seen = new SeenContent();
  seen.addText(first.title);
  seen.addText(first.standfirst);
  const usedIds = new Set<string>();

  const firstBody = parse(first.html).body;
  seen.addBlocks(firstBody);
  const outline: OutlineItem[] = first.outline.map((item) => (usedIds.add(item.id), item));
  const pages: PageSpan[] = [{ page: 1, url: first.url, html: first.html, outlineStart: 0 }];
  const texts = [normalizedText(firstBody)];

  later.forEach((view, index) => {
    const body = parse(view.html).body;
    seen.dropRepeats(body);
    seen.addBlocks(body);
    const pageOutline = renumberOutline(body, view.outline, usedIds);
    pages.push({ page: index + 2, url: view.url, html: body.innerHTML, outlineStart: outline.length });
    outline.push(...pageOutline);
    texts.push(normalizedText(body));
  });

  const { wordCount, readingMinutes } = readingTime(texts.join(' '), first.lang);
  return {
    ...withoutPageLinks(first),
    html: pages.map((span) => (span.page === 1 ? span.html : pageBreakHtml(span.page, pageCount) + span.html)).join(''),
    outline,
    wordCount,
    readingMinutes,
    removals: [first, ...later].flatMap((view) => view.removals),
    pages,
    pageCount,
  };
}

export function pageBreakHtml(page: number, pageCount: number): string {
  return `<hr ${PAGE_BREAK_ATTRIBUTE}="${page}" ${PAGE_COUNT_ATTRIBUTE}="${pageCount}">`;
}

/** What the pages showed so far: block texts (compared by letters and digits) and image addresses. */
class SeenContent {
  private readonly texts = new Set<string>();
  private readonly images = new Set<string>();

  addText(text: string) {
    const key = comparableText(text);
    if (key.length >= MIN_REPEAT_CHARS) this.texts.add(key);
  }

  addBlocks(root: Element) {
    for (const block of root.querySelectorAll(REPEATABLE_BLOCKS)) this.addText(normalizedText(block));
    for (const image of root.querySelectorAll('img')) {
      const key = imageKey(image);
      if (key) this.images.add(key);
    }
  }

  /** Document order, so a repeated list item goes whole before its paragraphs are looked at. */
  dropRepeats(root: Element) {
    for (const block of root.querySelectorAll(REPEATABLE_BLOCKS)) {
      if (!root.contains(block)) continue;
      const key = comparableText(normalizedText(block));
      if (key.length >= MIN_REPEAT_CHARS && this.texts.has(key)) block.remove();
    }
    for (const image of root.querySelectorAll('img')) {
      const key = imageKey(image);
      if (key && this.images.has(key)) removeImage(image);
    }
  }
}

/** The same photo may come back in another size: its address without the query names it. */
function imageKey(image: Element): string | null {
  const src = image.getAttribute('src');
  if (!src || src.startsWith('data:')) return null;
  try {
    const url = new URL(src);
    return `${url.origin}${url.pathname}`;
  } catch {
    return src;
  }
}

/** A repeated photo goes with its figure, caption and all, unless the figure holds other photos. */
function removeImage(image: Element) {
  const holder = image.closest('figure') ?? image.closest('picture');
  image.remove();
  if (holder && !holder.querySelector('img')) holder.remove();
}

/**
 * Keeps the page's outline items whose heading is still there, with ids unique across the pages
 * (the slug is made from the heading text, and a long slug is cut, so two pages can share one).
 */
function renumberOutline(body: Element, items: OutlineItem[], usedIds: Set<string>): OutlineItem[] {
  const kept: OutlineItem[] = [];
  for (const item of items) {
    const heading = body.querySelector(`[id="${item.id}"]`);
    if (!heading) continue;
    let id = item.id;
    for (let n = 2; usedIds.has(id); n += 1) id = `${item.id}-p${n}`;
    usedIds.add(id);
    heading.setAttribute('id', id);
    kept.push({ ...item, id });
  }
  return kept;
}

/** The stitched story is the whole story: the first page's pointer to page 2 no longer applies. */
function withoutPageLinks(view: ArticleView): ArticleView {
  const { pageLinks: _pageLinks, ...rest } = view;
  return rest;
}

function parseInert(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${html}`, 'text/html');
}
