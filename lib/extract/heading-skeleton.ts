import { comparableText, linkDensity, normalizedText } from './text-blocks';
import { elementsByTag } from './elements-by-tag';

/** Reading-order mark on the page's headings and paragraphs, read back after Readability. */
export const READER_ORDER_ATTRIBUTE = 'data-reader-order';
const MAX_HEADING_CHARS = 160;
const MAX_HEADING_RUN = 2;
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
  /** Reading-order positions of every heading, restorable or not. */
  headingOrders: Set<number>;
}

export function captureHeadingSkeleton(body: Element): HeadingSkeleton {
  const headings: CapturedHeading[] = [];
  const headingOrders = new Set<number>();
  elementsByTag(body, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p').forEach((element, order) => {
    element.setAttribute(READER_ORDER_ATTRIBUTE, String(order));
    if (element.tagName === 'P') return;
    headingOrders.add(order);
    const text = normalizedText(element);
    // A heading that is a link, or that titles a list of links, belongs to a teaser or a related box.
    if (text.length === 0 || text.length > MAX_HEADING_CHARS || linkDensity(element) > 0.5 || titlesLinks(element)) return;
    headings.push({ order, text, copy: element.cloneNode(true) as Element });
  });
  return { headings, headingOrders };
}

/**
 * Puts back the headings Readability dropped from inside the text it kept: a heading whose nearest
 * paragraphs on both sides were kept goes right before the paragraph that followed it. A teaser
 * card's title fails this test: its own summary paragraph was dropped with it. Then removes the
 * order marks.
 */
export function restoreDroppedHeadings(content: Element, skeleton: HeadingSkeleton, title: string): number {
  const kept = new Map<number, Element>();
  for (const element of content.querySelectorAll(`[${READER_ORDER_ATTRIBUTE}]`)) {
    kept.set(Number(element.getAttribute(READER_ORDER_ATTRIBUTE)), element);
  }
  // A section starts with at most a heading and a subheading; a longer run of headings is a list of teasers.
  const nearestParagraph = (from: number, step: 1 | -1): number => {
    let order = from + step;
    for (let run = 1; skeleton.headingOrders.has(order); run += 1, order += step) {
      if (run >= MAX_HEADING_RUN) return Number.NaN;
    }
    return order;
  };
  let restored = 0;
  for (const heading of skeleton.headings) {
    if (kept.has(heading.order) || comparableText(heading.text) === comparableText(title)) continue;
    const anchor = kept.get(nearestParagraph(heading.order, 1));
    if (!anchor || anchor.tagName !== 'P' || !kept.has(nearestParagraph(heading.order, -1))) continue;
    anchor.before(content.ownerDocument.importNode(heading.copy, true));
    restored += 1;
  }
  for (const element of content.querySelectorAll(`[${READER_ORDER_ATTRIBUTE}]`)) element.removeAttribute(READER_ORDER_ATTRIBUTE);
  return restored;
}

function titlesLinks(heading: Element): boolean {
  const next = heading.nextElementSibling;
  return next !== null && next.querySelector('a[href]') !== null && linkDensity(next) > MAX_FOLLOWING_LINK_DENSITY;
}
