import { READER_ORDER_ATTRIBUTE } from './heading-skeleton';
import { normalizedText, PROSE_PARAGRAPH_CHARS } from './text-blocks';
import { elementsByTag } from './elements-by-tag';

/** A missing box must hold this much prose to be the article's: a lone line is not. */
const MIN_CHUNK_PROSE = 150;
/** Comment threads and trackbacks under a post, marked by their anchors or class names. */
const COMMENTS_NAME = /comment|trackback|respond|disqus/i;
/** How far above a kept box the common ancestor of a missing box may sit. */
const MAX_ANCESTOR_DISTANCE = 6;

interface TextChunk {
  /** Tag and class names of the box that holds the paragraphs. */
  signature: string;
  /** Reading-order marks of its prose paragraphs (set by the heading skeleton). */
  orders: number[];
  prose: number;
  /** The box and its ancestors up to the body, nearest first: identities, taken before Readability. */
  ancestors: Element[];
  /**
   * Neither a linked headline (a teaser, a post of its own) nor a form or comment thread (the
   * trackback box under a blog post) comes with it.
   */
  isPlainText: boolean;
  /** A copy taken before Readability changes the page; none for a box that is alone of its kind. */
  copy: Element | null;
}

/**
 * Some pages split the text over sibling boxes of the same kind (The New Yorker's
 * `body__inner-container` chunks between ads); Readability keeps one and drops the rest. Captured
 * before Readability runs, on the cleaned page whose paragraphs carry reading-order marks.
 */
export function captureTextChunks(body: Element): TextChunk[] {
  const byBox = new Map<Element, TextChunk>();
  for (const paragraph of elementsByTag(body, 'p').filter((p) => p.hasAttribute(READER_ORDER_ATTRIBUTE))) {
    const box = paragraph.parentElement;
    const length = normalizedText(paragraph).length;
    if (!box || length < PROSE_PARAGRAPH_CHARS || paragraph.closest('figure')) continue;
    let chunk = byBox.get(box);
    if (!chunk) {
      chunk = { signature: signatureOf(box), orders: [], prose: 0, ancestors: ancestorsOf(box), isPlainText: false, copy: null };
      byBox.set(box, chunk);
    }
    chunk.orders.push(Number(paragraph.getAttribute(READER_ORDER_ATTRIBUTE)));
    chunk.prose += length;
  }
  // Only a box with another of its kind can come back, so only those are copied.
  const kinds = new Map<string, number>();
  for (const chunk of byBox.values()) kinds.set(chunk.signature, (kinds.get(chunk.signature) ?? 0) + 1);
  const plainHolders = new Map<Element, boolean>();
  for (const [box, chunk] of byBox) {
    if (kinds.get(chunk.signature)! < 2) continue;
    chunk.copy = box.cloneNode(true) as Element;
    const holder = box.parentElement ?? box;
    if (!plainHolders.has(holder)) plainHolders.set(holder, holdsPlainText(holder));
    chunk.isPlainText = plainHolders.get(holder)!;
  }
  return [...byBox.values()];
}

/**
 * Puts back, after the kept text, the boxes that share the kept text's kind of box and sit close to
 * it in the page (never across another `<article>`). Returns how many boxes came back.
 */
export function restoreMissingChunks(content: Element, chunks: TextChunk[]): number {
  const keptOrders = new Map<number, Element>();
  for (const element of content.querySelectorAll(`[${READER_ORDER_ATTRIBUTE}]`)) {
    keptOrders.set(Number(element.getAttribute(READER_ORDER_ATTRIBUTE)), element);
  }
  const kept = chunks.filter((chunk) => chunk.orders.some((order) => keptOrders.has(order)));
  const signature = mainSignature(kept);
  if (!signature) return 0;
  const keptOfKind = kept.filter((chunk) => chunk.signature === signature);
  let restored = 0;
  for (const chunk of chunks) {
    if (!chunk.copy || kept.includes(chunk) || chunk.signature !== signature || chunk.prose < MIN_CHUNK_PROSE || !chunk.isPlainText) continue;
    if (!keptOfKind.some((other) => isNear(chunk, other))) continue;
    const first = Math.min(...chunk.orders);
    const before = [...keptOrders.keys()].filter((order) => order < first);
    const anchor = before.length > 0 ? keptOrders.get(Math.max(...before)) : undefined;
    const copy = content.ownerDocument.importNode(chunk.copy, true);
    if (anchor?.parentElement && content.contains(anchor.parentElement) && anchor.parentElement !== content) {
      anchor.parentElement.after(copy);
    } else if (anchor) {
      anchor.after(copy);
    } else {
      continue;
    }
    for (const order of chunk.orders) keptOrders.set(order, copy);
    restored += 1;
  }
  return restored;
}

/** The kind of box that holds most of the kept prose; a box without a class name is too common to trust. */
function mainSignature(kept: TextChunk[]): string | null {
  const prose = new Map<string, number>();
  for (const chunk of kept) prose.set(chunk.signature, (prose.get(chunk.signature) ?? 0) + chunk.prose);
  const [best] = [...prose.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[0].includes('.') ? best[0] : null;
}

/** Boxes under a common ancestor a few levels up, at the same depth; never one box inside the other. */
function isNear(missing: TextChunk, kept: TextChunk): boolean {
  const keptSide = kept.ancestors.findIndex((ancestor) => missing.ancestors.includes(ancestor));
  if (keptSide <= 0 || keptSide > MAX_ANCESTOR_DISTANCE) return false;
  // Parts of one text repeat one template: both boxes sit equally deep under their common ancestor.
  const missingSide = missing.ancestors.indexOf(kept.ancestors[keptSide]!);
  if (missingSide !== keptSide) return false;
  // Crossing an <article> boundary reaches the next story of an endless page (Dagbladet).
  const crossed = [...kept.ancestors.slice(0, keptSide), ...missing.ancestors.slice(0, missingSide)];
  return !crossed.some((ancestor) => ancestor.tagName === 'ARTICLE');
}

function holdsPlainText(holder: Element): boolean {
  if (holder.querySelector('form, input, textarea')) return false;
  const names = [...holder.querySelectorAll('[id], [class]')].map((e) => `${e.getAttribute('id') ?? ''} ${e.getAttribute('class') ?? ''}`);
  if (names.some((name) => COMMENTS_NAME.test(name))) return false;
  return ![...holder.querySelectorAll('h1, h2, h3, h4')].some((heading) => heading.closest('a[href]') ?? heading.querySelector('a[href]'));
}

function signatureOf(box: Element): string {
  const classes = (box.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
  return [box.tagName.toLowerCase(), ...classes].join('.');
}

function ancestorsOf(box: Element): Element[] {
  const ancestors: Element[] = [];
  for (let element: Element | null = box; element && element.tagName !== 'BODY'; element = element.parentElement) {
    ancestors.push(element);
  }
  return ancestors;
}
