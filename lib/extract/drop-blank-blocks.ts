/**
 * Paragraphs that hold only invisible characters: zero-width spaces, joiners, byte-order marks and
 * no-break spaces that a CMS leaves between paragraphs (detik, kompas). They read as empty lines in
 * the reader and as blank blocks in the plain text. A block with an image or another embed stays,
 * and so does an inline span: its space may be the one between two words (Seznam Zprávy).
 */
const BLANK_CANDIDATES = 'p, div, li, h2, h3, h4, h5, h6, blockquote';
const VISIBLE = /[^\s\u00a0\u180e\u200b-\u200d\u2060\ufeff]/;
const CONTENT = 'img, picture, video, audio, iframe, svg, canvas, object, embed, table, hr, input, math';

export function dropBlankBlocks(root: Element): number {
  let dropped = 0;
  for (const block of [...root.querySelectorAll(BLANK_CANDIDATES)].reverse()) {
    if (!root.contains(block)) continue;
    if (VISIBLE.test(block.textContent ?? '')) continue;
    // An empty block with an id may be the target of an in-page link (a footnote, a section jump).
    if (block.querySelector(CONTENT) || block.id) continue;
    block.remove();
    dropped += 1;
  }
  return dropped;
}
