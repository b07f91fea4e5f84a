import type { ArticleView } from '../extract/article-types';
import { findPageLinks } from './find-next-page';
import { httpUrl, pageAddress } from './page-url';

/** What reading a later page needs; the injected script passes the browser's, tests pass fakes. */
export interface PageSource {
  /** The page's HTML. Rejects on a network error, a non-2xx status or a redirect off the origin. */
  fetchPage(url: string, signal: AbortSignal): Promise<string>;
  /** An inert document at `url`: parseFetchedPage. */
  parse(html: string, url: string): Document;
  /** The same pipeline page 1 went through. */
  extract(doc: Document, url: string): ArticleView;
}

/**
 * Reads one later page of the story the reader was opened on (`fromUrl`): fetched, parsed and run
 * through the pipeline, with the links to the page after it. The request runs with the page's
 * cookies, so anything but a page of the same story (same origin, same stem: `?page=3`, `/3`,
 * `?page=all`) is refused before it is fetched, whatever the popup asks.
 */
export async function readPage(url: string, fromUrl: string, source: PageSource, signal: AbortSignal): Promise<ArticleView> {
  const target = httpUrl(url);
  const from = httpUrl(fromUrl);
  if (!target || !from || target.origin !== from.origin) throw new Error(`Not on this site: ${url}`);
  if (pageAddress(target).stem !== pageAddress(from).stem) throw new Error(`Not a page of this story: ${url}`);
  const html = await source.fetchPage(target.href, signal);
  const doc = source.parse(html, target.href);
  const view = source.extract(doc, target.href);
  const pageLinks = findPageLinks(doc, target.href);
  return pageLinks ? { ...view, pageLinks } : view;
}

/** MIME types a story page may come as; anything else (a PDF, an image, JSON) is not a page to read. */
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * fetch() as the page itself would: same origin, with its cookies (paywalled or logged-in pages
 * read as the user sees them), following redirects only within the origin.
 */
export async function fetchSameOriginHtml(
  fetchFn: typeof fetch,
  url: string,
  origin: string,
  signal: AbortSignal,
): Promise<string> {
  const response = await fetchFn(url, { credentials: 'include', redirect: 'follow', signal });
  if (new URL(response.url || url).origin !== origin) throw new Error(`The page moved to another site: ${response.url}`);
  if (!response.ok) throw new Error(`The site answered ${response.status} for ${url}`);
  const type = response.headers.get('content-type') ?? 'text/html';
  if (!HTML_TYPES.test(type)) throw new Error(`Not a web page (${type}): ${url}`);
  return response.text();
}

/**
 * Fetched HTML is hostile: DOMParser builds an inert document (no scripts run, nothing loads).
 * Such a document takes the address of the page that parsed it, so relative links and images of
 * page 2 would resolve against page 1: a `<base>` gives it its own, unless the page sets one.
 */
export function parseFetchedPage(html: string, url: string, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(html, 'text/html');
  if (!doc.querySelector('base[href]')) {
    const base = doc.createElement('base');
    base.setAttribute('href', url);
    doc.head.prepend(base);
  }
  return doc;
}
