import { normalizedText } from './text-blocks';

const BYLINE_LINE = /^(by|oleh|penulis|reporter|editor|penyunting|written by|words by|von|par|por)\s*[:\-–]?\s+\p{Lu}/iu;
const DATE_LINE =
  /^((updated|published|posted|diperbarui|dipublikasikan|diterbitkan)\s*:?\s*)?((senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*)?\d{1,4}[\s/.\-](\d{1,2}|\p{L}{3,9})[\s/.\-,]+\d{2,4}([\s,|]+\d{1,2}[.:]\d{2}(\s*(wib|wita|wit|am|pm|utc|gmt))?)?$/iu;
const MAX_LINE_CHARS = 120;
/** How many blocks at each end of the article may be byline or date lines. */
const EDGE_BLOCKS = 3;

/**
 * Byline and date lines ("Oleh Rehia Sebayang", "Kamis, 4 Mei 2023 10:00 WIB") belong in the
 * header, not in the body. They are taken out of the body's first and last blocks and returned, so
 * the header can show them when the page gave no byline elsewhere. The dateline that opens a news
 * lead ("Jakarta, IDN Times - …") is body text and stays.
 */
export function moveBylineLines(root: Element, knownByline: string): string[] {
  const blocks = [...root.querySelectorAll('p, div, span, address, time')].filter(
    (block) => block.children.length === 0 || block.querySelectorAll('p, div').length === 0,
  );
  const edges = [...blocks.slice(0, EDGE_BLOCKS), ...blocks.slice(-EDGE_BLOCKS)];
  const moved: string[] = [];
  for (const block of new Set(edges)) {
    const text = normalizedText(block);
    if (text.length === 0 || text.length > MAX_LINE_CHARS) continue;
    const isByline = BYLINE_LINE.test(text) || (knownByline !== '' && text === knownByline);
    if (!isByline && !DATE_LINE.test(text)) continue;
    moved.push(text);
    block.remove();
  }
  return moved;
}
