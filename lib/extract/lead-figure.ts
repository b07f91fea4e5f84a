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
 * either: a photo series may repeat one caption. The photo's file name is: a site serves one photo
 * at several sizes under one name (liputan6 ".../big/0065_PRJ.jpg" beside ".../original/0065_PRJ.jpg").
 */
function holdsFigure(content: Element, figure: Element): boolean {
  const keysOf = (image: Element) =>
    IMAGE_ADDRESS_ATTRIBUTES.map((name) => image.getAttribute(name)?.trim() ?? '')
      .filter((address) => address !== '' && !isPlaceholderSource(address))
      .flatMap((address) => [address, ...photoNames(address)]);
  const keys = new Set([...figure.querySelectorAll('img')].flatMap(keysOf));
  return [...content.querySelectorAll('img')].some((image) => keysOf(image).some((key) => keys.has(key)));
}

/** Shorter file names ("image.jpg", "original.jpg") are shared by different photos. */
const MIN_PHOTO_NAME_CHARS = 12;

/** The file names in an address or a srcset, without a size in them ("photo_600x400.jpg" → "photo.jpg"). */
function photoNames(addresses: string): string[] {
  return addresses.split(/,\s+/).flatMap((candidate) => {
    const path = candidate.trim().split(/\s/)[0]!.split(/[?#]/)[0]!;
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase().replace(/[-_]\d{2,4}x\d{2,4}(?=\.\w+$)/, '');
    const stem = name.replace(/\.\w+$/, '');
    return stem.length >= MIN_PHOTO_NAME_CHARS && name !== stem ? [`name:${name}`] : [];
  });
}
