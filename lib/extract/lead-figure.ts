import { absolutizeImageUrls } from './resolve-lazy-images';
import { normalizedText, precedes, PROSE_PARAGRAPH_CHARS } from './text-blocks';
import { elementsByTag } from './elements-by-tag';

/**
 * The photo above the text, found before Readability runs. Readability scores paragraphs, so a
 * captioned lead photo outside the text container (IDN Times `.featured-image`) is left behind.
 * Returns a copy, because Readability rearranges the clone.
 */
export function findLeadFigure(root: Element): Element | null {
  const firstParagraph = elementsByTag(root, 'p').find(
    (p) => normalizedText(p).length >= PROSE_PARAGRAPH_CHARS,
  );
  if (!firstParagraph) return null;
  const figure = elementsByTag(root, 'figure').find(
    (candidate) =>
      candidate.querySelector('img') !== null &&
      candidate.querySelector('figcaption') !== null &&
      !candidate.closest('header, nav, aside, footer, a') &&
      precedes(candidate, firstParagraph),
  );
  if (!figure) return null;
  const copy = figure.cloneNode(true) as Element;
  absolutizeImageUrls(copy, root.ownerDocument.baseURI);
  return copy;
}

/** Puts the lead photo back on top of the article when the extracted text lacks it. */
export function restoreLeadFigure(content: Element, leadFigure: Element | null): void {
  if (!leadFigure) return;
  const source = leadFigure.querySelector('img')?.getAttribute('src');
  const images = [...content.querySelectorAll('img')].map((img) => img.getAttribute('src'));
  if (source && images.includes(source)) return;
  const firstBlock = content.querySelector('p, h2, h3, figure, ul, ol, blockquote');
  if (firstBlock?.parentElement) firstBlock.parentElement.insertBefore(leadFigure, firstBlock);
  else content.prepend(leadFigure);
}
