import { absolutizeImageUrls } from './resolve-lazy-images';
import { normalizedText, PROSE_PARAGRAPH_CHARS } from './text-blocks';

/** A photo story has at least this many captioned photos. */
const MIN_STORY_PHOTOS = 3;
/** A caption this long tells part of the story; shorter ones are credits, labels or teaser headlines. */
const MIN_STORY_CAPTION_CHARS = 80;
/** Around the photos, the gallery holds at most this share of the captions' text (counters, credits). */
const MAX_TEXT_AROUND_SHARE = 0.5;

/**
 * On a photo story (antara foto, tempo foto, kompas "FOTO:" galleries) the captions are the story:
 * there is little or no prose beside them, so Readability, which scores paragraphs, keeps one photo
 * or a menu. Found before Readability runs, on the prepared page (captions already marked as
 * figures), and returned as copies of the captioned photos in page order.
 */
export function findPhotoStory(root: Element): Element[] {
  const figures = [...root.querySelectorAll('figure')].filter(
    (figure) =>
      figure.querySelector('img') !== null &&
      !figure.parentElement?.closest('figure') &&
      !figure.closest('header, nav, aside, footer, a') &&
      captionText(figure).length >= MIN_STORY_CAPTION_CHARS,
  );
  if (figures.length < MIN_STORY_PHOTOS) return [];
  const captions = figures.reduce((total, figure) => total + captionText(figure).length, 0);
  if (proseOutside(root, figures) > captions) return [];
  // An article with photos has its text around them, in the same box (Nine News); a gallery does not.
  if (textAround(commonAncestor(figures), figures) > captions * MAX_TEXT_AROUND_SHARE) return [];
  return figures.map((figure) => {
    const copy = figure.cloneNode(true) as Element;
    absolutizeImageUrls(copy, root.ownerDocument.baseURI);
    return copy;
  });
}

/**
 * A photo story is shown as its prose paragraphs (an introduction, if any) and then every captioned
 * photo, whatever Readability kept: it may have lost captions, or kept them with the gallery's
 * counter, thumbnails and menus around them.
 */
export function restorePhotoStory(content: Element, story: Element[]): boolean {
  if (story.length === 0) return false;
  const prose = [...content.querySelectorAll('p')].filter(
    (paragraph) => !paragraph.closest('figure') && normalizedText(paragraph).length >= PROSE_PARAGRAPH_CHARS,
  );
  content.replaceChildren(...prose, ...story);
  return true;
}

function captionText(figure: Element): string {
  return [...figure.querySelectorAll('figcaption')].map(normalizedText).join(' ');
}

function proseOutside(root: Element, figures: Element[]): number {
  let total = 0;
  for (const paragraph of root.querySelectorAll('p')) {
    if (figures.some((figure) => figure.contains(paragraph))) continue;
    const length = normalizedText(paragraph).length;
    if (length >= PROSE_PARAGRAPH_CHARS) total += length;
  }
  return total;
}

function commonAncestor(elements: Element[]): Element {
  let ancestor = elements[0]!.parentElement ?? elements[0]!;
  while (ancestor.parentElement && !elements.every((element) => ancestor.contains(element))) ancestor = ancestor.parentElement;
  return ancestor;
}

/** Text in the box outside its photos and links: the prose an article sets between its photos. */
function textAround(box: Element, figures: Element[]): number {
  let linked = 0;
  for (const link of box.querySelectorAll('a')) {
    if (!figures.some((figure) => figure.contains(link))) linked += normalizedText(link).length;
  }
  const inFigures = figures.reduce((total, figure) => total + normalizedText(figure).length, 0);
  return Math.max(0, normalizedText(box).length - inFigures - linked);
}
