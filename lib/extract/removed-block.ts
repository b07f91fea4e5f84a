import { collapsedText } from './text-blocks';

/**
 * What the reader needs to show a removed block again, on request, where it was: the block's own HTML
 * (unsanitised, like the article's; the popup sanitises it) and the last words of the text just before
 * it, which the reader looks for in the article to put the block back in place.
 */
export interface RemovedBlock {
  html?: string;
  after?: string;
}

/** Larger blocks (whole menus, footers) are counted but not shown again: nobody reads them inline. */
export const MAX_REMOVED_HTML_CHARS = 6000;
/**
 * All removed blocks of a page together: a portal page removes thousands of link lists, and their
 * HTML would swell the answer the tab sends the popup to megabytes. Past this, blocks are only counted.
 */
export const MAX_REMOVED_HTML_PER_PAGE = 100_000;
const ANCHOR_CHARS = 60;
const MIN_ANCHOR_CHARS = 20;
/** Bounded, so each removal costs a few steps however large the page. */
const MAX_ANCHOR_STEPS = 12;
/** Their text is code or data, never words a reader saw before the block. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * `textLength` is the block's text, already measured: a block with more text than the HTML limit, or
 * than what is left of the page's allowance, is never serialised, so long menus cost nothing here.
 */
export function describeRemovedBlock(element: Element, textLength: number, allowance = MAX_REMOVED_HTML_PER_PAGE): RemovedBlock {
  const limit = Math.min(MAX_REMOVED_HTML_CHARS, allowance);
  const html = textLength <= limit ? element.outerHTML : '';
  const after = textBefore(element);
  return {
    ...(html && html.length <= limit ? { html } : {}),
    ...(after ? { after } : {}),
  };
}

/** The end of the nearest text before `element`: a previous sibling's, or one of its ancestors'. */
function textBefore(element: Element): string {
  let steps = 0;
  for (let node: Element | null = element; node && steps < MAX_ANCHOR_STEPS; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling && steps < MAX_ANCHOR_STEPS; sibling = sibling.previousElementSibling) {
      steps += 1;
      if (NOT_TEXT.has(sibling.tagName.toUpperCase())) continue;
      const text = lastWords(sibling);
      if (text.length >= MIN_ANCHOR_CHARS) return text.slice(-ANCHOR_CHARS);
    }
  }
  return '';
}

/** Text nodes read backwards from an element's end, at most: enough for the anchor, even in a huge box. */
const MAX_TEXT_NODES = 200;

/**
 * The end of an element's text, whitespace collapsed, read backwards from its last text node: reading
 * the whole `textContent` of a large sibling for every removal would cost the page's size each time.
 */
function lastWords(element: Element): string {
  let deepest: Node = element;
  while (deepest.lastChild) deepest = deepest.lastChild;
  const walker = element.ownerDocument.createTreeWalker(element, 0x4 /* text */);
  walker.currentNode = deepest;
  let text = '';
  let node: Node | null = deepest.nodeType === 3 ? deepest : walker.previousNode();
  for (let read = 0; node && read < MAX_TEXT_NODES && collapsedText(text).length < ANCHOR_CHARS; read += 1) {
    const parent = node.parentElement?.tagName.toUpperCase();
    if (!parent || !NOT_TEXT.has(parent)) text = (node.nodeValue ?? '') + text;
    node = walker.previousNode();
  }
  return collapsedText(text);
}
