import { expect } from 'vitest';
import { expectAtTop, type ReaderPage } from './reader-page';

/** tests/fixtures/news-furniture.html: an English news page with the furniture the reader leaves out. */
export const NEWS_FURNITURE = {
  fixture: 'news-furniture.html',
  title: 'City approves the new tram line',
  byline: 'Jane Doe',
  standfirst: 'A plan ten years in the making wins the council vote, and the first trams could run by 2029.',
  sections: ['What the line costs', 'When the trams run'],
  bodyStartsWith: 'The city council approved the new tram line',
  furniture: ['Transport', 'A plan ten years', 'Published 12 May 2024', 'Bus fares rise again', 'Where the new bike lanes go'],
};

/**
 * The kicker, the date stamp and the cards for other stories are gone, the standfirst sits under the
 * title, the outline holds the two sections and not the video's title, and `2` reaches section 2.
 */
export async function expectNewsFurnitureLeftOut(reader: ReaderPage): Promise<void> {
  expect.soft(await reader.title()).toBe(NEWS_FURNITURE.title);
  expect.soft(await reader.byline()).toContain(NEWS_FURNITURE.byline);
  expect.soft(await reader.standfirst()).toBe(NEWS_FURNITURE.standfirst);
  expect.soft(await reader.outlineTexts()).toEqual(NEWS_FURNITURE.sections);

  const text = await reader.bodyTextOutsideCaptions();
  expect.soft(text.startsWith(NEWS_FURNITURE.bodyStartsWith), `text starts: "${text.slice(0, 90)}"`).toBe(true);
  for (const furniture of NEWS_FURNITURE.furniture) {
    expect.soft(text.includes(furniture), `body shows "${furniture}"`).toBe(false);
  }

  await reader.press('2');
  const [, second] = await reader.outline();
  const offset = await reader.settledHeadingOffset(second!.id);
  await reader.screenshot('key-2');
  expectAtTop(offset, 'after 2: section 2 heading − article view top (px)');
}
