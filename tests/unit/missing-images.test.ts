import { afterEach, describe, expect, test } from 'vitest';
import { MISSING_IMAGE_ATTRIBUTE, showMissingImage, watchMissingImages } from '@/components/missing-images';

function body(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const image = (root: HTMLElement, index = 0) => root.querySelectorAll('img')[index]!;
const words = (root: HTMLElement) => [...root.querySelectorAll('.missing-image')].map((el) => el.textContent);

afterEach(() => document.body.replaceChildren());

describe('showMissingImage', () => {
  test('an image with a caption is hidden and adds nothing: the caption says what it showed', () => {
    const root = body('<figure><img alt="Ferries at the north pier"><figcaption>The rebuilt north pier.</figcaption></figure>');
    showMissingImage(image(root));
    expect(image(root).hasAttribute(MISSING_IMAGE_ATTRIBUTE)).toBe(true);
    expect(words(root)).toEqual([]);
  });

  test('an image without a caption leaves its alt text, collapsed, where it was', () => {
    const root = body('<p>Before <img alt="  Map of the\n crossings ">after</p>');
    showMissingImage(image(root));
    expect(image(root).hasAttribute(MISSING_IMAGE_ATTRIBUTE)).toBe(true);
    expect(words(root)).toEqual(['Map of the crossings']);
    expect(image(root).nextSibling).toBe(root.querySelector('.missing-image'));
  });

  test('an empty caption does not count as one', () => {
    const root = body('<figure><img alt="A ferry"><figcaption> </figcaption></figure>');
    showMissingImage(image(root));
    expect(words(root)).toEqual(['A ferry']);
  });

  test('an image without alt text is only hidden', () => {
    const root = body('<p><img src="x.jpg"> <img alt=" "></p>');
    showMissingImage(image(root, 0));
    showMissingImage(image(root, 1));
    expect(root.querySelectorAll(`img[${MISSING_IMAGE_ATTRIBUTE}]`)).toHaveLength(2);
    expect(words(root)).toEqual([]);
  });

  test('the alt text goes in as text, never as markup', () => {
    const root = body('<p><img></p>');
    image(root).alt = '<img src=x onerror="alert(1)"><b>bold</b>';
    showMissingImage(image(root));
    expect(words(root)).toEqual(['<img src=x onerror="alert(1)"><b>bold</b>']);
    expect(root.querySelectorAll('img, b')).toHaveLength(1);
  });

  test('a second failure of the same image adds nothing more', () => {
    const root = body('<p><img alt="A ferry"></p>');
    showMissingImage(image(root));
    showMissingImage(image(root));
    expect(words(root)).toEqual(['A ferry']);
  });
});

describe('watchMissingImages', () => {
  test('catches the load error of an image inside the body, which does not bubble, and stops when asked', () => {
    const root = body('<section><p><img alt="First"></p><p><img alt="Second"></p></section>');
    const stop = watchMissingImages(root);
    image(root, 0).dispatchEvent(new Event('error', { bubbles: false }));
    expect(words(root)).toEqual(['First']);
    stop();
    image(root, 1).dispatchEvent(new Event('error', { bubbles: false }));
    expect(words(root)).toEqual(['First']);
    expect(image(root, 1).hasAttribute(MISSING_IMAGE_ATTRIBUTE)).toBe(false);
  });

  test('an error from another element (a video) is left alone', () => {
    const root = body('<video></video>');
    watchMissingImages(root);
    root.querySelector('video')!.dispatchEvent(new Event('error'));
    expect(root.querySelector(`[${MISSING_IMAGE_ATTRIBUTE}]`)).toBeNull();
  });
});
