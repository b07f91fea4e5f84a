import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type FirefoxSession, launchFirefox, openReaderTabFor } from './support/firefox';
import { ReaderPage } from './support/reader-page';
import { expectJumpLandsThroughLateFailure, expectMissingImagesInWords, MISSING_IMAGES } from './support/missing-images-flow';
import { expectNewsFurnitureLeftOut, NEWS_FURNITURE } from './support/news-furniture-flow';
import { expectFocusInReader, expectSectionKeys, expectSeedArticle, SEED } from './support/seed-flow';

let firefox: FirefoxSession;
let server: FixtureServer;

beforeAll(async () => {
  [firefox, server] = await Promise.all([launchFirefox(), startFixtureServer()]);
});

afterAll(async () => {
  await Promise.all([firefox?.close(), server?.close()]);
});

/** Opens a fixture page in a tab, then the reader for that tab. */
async function readerFor(fixture: string, shotPrefix: string): Promise<ReaderPage> {
  const article: Page = await firefox.browser.newPage();
  await article.goto(server.url(fixture), { waitUntil: 'load' });
  return new ReaderPage(await openReaderTabFor(firefox, article), shotPrefix);
}

describe('Firefox ESR: reader', () => {
  // Firefox cannot click the toolbar button from a test, so this runs the test-only build
  // (host permission for 127.0.0.1 instead of activeTab) with the reader opened as popup.html?tab=<id>.
  test('popup.html?tab=<id> on the seed article: clean article, outline, section keys', async () => {
    // The seed checks also read the article's own tab.
    const article: Page = await firefox.browser.newPage();
    await article.goto(server.url(SEED.fixture), { waitUntil: 'load' });
    const reader = new ReaderPage(await openReaderTabFor(firefox, article), 'firefox-tab-seed');

    const state = await reader.settledState();
    await reader.imagesInViewSettled();
    await reader.screenshot('opened');
    expect(state).toBe('article');
    await expectFocusInReader(reader);

    await expectSeedArticle(reader, article);
    await expectSectionKeys(reader);
  });

  test('popup.html?tab=<id> on a news page: furniture left out, only its sections in the outline', async () => {
    const reader = await readerFor(NEWS_FURNITURE.fixture, 'firefox-tab-news-furniture');

    const state = await reader.settledState();
    await reader.screenshot('opened');
    expect(state).toBe('article');
    await expectNewsFurnitureLeftOut(reader);
  });

  test('popup.html?tab=<id> on a page that names its site as author and writes "Jumat, 19 Juni 2015 13:06 WIB"', async () => {
    const reader = await readerFor('site-as-author.html', 'firefox-tab-site-as-author');

    expect(await reader.settledState()).toBe('article');
    await reader.screenshot('opened');
    expect(await reader.page.$('[data-testid=article-byline]'), 'a byline line').toBeNull();
    expect(await reader.meta()).toMatch(/^Liputan6\.com · June 19, 2015 · \d+ min read$/);
  });

  test('popup.html?tab=<id> on a page that writes its update time and reading time into the byline', async () => {
    const reader = await readerFor('byline-with-date.html', 'firefox-tab-byline-with-date');

    expect(await reader.settledState()).toBe('article');
    await reader.screenshot('opened');
    expect(await reader.byline()).toBe('Rina Kusuma');
    expect(await reader.meta()).toMatch(/^Kabar Sungai · December 10, 2022 · \d+ min read$/);
  });

  test('popup.html?tab=<id> with images that fail to load: no broken-image box, captions and alt text stay', async () => {
    const reader = await readerFor(MISSING_IMAGES.fixture, 'firefox-tab-missing-images');

    expect(await reader.settledState()).toBe('article');
    await expectJumpLandsThroughLateFailure(reader);
    await expectMissingImagesInWords(reader);
  });
});
