import { collapsedText } from '@/lib/extract/text-blocks';

/**
 * The reader's only marks inside the article: set on an image that failed to load (the stylesheet
 * hides it), and the class of the words that take its place. The hostile-page test allows exactly these.
 */
export const MISSING_IMAGE_ATTRIBUTE = 'data-missing';
export const MISSING_IMAGE_WORDS_CLASS = 'missing-image';

/**
 * An article image can fail to load: the reader is offline, the site refuses requests from other
 * pages, or lazy loading left a placeholder address. The browser would show a broken-image box with
 * the alt text squeezed inside it. The reader hides such an image and keeps what it said in words.
 * Returns the function that stops watching.
 */
export function watchMissingImages(root: HTMLElement): () => void {
  // Load errors do not bubble: the listener catches them on their way down.
  const onError = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.localName === 'img') showMissingImage(target as HTMLImageElement);
  };
  root.addEventListener('error', onError, true);
  return () => root.removeEventListener('error', onError, true);
}

/** Hides the image; its alt text takes its place unless a caption already says what it showed. */
export function showMissingImage(image: HTMLImageElement): void {
  if (image.hasAttribute(MISSING_IMAGE_ATTRIBUTE)) return;
  image.setAttribute(MISSING_IMAGE_ATTRIBUTE, '');
  const alt = collapsedText(image.alt);
  if (!alt) return;
  const caption = image.closest('figure')?.querySelector('figcaption');
  if (caption && collapsedText(caption.textContent ?? '')) return;
  const words = image.ownerDocument.createElement('span');
  words.className = MISSING_IMAGE_WORDS_CLASS;
  // Untrusted like the rest of the article, so it goes in as text, never as markup.
  words.textContent = alt;
  image.after(words);
}
