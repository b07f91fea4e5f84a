import { elementsOutside, textOutside } from './clone-page';
import { safeDom, type SafeDom } from './dom-clobbering';
import { collapsedText, PROSE_PARAGRAPH_CHARS } from './text-blocks';

/**
 * On a news page the article is a small part of the page: the menus, teasers, comments and footer
 * around it hold about half of the elements or more (issue 8). Every later step (the copy, the
 * clutter rules, Readability) costs what the part it reads costs, so the copy leaves out what lies
 * around the article's box, once that box is sure to hold the article.
 *
 * The box is found as Readability starts its own search: long paragraphs (or, on a page without
 * any, long runs of text between line breaks) score their parent and, by half, their grandparent.
 * It is then widened, because Readability joins the best box's siblings and the headline and
 * byline sit above the text, and it is widened further until it holds most of the page's
 * sentences: a page whose text is split over boxes keeps the whole page.
 *
 * Inside the kept box (or the whole page), lists of links to other pages beside the story go too:
 * the most-read list, the related teasers, the tag cloud. Those beside the paragraphs and the box
 * above them stay for Readability to judge, since taking them out can tip its choice.
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
 * Inside the kept box, a box beside the paragraphs that holds no sentence and is mostly this many
 * links or more to other pages is a list of other stories, a menu or a tag cloud: never the article.
 */
const MIN_LINK_BOX_LINKS = 5;
const MIN_LINK_BOX_LINK_SHARE = 0.5;
const SHOW_ELEMENT = 0x1;
/** Readability scores the paragraphs' box and the box above it. */
const READABILITY_LEVELS = 2;

/**
 * The boxes of the live page (read-only) that lie around the article's box: the siblings of the
 * box and of each box above it, and the lists of links beside the story inside it. Empty when the
 * page has no paragraphs to find the article by. `skipped` boxes are left out anyway (long link
 * lists): their text is not read.
 */
export function boxesAroundArticle(body: Element, skipped: ReadonlySet<Element> = new Set()): Set<Element> {
  const around = new Set<Element>();
  // The live page's forms may shadow DOM members (see dom-clobbering.ts): read through the platform.
  const dom = safeDom(body);
  const found = articleBox(body, dom, skipped);
  if (!found) return around;
  const { article, paragraphBox, withSentences } = found;
  const siblingsOf = (box: Element, take: (sibling: Element) => boolean) => {
    const siblings = dom.childNodes(dom.parentElement(box)!);
    for (let index = 0; index < siblings.length; index += 1) {
      const sibling = siblings[index]!;
      if (sibling !== box && sibling.nodeType === 1 && take(sibling as Element)) around.add(sibling as Element);
    }
  };
  const top = article ?? body;
  for (let box = top; box !== body; box = dom.parentElement(box)!) siblingsOf(box, () => true);
  // A box beside the story that holds a sentence (a sidebar's blurb) may still hold lists of links.
  const leaveOutLinkLists = (box: Element): boolean => {
    // A skipped box is left out already, and its links are not read again.
    if (skipped.has(box)) return false;
    if (!withSentences.has(box)) return isLinkBox(box, dom, body.ownerDocument);
    const children = dom.childNodes(box);
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (child.nodeType === 1 && leaveOutLinkLists(child as Element)) around.add(child as Element);
    }
    return false;
  };
  // Readability scores the paragraphs' box and the one above, and joins their siblings: those stay as they
  // are (taking the topics list from beside a Japanese story's text made it take the teasers below).
  let box = paragraphBox;
  for (let level = 0; level < READABILITY_LEVELS && box !== top; level += 1) box = dom.parentElement(box)!;
  for (; box !== top; box = dom.parentElement(box)!) siblingsOf(box, leaveOutLinkLists);
  return around;
}

interface ArticleBox {
  /** The box kept, what lies around it left out; null when no box holds most of the sentences. */
  article: Element | null;
  /** The parent of the best paragraphs, inside `article`. */
  paragraphBox: Element;
  /** Every element that holds sentence text. */
  withSentences: Set<Element>;
}

/** Mostly links to other pages, and enough of them (links within the page, a contents box, do not count). */
function isLinkBox(box: Element, dom: SafeDom, doc: Document): boolean {
  let links = 0;
  let linked = 0;
  const walker = doc.createTreeWalker(box, SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (dom.tagName(node as Element) !== 'A') continue;
    const href = dom.getAttribute(node as Element, 'href');
    if (!href || href.startsWith('#')) continue;
    links += 1;
    linked += collapsedText(dom.textContent(node)).length;
  }
  if (links < MIN_LINK_BOX_LINKS) return false;
  const total = collapsedText(dom.textContent(box)).length;
  return total > 0 && linked >= total * MIN_LINK_BOX_LINK_SHARE;
}

function articleBox(body: Element, dom: SafeDom, skipped: ReadonlySet<Element>): ArticleBox | null {
  // One walk over the page's text serves the runs between line breaks and the sentences.
  const texts = textOutside(body, skipped);
  const best = bestParagraphBox(paragraphsOutside(body, skipped, dom), dom, body) ?? bestParagraphBox(textRuns(texts, dom), dom, body);
  if (!best) return null;
  // Every box from the paragraphs' box up to the body, innermost first.
  const path: Element[] = [];
  let box: Element | null = best;
  for (; box && box !== body; box = dom.parentElement(box)) {
    if (skipped.has(box)) return null;
    path.push(box);
  }
  if (box !== body) return null;
  const boxes = path.slice(LEVELS_ABOVE_PARAGRAPHS);
  const { totals: sentences, withSentences } = sentenceTextPerBox(body, boxes, dom, texts);
  const whole = sentences[boxes.length]!;
  // Paragraphs cut into short runs by inline tags hold no sentence to weigh: nothing is left out.
  if (whole === 0) return null;
  const index = sentences.findIndex((length) => length >= whole * MIN_SENTENCE_SHARE);
  return { article: index >= 0 && index < boxes.length ? boxes[index]! : null, paragraphBox: best, withSentences };
}

/** A paragraph's length and the box that holds it. */
interface Paragraph {
  box: Element | null;
  length: number;
}

function paragraphsOutside(body: Element, skipped: ReadonlySet<Element>, dom: SafeDom): Paragraph[] {
  const elements = skipped.size === 0 ? body.getElementsByTagName('p') : elementsOutside(body, skipped).filter((element) => element.localName === 'p');
  const paragraphs: Paragraph[] = [];
  for (let index = 0; index < elements.length; index += 1) {
    const length = dom.textContent(elements[index]!).trim().length;
    if (length >= PROSE_PARAGRAPH_CHARS) paragraphs.push({ box: dom.parentElement(elements[index]!), length });
  }
  return paragraphs;
}

/**
 * A story written as runs of text between line breaks (`<div>…<br><br>…</div>`, as on detik and
 * viva) has no paragraphs: Readability makes each run one, and so do these.
 */
function textRuns(texts: CharacterData[], dom: SafeDom): Paragraph[] {
  const runs: Paragraph[] = [];
  for (const node of texts) {
    if (node.data.length < PROSE_PARAGRAPH_CHARS) continue;
    const length = node.data.trim().length;
    const box = dom.parentElement(node);
    if (length >= PROSE_PARAGRAPH_CHARS && box && !NOT_SENTENCE_PARENTS.has(dom.tagName(box))) runs.push({ box, length });
  }
  return runs;
}

/** The box of the long paragraphs, scored as Readability first scores them. */
function bestParagraphBox(paragraphs: Paragraph[], dom: SafeDom, body: Element): Element | null {
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
  for (const { box, length } of paragraphs) {
    const score = Math.min(MAX_PARAGRAPH_SCORE, 1 + Math.floor(length / 100));
    add(box, score);
    if (box && box !== body) add(dom.parentElement(box), score / 2);
  }
  return best;
}

/**
 * Sentence text under each of `boxes` (each inside the next), and last under the whole body, and
 * which elements hold any: one walk over the text, each element's place among the boxes found once.
 */
function sentenceTextPerBox(body: Element, boxes: Element[], dom: SafeDom, texts: CharacterData[]): { totals: number[]; withSentences: Set<Element> } {
  const totals = new Array<number>(boxes.length + 1).fill(0);
  const withSentences = new Set<Element>();
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
  for (const node of texts) {
    // Most text nodes are the page's indentation: too short to be a sentence before any trimming.
    if (node.data.length < MIN_SENTENCE_CHARS) continue;
    const length = node.data.trim().length;
    if (length < MIN_SENTENCE_CHARS) continue;
    const parent = dom.parentElement(node);
    if (!parent || NOT_SENTENCE_PARENTS.has(dom.tagName(parent))) continue;
    const at = levelOf(parent);
    totals[at] = totals[at]! + length;
    for (let element: Element | null = parent; element && !withSentences.has(element); element = dom.parentElement(element)) withSentences.add(element);
  }
  // Each box holds the boxes inside it.
  for (let index = 1; index < totals.length; index += 1) totals[index] = totals[index]! + totals[index - 1]!;
  return { totals, withSentences };
}
