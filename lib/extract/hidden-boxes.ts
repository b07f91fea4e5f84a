import type { Removal } from './article-types';
import { safeDom, type SafeDom } from './dom-clobbering';
import { normalizedText } from './text-blocks';

/** Tells whether the page shows an element: in the browser, from its computed style. */
export type HiddenProbe = (element: Element) => boolean;

/** Utility classes that mean display:none in Bootstrap, Tailwind and WordPress themes. */
const HIDDEN_CLASSES = new Set(['hidden', 'is-hidden', 'd-none', 'u-hidden', 'hide']);

/** Without styles (Node, the command line), a hiding utility class is the best sign. */
export function hiddenByClassName(body: Element): HiddenProbe {
  const dom = safeDom(body);
  return (element) =>
    (dom.getAttribute(element, 'class') ?? '').split(/\s+/).some((name) => HIDDEN_CLASSES.has(name)) ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(dom.getAttribute(element, 'style') ?? '');
}

/** Collapsed article text ("Read more" split pages) is still the article; a hidden box of links is not. */
const MIN_KEPT_PARAGRAPHS = 2;
const MIN_PARAGRAPH_CHARS = 100;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BR', 'WBR', 'IMG', 'PICTURE', 'SOURCE']);

/**
 * Positions (in `body.querySelectorAll('*')` order) of the boxes the live page hides: closed menus,
 * modals, paywall prompts. Read-only; measured on the live page because only it has styles.
 */
export function findHiddenBoxes(body: Element, isHidden: HiddenProbe): number[] {
  // The live page's forms may shadow DOM members (see dom-clobbering.ts): read through the platform.
  const dom = safeDom(body);
  const paragraphs = [...body.querySelectorAll('p')];
  const elements = [...body.querySelectorAll('*')];
  const hidden: number[] = [];
  let skipInside: Element | null = null;
  elements.forEach((element, index) => {
    if (skipInside && dom.contains(skipInside, element)) return;
    skipInside = null;
    const tag = dom.tagName(element);
    if (SKIPPED_TAGS.has(tag) || dom.textContent(element).trim().length === 0) return;
    if (!isHidden(element)) return;
    skipInside = element;
    if (!holdsArticleText(element, paragraphs, dom)) hidden.push(index);
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

function holdsArticleText(element: Element, allParagraphs: Element[], dom: SafeDom): boolean {
  const paragraphs = allParagraphs.filter(
    (p) => dom.contains(element, p) && dom.textContent(p).replace(/\s+/g, ' ').trim().length >= MIN_PARAGRAPH_CHARS,
  );
  return paragraphs.length >= MIN_KEPT_PARAGRAPHS;
}
