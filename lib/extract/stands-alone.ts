import { normalizedText, outermostSameTextWrapper } from './text-blocks';

/** Blocks that start a line of their own; text inside anything else runs on with its neighbours. */
const LINE_BLOCKS = 'p, div, li, ul, ol, dl, table, section, aside, header, footer, nav, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, figure, hr, article, main';
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Whether a block is a line of its own: no text runs on before or after it. "Reuters" alone under a
 * photo is a credit; "dari <em>Reuters</em>, Jumat" is part of a sentence. A `<strong>(pur/krs)</strong>`
 * between a table and a div (detik) stands alone although its parent holds the whole article.
 */
export function standsAlone(element: Element): boolean {
  const line = outermostSameTextWrapper(element);
  return !runsOn(line, 'previousSibling') && !runsOn(line, 'nextSibling');
}

function runsOn(line: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  for (let node = line[side]; node; node = node[side]) {
    if (node.nodeType === TEXT_NODE) {
      if ((node.nodeValue ?? '').trim() !== '') return true;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const sibling = node as Element;
    if (sibling.tagName === 'BR' || sibling.matches(LINE_BLOCKS)) return false;
    if (normalizedText(sibling) !== '') return true;
  }
  return false;
}

