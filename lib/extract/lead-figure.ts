import { absolutizeImageUrls, IMAGE_ADDRESS_ATTRIBUTES, isPlaceholderSource } from './resolve-lazy-images';
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
  if (!leadFigure || holdsFigure(content, leadFigure)) return;
  const firstBlock = content.querySelector('p, h2, h3, figure, ul, ol, blockquote');
  if (firstBlock?.parentElement) firstBlock.parentElement.insertBefore(leadFigure, firstBlock);
  else content.prepend(leadFigure);
}

/**
 * The article already shows the photo when one of its images has one of the photo's real addresses:
 * Readability and the lazy-image step may each keep a different one of `src`, `srcset` and the
 * lazy loader's attributes. Placeholders are shared by many images, and a caption is no sign
 * either: a photo series may repeat one caption.
 */
function holdsFigure(content: Element, figure: Element): boolean {
  const addressesOf = (image: Element) =>
    IMAGE_ADDRESS_ATTRIBUTES.map((name) => image.getAttribute(name)?.trim() ?? '').filter((address) => address !== '' && !isPlaceholderSource(address));
  const addresses = new Set([...figure.querySelectorAll('img')].flatMap(addressesOf));
  return [...content.querySelectorAll('img')].some((image) => addressesOf(image).some((address) => addresses.has(address)));
}
