/**
 * The one size limit, checked before any other work. Pages up to this many elements are read: the
 * pipeline is linear, and a portal page with a long list of links around its article reaches
 * 160,000 (issue 8). Above it, the reader says so at once instead of freezing the tab.
 */
export const MAX_PAGE_ELEMENTS = 500_000;

/** The plain answer for a page above the limit: what the injected script returns instead of an article. */
export interface PageTooLarge {
  kind: 'page-too-large';
  elements: number;
  limit: number;
}

export interface PageSize {
  elements: number;
  /** Set when the page is above the limit: the answer to give instead of reading it. */
  tooLarge: PageTooLarge | null;
}

/** Counting elements is a single native pass in a browser; nothing else is read. */
export function measurePageSize(doc: Document, limit = MAX_PAGE_ELEMENTS): PageSize {
  const elements = doc.getElementsByTagName('*').length;
  return { elements, tooLarge: elements > limit ? { kind: 'page-too-large', elements, limit } : null };
}

/** Script and style text, and comments: no elements in there, whatever it looks like. */
const NOT_MARKUP = /(<script\b[^>]*>)[\s\S]*?<\/script\s*>|(<style\b[^>]*>)[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;
const START_TAG = /<[a-zA-Z]/g;

/**
 * Start tags in page source (outside scripts, styles and comments): about the number of elements a
 * parser makes. Lets the command line refuse a huge file before parsing it, as the reader does.
 */
export function estimateElements(html: string): number {
  return html.replace(NOT_MARKUP, '$1$2').match(START_TAG)?.length ?? 0;
}
