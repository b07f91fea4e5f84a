import { expect } from 'vitest';
import { eventually, expectAtTop, type ReaderPage } from './reader-page';

/**
 * tests/fixtures/missing-images.html: an article with one image that loads and two whose addresses
 * answer 404, one with a caption and one alone in its paragraph with only its alt text. The lone
 * one's 404 comes 1.5 s late (the fixture server's `?delay`), above the second section.
 */
export const MISSING_IMAGES = {
  fixture: 'missing-images.html',
  loadedCaption: 'The new waiting room opens half an hour before the first boat.',
  missingCaption: 'Passengers waited for the first crossing before seven.',
  missingCaptionedAlt: 'Passengers queue on the rebuilt pier',
  missingAlt: 'Map of the crossings between the north and south piers',
};

interface ImageSeen {
  alt: string;
  loaded: boolean;
  height: number;
}

/** What a person sees of each article image: does it take room on screen, and did it load. */
async function imagesSeen(reader: ReaderPage): Promise<ImageSeen[]> {
  return reader.page.evaluate(() =>
    [...document.querySelectorAll<HTMLImageElement>('[data-testid=article-body] img')].map((img) => ({
      alt: img.alt,
      loaded: img.complete && img.naturalWidth > 0,
      height: img.getBoundingClientRect().height,
    })),
  );
}

/**
 * No broken-image box: the image that loaded shows, the two that failed take no room, the failed
 * one's caption stays, and the one without a caption is replaced by its alt text, once.
 */
export async function expectMissingImagesInWords(reader: ReaderPage): Promise<void> {
  // Both 404s must have arrived: until then an image is neither loaded nor hidden.
  const images = await eventually(
    () => imagesSeen(reader),
    (seen) => seen.length === 3 && seen.every((image) => image.loaded || image.height === 0),
    5_000,
  );
  expect(images.map((image) => [image.alt, image.loaded, image.height > 0])).toEqual([
    ['The waiting room on the north pier', true, true],
    [MISSING_IMAGES.missingCaptionedAlt, false, false],
    [MISSING_IMAGES.missingAlt, false, false],
  ]);
  expect(await reader.figcaptions()).toEqual([MISSING_IMAGES.loadedCaption, MISSING_IMAGES.missingCaption]);
  const text = await reader.visibleText();
  expect(text.split(MISSING_IMAGES.missingAlt).length - 1, 'the lone image’s alt text, shown once').toBe(1);
  expect(text, 'a caption says what the captioned image showed').not.toContain(MISSING_IMAGES.missingCaptionedAlt);

  await reader.page.evaluate(() => document.querySelector('.missing-image')?.scrollIntoView({ block: 'center' }));
  await reader.screenshot('missing-images');
}

/**
 * A jump to the second section, made before the photo above it has failed: when the failure comes
 * and the photo gives way to its alt text, the section's heading is still at the top of the view.
 */
export async function expectJumpLandsThroughLateFailure(reader: ReaderPage): Promise<void> {
  const [, second] = await reader.outline();
  await reader.press('2');
  await eventually(() => reader.page.$('.missing-image'), (words) => words !== null, 5_000);
  const offset = await reader.settledHeadingOffset(second!.id);
  await reader.screenshot('late-failure-after-jump');
  expectAtTop(offset, 'after 2 and the late failure: section 2 heading − article view top (px)');
}
