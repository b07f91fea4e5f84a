import type { Removal } from './article-types';
import { normalizedText } from './text-blocks';

/** Tells whether the page shows an element: in the browser, from its computed style. */
export type HiddenProbe = (element: Element) => boolean;

/** Utility classes that mean display:none in Bootstrap, Tailwind and WordPress themes. */
const HIDDEN_CLASSES = new Set(['hidden', 'is-hidden', 'd-none', 'visually-hidden', 'sr-only', 'screen-reader-text', 'u-hidden', 'hide']);

/** Without styles (Node, the command line), a hiding utility class is the best sign. */
export const hiddenByClassName: HiddenProbe = (element) =>
  (element.getAttribute('class') ?? '').split(/\s+/).some((name) => HIDDEN_CLASSES.has(name)) ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');

/** Collapsed article text ("Read more" split pages) is still the article; a hidden box of links is not. */
const MIN_KEPT_PARAGRAPHS = 2;
const MIN_PARAGRAPH_CHARS = 100;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BR', 'WBR', 'IMG', 'PICTURE', 'SOURCE']);

/**
 * Positions (in `body.querySelectorAll('*')` order) of the boxes the live page hides: closed menus,
 * modals, paywall prompts. Read-only; measured on the live page because only it has styles.
 */
export function findHiddenBoxes(body: Element, isHidden: HiddenProbe): number[] {
  const elements = [...body.querySelectorAll('*')];
  const hidden: number[] = [];
  let skipInside: Element | null = null;
  elements.forEach((element, index) => {
    if (skipInside?.contains(element)) return;
    skipInside = null;
    if (SKIPPED_TAGS.has(element.tagName) || normalizedText(element).length === 0) return;
    if (!isHidden(element)) return;
    skipInside = element;
    if (!holdsArticleText(element)) hidden.push(index);
  });
  return hidden;
}

/** Removes, from a fresh clone of the same page, the boxes found hidden on the live page. */
export function removeHiddenBoxes(cloneBody: Element, positions: number[]): Removal[] {
  const elements = [...cloneBody.querySelectorAll('*')];
  const targets = positions.map((position) => elements[position]).filter((e): e is Element => !!e);
  return targets.map((element) => {
    const removal: Removal = { ruleId: 'hidden-on-page', kind: 'hidden', textLength: normalizedText(element).length };
    element.remove();
    return removal;
  });
}

function holdsArticleText(element: Element): boolean {
  const paragraphs = [...element.querySelectorAll('p')].filter(
    (p) => normalizedText(p).length >= MIN_PARAGRAPH_CHARS,
  );
  return paragraphs.length >= MIN_KEPT_PARAGRAPHS;
}
