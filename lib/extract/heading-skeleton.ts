import { linkDensity, normalizedText } from './text-blocks';

const ORDER_ATTRIBUTE = 'data-reader-order';
const MAX_HEADING_CHARS = 160;
/** A heading over a list of links titles a related box, not a section of the text. */
const MAX_FOLLOWING_LINK_DENSITY = 0.5;

interface CapturedHeading {
  order: number;
  text: string;
  copy: Element;
}

/**
 * The page's headings and paragraphs in reading order, captured before Readability runs. Readability
 * drops a heading that sits alone in its own box (National Post puts every `<h3>` in its own
 * `<section>`), and with it the outline; the skeleton lets those headings be put back.
 */
export interface HeadingSkeleton {
  headings: CapturedHeading[];
}

export function captureHeadingSkeleton(body: Element): HeadingSkeleton {
  const headings: CapturedHeading[] = [];
  [...body.querySelectorAll('h1, h2, h3, h4, h5, h6, p')].forEach((element, order) => {
    element.setAttribute(ORDER_ATTRIBUTE, String(order));
    if (element.tagName === 'P') return;
    const text = normalizedText(element);
    if (text.length === 0 || text.length > MAX_HEADING_CHARS || titlesLinks(element)) return;
    headings.push({ order, text, copy: element.cloneNode(true) as Element });
  });
  return { headings };
}

/**
 * Puts back the headings Readability dropped from inside the text it kept: each goes right before
 * the first kept block that followed it on the page. Then removes the order marks.
 */
export function restoreDroppedHeadings(content: Element, skeleton: HeadingSkeleton, title: string): number {
  const kept = new Map<number, Element>();
  for (const element of content.querySelectorAll(`[${ORDER_ATTRIBUTE}]`)) {
    kept.set(Number(element.getAttribute(ORDER_ATTRIBUTE)), element);
  }
  const orders = [...kept.keys()].sort((a, b) => a - b);
  let restored = 0;
  for (const heading of skeleton.headings) {
    if (kept.has(heading.order) || sameText(heading.text, title)) continue;
    const before = orders.find((order) => order > heading.order);
    const hasEarlier = orders.some((order) => order < heading.order);
    const anchor = before === undefined ? undefined : kept.get(before);
    if (!anchor || !hasEarlier || anchor.tagName !== 'P') continue;
    anchor.before(content.ownerDocument.importNode(heading.copy, true));
    restored += 1;
  }
  for (const element of content.querySelectorAll(`[${ORDER_ATTRIBUTE}]`)) element.removeAttribute(ORDER_ATTRIBUTE);
  return restored;
}

function titlesLinks(heading: Element): boolean {
  const next = heading.nextElementSibling;
  return next !== null && next.querySelector('a[href]') !== null && linkDensity(next) > MAX_FOLLOWING_LINK_DENSITY;
}

function sameText(a: string, b: string): boolean {
  const simplify = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return simplify(a) === simplify(b);
}
