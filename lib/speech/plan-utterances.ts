import type { OutlineItem } from '../extract/article-types';

/** One thing to say: a paragraph, a heading, a list item, or a piece of a very long paragraph. */
export interface UtteranceChunk {
  text: string;
  /** Index into `SpeechPlan.blocks`: the element to highlight while this is spoken. */
  block: number;
  /** Index into the outline of the section this belongs to; -1 before the first heading. */
  section: number;
}

export interface SpeechPlan {
  chunks: UtteranceChunk[];
  blocks: Element[];
}

/** Read whole: their own text is one thing to say, nested lists and quotes included. */
const READ_WHOLE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'blockquote', 'pre', 'caption', 'th', 'td']);
/**
 * Nothing to say: pictures and media have no text, and their captions and alt text describe what a
 * listener cannot see, breaking the flow of the text (as Firefox's Read Aloud also skips them).
 */
const SILENT = new Set(['img', 'picture', 'figcaption', 'video', 'audio', 'iframe', 'svg', 'canvas', 'script', 'style', 'noscript', 'source', 'hr', 'br']);
const BLOCK_SELECTOR = Array.from(READ_WHOLE).join(',');
const HEADING_PATTERN = /^h[1-6]$/;

/**
 * Some engines stop or stall on very long utterances, and a shorter one lets pause and voice changes
 * take effect sooner, so a long paragraph is said in sentence-sized pieces of about this length.
 */
export const MAX_UTTERANCE_CHARS = 400;

/**
 * The article body (`skip`: a selector for what the reader added there that is not the text, such as
 * page markers) as a list of things to say, in reading order, each tied to the element to
 * highlight and the outline section it belongs to. Headings are said too.
 */
export function planUtterances(body: Element, outline: readonly OutlineItem[], skip?: string): SpeechPlan {
  const blocks = collectBlocks(body, [], skip);
  const sectionOfHeading = new Map(outline.map((item, index) => [item.id, index]));
  const chunks: UtteranceChunk[] = [];
  let section = -1;
  blocks.forEach((element, block) => {
    if (HEADING_PATTERN.test(element.localName)) section = sectionOfHeading.get(element.id) ?? section;
    for (const text of splitLongText(spokenText(element))) chunks.push({ text, block, section });
  });
  return { chunks, blocks };
}

/** Where reading starts for the section with this outline index (-1: the start of the text). */
export function firstChunkOfSection(chunks: readonly UtteranceChunk[], section: number): number {
  if (section < 0) return 0;
  const index = chunks.findIndex((chunk) => chunk.section >= section);
  return index < 0 ? chunks.length : index;
}

/** The chunk that starts the next section after the one `from` is in, or -1 if it is the last. */
export function nextSectionStart(chunks: readonly UtteranceChunk[], from: number): number {
  const current = chunks[from]?.section ?? -1;
  return chunks.findIndex((chunk, index) => index > from && chunk.section > current);
}

/**
 * Like the reader's `k`: mid-section, back to the start of the section being read; at its start,
 * to the start of the section before.
 */
export function previousSectionStart(chunks: readonly UtteranceChunk[], from: number): number {
  const current = chunks[from]?.section ?? -1;
  const start = firstChunkOfSection(chunks, current);
  const chunkStart = chunks.findIndex((chunk) => chunk.block === chunks[from]?.block);
  if (chunkStart > start) return start;
  if (current < 0) return 0;
  const previous = chunks.slice(0, start).reduce((found, chunk) => Math.max(found, chunk.section), -1);
  return firstChunkOfSection(chunks, previous);
}

function collectBlocks(root: Element, out: Element[], skip: string | undefined): Element[] {
  for (const child of Array.from(root.children)) {
    const tag = child.localName;
    if (SILENT.has(tag) || (skip && child.matches(skip))) continue;
    if (READ_WHOLE.has(tag)) out.push(child);
    else if (child.querySelector(BLOCK_SELECTOR)) collectBlocks(child, out, skip);
    // A box of bare text with no paragraph inside it is still text to read.
    else if (spokenText(child)) out.push(child);
  }
  return out;
}

/** Elements whose edges separate words: textContent would run `<p>a.</p><p>b</p>` together as "a.b". */
const WORD_BREAKING = new Set([...READ_WHOLE, 'div', 'br', 'ul', 'ol', 'dl', 'section', 'article', 'figure', 'table', 'tr']);

function spokenText(element: Element): string {
  return textWithBreaks(element).replace(/\s+/g, ' ').trim();
}

function textWithBreaks(node: Node): string {
  let text = '';
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const tag = (child as Element).localName;
      if (SILENT.has(tag) && tag !== 'br') continue;
      text += WORD_BREAKING.has(tag) ? ` ${textWithBreaks(child)} ` : textWithBreaks(child);
    }
  }
  return text;
}

/** Splits at sentence ends, then packs sentences into pieces of at most MAX_UTTERANCE_CHARS where it can. */
export function splitLongText(text: string): string[] {
  if (!text) return [];
  if (text.length <= MAX_UTTERANCE_CHARS) return [text];
  const sentences = text.split(/(?<=[.!?…。！？])\s+/);
  const pieces: string[] = [];
  let piece = '';
  for (const sentence of sentences) {
    if (piece && piece.length + 1 + sentence.length > MAX_UTTERANCE_CHARS) {
      pieces.push(piece);
      piece = sentence;
    } else {
      piece = piece ? `${piece} ${sentence}` : sentence;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}
