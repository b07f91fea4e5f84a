import type { ArticleView, ClutterKind, OutlineItem, PageLinks, Removal } from '../extract/article-types';
import { MAX_REMOVED_HTML_CHARS } from '../extract/removed-block';
import { shownByline } from './byline-names';
import { readablePublishedTime } from './published-time';

/** The anchor is the last 60 characters of a text; anything longer was not made by the extractor. */
const MAX_ANCHOR_CHARS = 200;

/** The page's answer crosses a trust boundary: a hostile page can shape what the script returns. */
const MAX_HTML_CHARS = 5_000_000;
const MAX_TEXT_CHARS = 2_000;
const MAX_OUTLINE_ITEMS = 500;
const OUTLINE_ID = /^sec-[a-z0-9-]{1,80}$/;
/** find-next-page.ts reads page numbers up to 50. */
const MAX_PAGES = 50;

/** A well-formed ArticleView built from whatever came back, or null when it is not one. */
export function validateArticle(value: unknown): ArticleView | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.html !== 'string' || raw.html.length > MAX_HTML_CHARS) return null;
  // Pages write their dates in many ways: rewritten, where it can be, into one the browser reads.
  const publishedTime = readablePublishedTime(text(raw.publishedTime));
  return {
    title: text(raw.title),
    byline: shownByline(text(raw.byline), publishedTime),
    siteName: text(raw.siteName),
    publishedTime,
    lang: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/.test(text(raw.lang)) ? text(raw.lang) : '',
    dir: raw.dir === 'rtl' ? 'rtl' : 'ltr',
    excerpt: text(raw.excerpt),
    standfirst: text(raw.standfirst),
    html: raw.html,
    outline: list(raw.outline).flatMap(outlineItem).slice(0, MAX_OUTLINE_ITEMS),
    wordCount: count(raw.wordCount),
    readingMinutes: Math.max(1, count(raw.readingMinutes)),
    url: text(raw.url),
    looksLikeArticle: raw.looksLikeArticle === true,
    removals: list(raw.removals).flatMap(removal),
    ...pageLinksOf(raw.pageLinks, text(raw.url)),
  };
}

/** Links to the story's other pages, kept only on the page's own origin: the reader fetches them. */
function pageLinksOf(value: unknown, pageUrl: string): { pageLinks?: PageLinks } {
  if (typeof value !== 'object' || value === null) return {};
  const raw = value as Record<string, unknown>;
  const origin = httpOrigin(pageUrl);
  const sameOrigin = (url: unknown) =>
    origin !== null && typeof url === 'string' && url.length <= MAX_TEXT_CHARS && httpOrigin(url) === origin ? url : undefined;
  const nextUrl = sameOrigin(raw.nextUrl);
  const showAllUrl = sameOrigin(raw.showAllUrl);
  if (!nextUrl && !showAllUrl) return {};
  const pageCount = count(raw.pageCount);
  return {
    pageLinks: {
      ...(nextUrl ? { nextUrl } : {}),
      ...(showAllUrl ? { showAllUrl } : {}),
      ...(pageCount >= 2 && pageCount <= MAX_PAGES ? { pageCount } : {}),
    },
  };
}

function httpOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT_CHARS) : '';
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function outlineItem(value: unknown): OutlineItem[] {
  if (typeof value !== 'object' || value === null) return [];
  const raw = value as Record<string, unknown>;
  const id = text(raw.id);
  if (!OUTLINE_ID.test(id)) return [];
  const level = Math.min(6, Math.max(2, count(raw.level)));
  return [{ id, level, text: text(raw.text) }];
}

function removal(value: unknown): Removal[] {
  if (typeof value !== 'object' || value === null) return [];
  const raw = value as Record<string, unknown>;
  const html = typeof raw.html === 'string' && raw.html.length <= MAX_REMOVED_HTML_CHARS ? raw.html : undefined;
  const after = typeof raw.after === 'string' ? raw.after.slice(0, MAX_ANCHOR_CHARS) : undefined;
  return [{
    ruleId: text(raw.ruleId),
    kind: text(raw.kind) as ClutterKind,
    textLength: count(raw.textLength),
    ...(html ? { html } : {}),
    ...(after ? { after } : {}),
  }];
}
