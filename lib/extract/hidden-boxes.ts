import type { Removal } from './article-types';
import { safeDom, type SafeDom } from './dom-clobbering';
import { collapsedText, normalizedText } from './text-blocks';
import { elementsOutside, textOutside } from './clone-page';

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
 * Positions (in `body.getElementsByTagName('*')` order) of the boxes the live page hides: closed
 * menus, modals, paywall prompts. Read-only; measured on the live page because only it has styles.
 * `skipped` boxes and what they hold are not probed, and positions count as if they were gone.
 * Linear: each element is probed once, and only a box the page hides has its text read (whether it
 * holds any) and the paragraphs counted; what a hidden box holds is never probed. Probing every
 * element cost less in Chromium than first walking the page's text to probe only the elements that
 * hold some.
 */
export function findHiddenBoxes(body: Element, isHidden: HiddenProbe, skipped: ReadonlySet<Element> = new Set()): number[] {
  // The live page's forms may shadow DOM members (see dom-clobbering.ts): read through the platform.
  const dom = safeDom(body);
  const doc = body.ownerDocument;
  // Positions count the elements the copy keeps (clone-page.ts leaves the skipped boxes out).
  const elements = skipped.size === 0 ? [...body.getElementsByTagName('*')] : elementsOutside(body, skipped);
  let articleParagraphs: Map<Element, number> | null = null;
  let positions: Map<Element, number> | null = null;
  const hidden: number[] = [];
  const skipPast = (index: number) => indexAfter(elements, index, dom, (positions ??= new Map(elements.map((element, at) => [element, at]))));
  for (let index = 0; index < elements.length; ) {
    const element = elements[index]!;
    const tag = dom.tagName(element);
    if (SKIPPED_TAGS.has(tag) || !isHidden(element)) {
      index += 1;
      continue;
    }
    // A hidden box without text is no clutter, and neither is anything inside it: nothing in a
    // hidden box is probed, so each element's text is read at most once.
    if (holdsText(element, skipped, doc)) {
      articleParagraphs ??= paragraphsPerBox(body, dom);
      if ((articleParagraphs.get(element) ?? 0) < MIN_KEPT_PARAGRAPHS) hidden.push(index);
    }
    index = skipPast(index);
  }
  return hidden;
}

/**
 * The position of the first element after `elements[index]` and all it holds: what an element
 * holds follows it in document order, up to the next element that is not inside it, or the next
 * after that when the copy leaves that one out. Looked up by position, not by counting the box's
 * elements: counting a live collection of a list of a hundred thousand links took a quarter of a
 * second in Chromium.
 */
function indexAfter(elements: Element[], index: number, dom: SafeDom, positions: Map<Element, number>): number {
  for (let node: Element | null = elements[index]!; node; node = dom.parentElement(node)) {
    for (let next = dom.nextElementSibling(node); next; next = dom.nextElementSibling(next)) {
      const at = positions.get(next);
      if (at !== undefined) return at;
    }
  }
  return elements.length;
}

/** Removes, from a fresh clone of the same page, the boxes found hidden on the live page. */
export function removeHiddenBoxes(cloneBody: Element, positions: number[]): Removal[] {
  if (positions.length === 0) return [];
  const elements = [...cloneBody.getElementsByTagName('*')];
  const targets = positions.map((position) => elements[position]).filter((e): e is Element => !!e);
  return targets.map((element) => {
    const removal: Removal = { ruleId: 'hidden-on-page', kind: 'hidden', textLength: normalizedText(element).length };
    element.remove();
    return removal;
  });
}

/**
 * Whether the box holds text that is not whitespace; the text inside skipped boxes does not count.
 * The box may be a form whose controls shadow its members: it is walked from the page's document.
 */
function holdsText(box: Element, skipped: ReadonlySet<Element>, doc: Document): boolean {
  return textOutside(box, skipped, doc).some((node) => node.data.trim().length > 0);
}

/** How many full paragraphs each element holds, itself included: article text is never a hidden box. */
function paragraphsPerBox(body: Element, dom: SafeDom): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const paragraph of body.getElementsByTagName('p')) {
    if (collapsedText(dom.textContent(paragraph)).length < MIN_PARAGRAPH_CHARS) continue;
    for (let element: Element | null = paragraph; element; element = element === body ? null : dom.parentElement(element)) {
      counts.set(element, (counts.get(element) ?? 0) + 1);
    }
  }
  return counts;
}
