import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium, openReaderTab, openRealPopup } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { FIXTURES_DIR } from './support/paths';
import { expectAtTop, normalizeText, ReaderPage } from './support/reader-page';
import { expectJumpLandsThroughLateFailure, expectMissingImagesInWords, MISSING_IMAGES } from './support/missing-images-flow';
import { expectNewsFurnitureLeftOut, NEWS_FURNITURE } from './support/news-furniture-flow';
import { expectFocusInReader, expectSectionKeys, expectSeedArticle, SEED } from './support/seed-flow';

interface ExpectedOutline {
  title: string;
  byline: string;
  outline: { level: number; text: string }[];
  body_starts_with: string;
  body_ends_with: string;
  must_remove: string[];
}

const EXCERPT = 'idntimes-kisah-inspiratif/idntimes-kisah-inspiratif-2021-08.excerpt.html';
const excerptExpected = JSON.parse(
  readFileSync(join(FIXTURES_DIR, 'idntimes-kisah-inspiratif/expected-outline.json'), 'utf8'),
) as ExpectedOutline;

let chromium: ChromiumSession;
let server: FixtureServer;
let openPages: Page[] = [];

beforeAll(async () => {
  [chromium, server] = await Promise.all([launchChromium(), startFixtureServer()]);
});

afterAll(async () => {
  await Promise.all([chromium?.close(), server?.close()]);
});

afterEach(async () => {
  await Promise.all(openPages.map((p) => p.close().catch(() => {})));
  openPages = [];
});

async function openTab(url: string): Promise<Page> {
  const page = await chromium.browser.newPage();
  openPages.push(page);
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Clicks the toolbar button on `page`; returns the real popup as a reader, and the tab id it reads. */
async function clickToolbarButton(page: Page, shotPrefix: string) {
  const { popup, tabId } = await openRealPopup(chromium, page);
  openPages.push(popup);
  return { reader: new ReaderPage(popup, shotPrefix), tabId };
}

async function readerTab(tabId: number, shotPrefix: string): Promise<ReaderPage> {
  const page = await openReaderTab(chromium, tabId);
  openPages.push(page);
  return new ReaderPage(page, shotPrefix);
}

describe('Chromium: reader', () => {
  test('real toolbar popup on the seed article: clean article, outline, section keys', async () => {
    const article = await openTab(server.url(SEED.fixture));
    const { reader } = await clickToolbarButton(article, 'chromium-popup-seed');

    const state = await reader.settledState();
    await reader.imagesInViewSettled();
    await reader.screenshot('opened');
    expect(state).toBe('article');
    await expectFocusInReader(reader);
    // The browser sizes a popup from its content: a reader that shrinks to fit would open as a sliver.
    const size = await reader.page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    expect(size.width, 'popup width (px)').toBeGreaterThanOrEqual(780);
    expect(size.height, 'popup height (px)').toBeGreaterThanOrEqual(450);

    await expectSeedArticle(reader, article);
    await expectSectionKeys(reader);
  });

  test('popup.html?tab=<id> on the seed article: same article and keys', async () => {
    const article = await openTab(server.url(SEED.fixture));
    const { tabId } = await clickToolbarButton(article, 'chromium-tab-seed-grant'); // the click grants activeTab
    const reader = await readerTab(tabId, 'chromium-tab-seed');

    const state = await reader.settledState();
    await reader.imagesInViewSettled();
    await reader.screenshot('opened');
    expect(state).toBe('article');
    await expectFocusInReader(reader);

    await expectSeedArticle(reader, article);
    await expectSectionKeys(reader);
  });

  test('saved IDN Times page (kisah inspiratif): title, byline, 4-section outline, no clutter', async () => {
    const article = await openTab(server.url(EXCERPT));
    const { reader } = await clickToolbarButton(article, 'chromium-popup-idntimes-excerpt');

    const state = await reader.settledState();
    await reader.imagesInViewSettled();
    await reader.screenshot('opened');
    expect(state).toBe('article');

    expect.soft(await reader.title()).toBe(excerptExpected.title);
    expect.soft(await reader.byline()).toContain(excerptExpected.byline);
    expect.soft(await reader.outlineTexts()).toEqual(excerptExpected.outline.map((o) => o.text));

    const visible = await reader.visibleText();
    expect.soft(excerptExpected.must_remove.filter((s) => visible.includes(normalizeText(s))), 'must_remove strings visible').toEqual([]);

    // The lead photo's caption comes first in the body; the article text starts and ends as expected.
    const text = await reader.bodyTextOutsideCaptions();
    expect.soft(text.startsWith(excerptExpected.body_starts_with), `text starts: "${text.slice(0, 90)}"`).toBe(true);
    expect.soft(text.endsWith(excerptExpected.body_ends_with), `text ends: "${text.slice(-90)}"`).toBe(true);

    const section4 = (await reader.outline())[3]!;
    await reader.press('4');
    const offset = await reader.settledHeadingOffset(section4.id);
    await reader.screenshot('key-4');
    expectAtTop(offset, 'after 4: section 4 heading − article view top (px)');
  });

  test('news page with a kicker, standfirst, stamps, a video card and story cards: only its sections in the outline', async () => {
    const article = await openTab(server.url(NEWS_FURNITURE.fixture));
    const { reader } = await clickToolbarButton(article, 'chromium-popup-news-furniture');

    const state = await reader.settledState();
    await reader.imagesInViewSettled();
    await reader.screenshot('opened');
    expect(state).toBe('article');
    await expectNewsFurnitureLeftOut(reader);
  });

  test('images that fail to load: no broken-image box, the caption stays, a lone image leaves its alt text', async () => {
    const article = await openTab(server.url(MISSING_IMAGES.fixture));
    const { reader } = await clickToolbarButton(article, 'chromium-popup-missing-images');

    expect(await reader.settledState()).toBe('article');
    await expectJumpLandsThroughLateFailure(reader);
    await expectMissingImagesInWords(reader);
  });

  test('front page with link teasers: "doesn\'t look like an article", then Show anyway', async () => {
    const page = await openTab(server.url('not-an-article.html'));
    const { reader } = await clickToolbarButton(page, 'chromium-popup-not-article');

    const state = await reader.settledState();
    await reader.screenshot('opened');
    expect(state).toBe('not-article');
    const text = await reader.visibleText();
    expect(straightQuotes(text)).toContain("This page doesn't look like an article");
    expect(await reader.buttonLabels()).toContain('Show anyway');

    await reader.clickButton('Show anyway');
    expect(await reader.settledState()).toBe('article');
    await reader.screenshot('shown-anyway');
  });

  test('chrome://version: the reader says it cannot read the page (popup and ?tab=)', async () => {
    const page = await openTab('chrome://version');
    const { reader: popup, tabId } = await clickToolbarButton(page, 'chromium-popup-chrome-version');
    expect(await popup.settledState()).toBe('cannot-read');
    await popup.screenshot('opened');

    const reader = await readerTab(tabId, 'chromium-tab-chrome-version');
    const state = await reader.settledState();
    await reader.screenshot('opened');
    expect(state).toBe('cannot-read');
    expect(straightQuotes(await reader.visibleText())).toContain("Can't read this page");
  });
});

/** The UI may set the contract's apostrophes typographically (’); the wording is otherwise exact. */
function straightQuotes(text: string): string {
  return text.replace(/’/g, "'");
}
