/**
 * Parse + `extractArticle` for one page, timed the same way everywhere: `parseMs` is HTML → DOM
 * (window creation included), `ms` is parse + extraction. File reading is not timed.
 */
import type { ArticleView } from '../../lib/extract/article-types';
import { extractArticle } from '../../lib/extract/extract-article';
import { MAX_PAGE_ELEMENTS, estimateElements, measurePageSize, type PageTooLarge } from '../../lib/extract/page-size';
import { htmlToElement, parsePage } from './make-dom';

export interface ExtractedPage<T> {
  view: ArticleView;
  parseMs: number;
  ms: number;
  /** Whatever `inspect` derived from the article content while its window was still open. */
  derived: T;
}

export async function extractPage<T>(
  html: string,
  url: string,
  inspect: (content: Element, view: ArticleView) => T,
): Promise<ExtractedPage<T>> {
  const start = performance.now();
  // As in the reader: a page above the size limit is refused before the work, here before the parse.
  const estimate = estimateElements(html);
  if (estimate > MAX_PAGE_ELEMENTS) throw tooLargeError({ kind: 'page-too-large', elements: estimate, limit: MAX_PAGE_ELEMENTS });
  const page = parsePage(html, url);
  try {
    const size = measurePageSize(page.document);
    if (size.tooLarge) throw tooLargeError(size.tooLarge);
    const parsed = performance.now();
    const view = extractArticle(page.document, { url, elementCount: size.elements });
    const done = performance.now();
    const derived = inspect(htmlToElement(page.document, view.html), view);
    return { view, parseMs: parsed - start, ms: done - start, derived };
  } finally {
    await page.close();
  }
}

function tooLargeError({ elements, limit }: PageTooLarge): Error {
  return new Error(`page too large: about ${elements.toLocaleString('en')} elements; the reader reads pages of up to ${limit.toLocaleString('en')}`);
}
