import { normalizedText } from './text-blocks';
import { elementsByTag } from './elements-by-tag';

/** Class names publishers give to photo captions and credits. */
const CAPTION_CLASS = /(^|[\s_-])(caption|captions|credit|credits|copyright|description|keterangan|photodesc|photo-desc|foto-desc|fotodesc|ket-foto|ketfoto|main-article-source|para_caption|pic_caption|media-caption|image-source|photo-source|wp-caption-text)([\s_-]|$)/i;
const MAX_CAPTION_CHARS = 400;
/** A box the page itself calls a caption may say more (Daily Maverick's run to 480 characters). */
const MAX_LABELLED_CAPTION_CHARS = 800;
const MAX_CREDIT_CHARS = 80;
const MAX_CAPTION_BLOCKS = 2;
const MAX_IMAGE_WRAPPERS = 2;
const MIN_UNLABELLED_CAPTION_WORDS = 3;
const MIN_PHOTO_PIXELS = 80;
const ICON_NAME = /icon|logo|avatar|close button/i;

/**
 * Turns "image + caption text" pairs into `<figure><img><figcaption>`, so Readability and the
 * reader keep the caption with its image instead of treating it as body text or dropping it
 * (IDN Times `div.embed-image > span.main-article-source`, kompas `.para_caption`, Freie Presse
 * `.detail-img__description`).
 */
export function markCaptions(root: Element): number {
  let marked = 0;
  for (const caption of elementsByTag(root, '*').filter((element) => element.hasAttribute('class'))) {
    if (!CAPTION_CLASS.test(caption.getAttribute('class') ?? '')) continue;
    if (caption.tagName === 'FIGCAPTION' || caption.closest('figcaption')) continue;
    const text = normalizedText(caption);
    if (text.length === 0 || text.length > MAX_LABELLED_CAPTION_CHARS) continue;
    // A caption may wrap its text in a paragraph or two (Hankook Ilbo `div.caption > p`), never more.
    if (caption.querySelector('img, picture') || caption.querySelectorAll('p, div').length > MAX_CAPTION_BLOCKS) continue;
    const holder = imageHolderFor(caption);
    // The holder is the photo's own box: image, caption and perhaps a credit, never the text around it.
    if (!holder || normalizedText(holder).length > text.length + MAX_CREDIT_CHARS) {
      if (joinPhotoBefore(caption)) marked += 1;
      continue;
    }
    // A linked box with a headline is a teaser card for another story; its kicker is no caption.
    if (holder.closest('a[href]') || holder.querySelector('h1, h2, h3, h4, h5, h6')) continue;
    wrapAsFigure(holder, caption);
    marked += 1;
  }
  return marked + markUnlabelledCaptions(root);
}

/**
 * Many pages put the caption in a plain `<span>` beside the photo, with no class to name it
 * (IDN Times `.featured-image`). A small box holding one image, perhaps in a wrapper of its own, and
 * one short, link-free text is a figure.
 */
function markUnlabelledCaptions(root: Element): number {
  let marked = 0;
  for (const image of elementsByTag(root, 'img')) {
    if (image.closest('figure, a') || isIcon(image)) continue;
    const holder = captionBoxAround(image, root);
    if (!holder || holder.querySelectorAll('img').length !== 1) continue;
    const texts = [...holder.children].filter((child) => child !== image && normalizedText(child).length > 0);
    const [caption] = texts;
    if (texts.length !== 1 || !caption || !['SPAN', 'P', 'DIV', 'SMALL', 'EM', 'I'].includes(caption.tagName)) continue;
    const text = normalizedText(caption);
    if (text.length < 10 || text.length > MAX_CAPTION_CHARS || normalizedText(holder) !== text) continue;
    // "View photos" beside a gallery is a button label; a caption describes the picture.
    if (text.split(' ').length < MIN_UNLABELLED_CAPTION_WORDS) continue;
    if (caption.querySelector('a, img, p, div, h1, h2, h3, h4, h5, h6')) continue;
    wrapAsFigure(holder, caption);
    marked += 1;
  }
  return marked;
}

/** A close button's cross or a share icon beside its label is no photo ("Diesen Artikel teilen"). */
function isIcon(image: Element): boolean {
  const size = Math.min(...['width', 'height'].map((name) => Number(image.getAttribute(name) || Infinity)));
  return size < MIN_PHOTO_PIXELS || ICON_NAME.test(`${image.getAttribute('class') ?? ''} ${image.getAttribute('alt') ?? ''}`);
}

/** The image's box, past the wrappers that hold nothing but the image (`div.img > img`). */
function captionBoxAround(image: Element, root: Element): Element | null {
  let box = image.parentElement;
  for (let depth = 0; box && box !== root && depth < MAX_IMAGE_WRAPPERS && normalizedText(box) === ''; depth += 1) {
    box = box.parentElement;
  }
  return box && box !== root ? box : null;
}

/** The nearest ancestor (up to 3 levels) that also holds exactly one image. */
function imageHolderFor(caption: Element): Element | null {
  let holder = caption.parentElement;
  for (let depth = 0; holder && depth < 3; depth += 1, holder = holder.parentElement) {
    const images = holder.querySelectorAll('img, picture');
    if (images.length === 0) continue;
    const imageCount = holder.querySelectorAll('img').length;
    return imageCount === 1 ? holder : null;
  }
  return null;
}

/**
 * A caption set right after the photo's box rather than inside it (viva `div.thumbcontainer` then
 * `div.photodesc`): the two become one figure.
 */
function joinPhotoBefore(caption: Element): boolean {
  const photo = caption.previousElementSibling;
  // A bare image beside the caption shares its box with the text: that box is not the photo's.
  if (!photo || ['FIGURE', 'IMG'].includes(photo.tagName) || photo.closest('a[href]')) return false;
  if (photo.querySelectorAll('img').length !== 1 || normalizedText(photo).length > MAX_CREDIT_CHARS) return false;
  const doc = caption.ownerDocument;
  const figure = doc.createElement('figure');
  const figcaption = doc.createElement('figcaption');
  figcaption.append(...caption.childNodes);
  photo.replaceWith(figure);
  figure.append(photo, figcaption);
  caption.remove();
  return true;
}

function wrapAsFigure(holder: Element, caption: Element) {
  const doc = holder.ownerDocument;
  const figcaption = doc.createElement('figcaption');
  figcaption.append(...caption.childNodes);
  caption.replaceWith(figcaption);
  if (holder.tagName === 'FIGURE') {
    holder.append(figcaption);
    return;
  }
  const figure = doc.createElement('figure');
  figure.append(...holder.childNodes);
  holder.replaceWith(figure);
  figure.append(figcaption);
}

/** Captions whose image was dropped say nothing on their own. */
export function dropOrphanCaptions(root: Element): number {
  let dropped = 0;
  for (const caption of root.querySelectorAll('figcaption')) {
    const figure = caption.closest('figure');
    if (figure && figure.querySelector('img, picture, video, iframe, table, pre, blockquote')) continue;
    caption.remove();
    if (figure && normalizedText(figure).length === 0) figure.remove();
    dropped += 1;
  }
  return dropped;
}
