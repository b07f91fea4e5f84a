/** Small read-only measurements of DOM blocks, shared by the pipeline steps. */

/**
 * White space a reader sees as one space but that is not one already: a run of two or more, or any
 * white space but a plain space alone (a tab, a line break, a no-break space). Collapsing these gives
 * the same text as collapsing `/\s+/`, but most texts have none, and then no new string is built.
 */
export const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;
/** A paragraph this long is the article's prose, not a label, a kicker or a date stamp. */
export const MIN_PROSE_CHARS = 60;
/** A paragraph this long is a full paragraph of the story: what measures how much text a box holds. */
export const PROSE_PARAGRAPH_CHARS = 80;
/** Node.DOCUMENT_POSITION_FOLLOWING, without needing a global `Node` when run in Node.js. */
const FOLLOWING = 4;

export function normalizedText(node: Node): string {
  return collapsedText(node.textContent ?? '');
}

/** Runs of white space as one space, none at the ends: the text as a reader sees it. */
export function collapsedText(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** Letters and digits only, lowercased: headings and titles compare equal despite punctuation and case. */
export function comparableText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Share of an element's text that sits inside links: high for menus, share bars and related lists. */
export function linkDensity(element: Element): number {
  const total = normalizedText(element).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += normalizedText(link).length;
  return Math.min(1, linked / total);
}

/** Text that is not inside a link: what a reader would actually read in the block. */
export function unlinkedTextLength(element: Element): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += normalizedText(link).length;
  return Math.max(0, normalizedText(element).length - linked);
}

const CONTAINER_BOUNDARY = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);

/**
 * The outermost wrapper that holds exactly the same text as `element`: removing it instead of the
 * element itself leaves no empty shells (`<div><p><a>Baca juga…</a></p></div>`).
 */
export function outermostSameTextWrapper(element: Element): Element {
  const text = normalizedText(element);
  let current = element;
  while (current.parentElement && !CONTAINER_BOUNDARY.has(current.parentElement.tagName)) {
    if (normalizedText(current.parentElement) !== text) break;
    if (current.parentElement.querySelector('img, picture, video, iframe, table') &&
        !current.querySelector('img, picture, video, iframe, table')) break;
    current = current.parentElement;
  }
  return current;
}

export function isDetached(element: Element, root: Element): boolean {
  return element !== root && !root.contains(element);
}

/** The first paragraph of prose outside photos: where the article's text starts. */
export function firstProseParagraph(root: Element): Element | undefined {
  return [...root.querySelectorAll('p')].find(
    (paragraph) => normalizedText(paragraph).length >= MIN_PROSE_CHARS && !paragraph.closest('figure, figcaption'),
  );
}

/** Whether `node` comes before `other` in the document. */
export function precedes(node: Node, other: Node): boolean {
  return (node.compareDocumentPosition(other) & FOLLOWING) !== 0;
}
