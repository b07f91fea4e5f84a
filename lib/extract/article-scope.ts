import { elementsOutside, textOutside } from './clone-page';
import { safeDom, type SafeDom } from './dom-clobbering';
import { PROSE_PARAGRAPH_CHARS } from './text-blocks';

/**
 * On a news page the article is a small part of the page: the menus, teasers, comments and footer
 * around it hold about half of the elements or more (issue 8). Every later step (the copy, the
 * clutter rules, Readability) costs what the part it reads costs, so the copy leaves out what lies
 * around the article's box, once that box is sure to hold the article.
 *
 * The box is found as Readability starts its own search: long paragraphs score their parent and,
 * by half, their grandparent. It is then widened, because Readability joins the best box's
 * siblings and the headline and byline sit above the text, and it is widened further until it
 * holds most of the page's sentences: a page whose text is not in paragraphs, or is split over
 * boxes, keeps the whole page.
 */

/** The box of the best paragraphs is widened this many boxes up before the sentences are counted. */
const LEVELS_ABOVE_PARAGRAPHS = 3;
/** Share of the page's sentence text (outside links) that the kept box must hold. */
const MIN_SENTENCE_SHARE = 0.8;
/** A text this long reads as a sentence; shorter ones are labels, dates and buttons. */
const MIN_SENTENCE_CHARS = 25;
/** Text that the page does not show as prose: a link's text is a headline of another page. */
const NOT_SENTENCE_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'A']);
const MAX_PARAGRAPH_SCORE = 4;

/**
 * The boxes of the live page (read-only) that lie around the article's box: the siblings of the
 * box and of each box above it. Empty when no box is sure to hold the article. `skipped` boxes are
 * left out anyway (long link lists): their text is not read.
 */
export function boxesAroundArticle(body: Element, skipped: ReadonlySet<Element> = new Set()): Set<Element> {
  const around = new Set<Element>();
  // The live page's forms may shadow DOM members (see dom-clobbering.ts): read through the platform.
  const dom = safeDom(body);
  const article = articleBox(body, dom, skipped);
  if (!article) return around;
  for (let box = article; box !== body; ) {
    const parent = dom.parentElement(box)!;
    const siblings = dom.childNodes(parent);
    for (let index = 0; index < siblings.length; index += 1) {
      const sibling = siblings[index]!;
      if (sibling !== box && sibling.nodeType === 1) around.add(sibling as Element);
    }
    box = parent;
  }
  return around;
}

function articleBox(body: Element, dom: SafeDom, skipped: ReadonlySet<Element>): Element | null {
  const best = bestParagraphBox(paragraphsOutside(body, skipped), dom, body);
  if (!best) return null;
  // From the widened box up to the body, innermost first.
  const boxes: Element[] = [];
  let box: Element | null = best;
  for (let level = 0; level < LEVELS_ABOVE_PARAGRAPHS && box && box !== body; level += 1) box = dom.parentElement(box);
  for (; box && box !== body; box = dom.parentElement(box)) {
    if (skipped.has(box)) return null;
    boxes.push(box);
  }
  if (box !== body || boxes.length === 0) return null;
  const sentences = sentenceTextPerBox(body, boxes, dom, skipped);
  const whole = sentences[boxes.length]!;
  // Paragraphs cut into short runs by inline tags hold no sentence to weigh: nothing is left out.
  if (whole === 0) return null;
  const index = sentences.findIndex((length) => length >= whole * MIN_SENTENCE_SHARE);
  return index >= 0 && index < boxes.length ? boxes[index]! : null;
}

function paragraphsOutside(body: Element, skipped: ReadonlySet<Element>): ArrayLike<Element> {
  if (skipped.size === 0) return body.getElementsByTagName('p');
  return elementsOutside(body, skipped).filter((element) => element.localName === 'p');
}

/** The parent of the long paragraphs, scored as Readability first scores them. */
function bestParagraphBox(paragraphs: ArrayLike<Element>, dom: SafeDom, body: Element): Element | null {
  const scores = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  const add = (box: Element | null, score: number) => {
    if (!box) return;
    const total = (scores.get(box) ?? 0) + score;
    scores.set(box, total);
    if (total > bestScore) {
      best = box;
      bestScore = total;
    }
  };
  for (let index = 0; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index]!;
    const length = dom.textContent(paragraph).trim().length;
    if (length < PROSE_PARAGRAPH_CHARS) continue;
    const score = Math.min(MAX_PARAGRAPH_SCORE, 1 + Math.floor(length / 100));
    const parent = dom.parentElement(paragraph);
    add(parent, score);
    if (parent && parent !== body) add(dom.parentElement(parent), score / 2);
  }
  return best;
}

/**
 * Sentence text under each of `boxes` (each inside the next), and last under the whole body: one
 * walk over the text, each element's place among the boxes found once.
 */
function sentenceTextPerBox(body: Element, boxes: Element[], dom: SafeDom, skipped: ReadonlySet<Element>): number[] {
  const totals = new Array<number>(boxes.length + 1).fill(0);
  const level = new Map<Element, number>(boxes.map((box, index) => [box, index]));
  level.set(body, boxes.length);
  const levelOf = (element: Element): number => {
    const path: Element[] = [];
    let node: Element | null = element;
    while (node && !level.has(node)) {
      path.push(node);
      node = dom.parentElement(node);
    }
    const found = node ? level.get(node)! : boxes.length;
    for (const step of path) level.set(step, found);
    return found;
  };
  for (const node of textOutside(body, skipped)) {
    // Most text nodes are the page's indentation: too short to be a sentence before any trimming.
    if (node.data.length < MIN_SENTENCE_CHARS) continue;
    const length = node.data.trim().length;
    if (length < MIN_SENTENCE_CHARS) continue;
    const parent = dom.parentElement(node);
    if (!parent || NOT_SENTENCE_PARENTS.has(dom.tagName(parent))) continue;
    const at = levelOf(parent);
    totals[at] = totals[at]! + length;
  }
  // Each box holds the boxes inside it.
  for (let index = 1; index < totals.length; index += 1) totals[index] = totals[index]! + totals[index - 1]!;
  return totals;
}
