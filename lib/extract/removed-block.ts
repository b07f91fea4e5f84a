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
const ANCHOR_CHARS = 60;
const MIN_ANCHOR_CHARS = 20;
/** Bounded, so each removal costs a few steps however large the page. */
const MAX_ANCHOR_STEPS = 12;
/** Their text is code or data, never words a reader saw before the block. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

export function describeRemovedBlock(element: Element): RemovedBlock {
  const html = element.outerHTML;
  const after = textBefore(element);
  return {
    ...(html.length <= MAX_REMOVED_HTML_CHARS ? { html } : {}),
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
      const text = (sibling.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text.length >= MIN_ANCHOR_CHARS) return text.slice(-ANCHOR_CHARS);
    }
  }
  return '';
}
