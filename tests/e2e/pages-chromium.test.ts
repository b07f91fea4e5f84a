import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium, openRealPopup } from './support/chromium';
import { eventually, ReaderPage } from './support/reader-page';
import {
  expectRefusals,
  expectShadowStoryRead,
  expectWholeStoryRead,
  SHADOW_PATH,
  startStoryServer,
  waitForReaderToFinish,
  STORY_PATH,
  type StoryServer,
} from './support/story-pages';

// Issue 9 in Chromium, the tab's side, with the production build (activeTab only): the real popup
// is opened by a toolbar click, which grants activeTab, and the test calls the injected scripts
// from it, as the popup will once the UI is wired (see support/story-pages.ts).

let chromium: ChromiumSession;
let server: StoryServer;
let openPages: Page[] = [];

beforeAll(async () => {
  [chromium, server] = await Promise.all([launchChromium(), startStoryServer()]);
});

afterAll(async () => {
  await Promise.all([chromium?.close(), server?.close()]);
});

afterEach(async () => {
  await Promise.all(openPages.map((page) => page.close().catch(() => {})));
  openPages = [];
});

/** Opens `path` in a tab and clicks the toolbar button there: the popup then holds activeTab for it. */
async function openWithGrant(path: string): Promise<{ popup: Page; tabId: number }> {
  const tab = await chromium.browser.newPage();
  openPages.push(tab);
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const { popup, tabId } = await openRealPopup(chromium, tab);
  openPages.push(popup);
  return { popup, tabId };
}

/**
 * The grant of a toolbar click, used from a quiet extension page (the settings page): the popup reads
 * the story's pages by itself, so the tests that call the tab's scripts directly wait for it to finish
 * and close it first.
 */
async function grantedExtensionPage(path: string): Promise<{ page: Page; tabId: number }> {
  const { popup, tabId } = await openWithGrant(path);
  await waitForReaderToFinish(popup);
  await popup.close();
  const page = await chromium.browser.newPage();
  openPages.push(page);
  await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
  return { page, tabId };
}

describe('Chromium: stories split over pages', () => {
  test('page 1 names page 2; the tab reads pages 2 and 3 with its cookies; the pages stitch into the whole story', async () => {
    const { page, tabId } = await grantedExtensionPage(STORY_PATH);
    await expectWholeStoryRead(page, tabId, server);
  });

  test('the tab refuses another origin, and reads nothing unasked', async () => {
    const { page, tabId } = await grantedExtensionPage(STORY_PATH);
    await expectRefusals(page, tabId, server);
  });
});

describe('Chromium: a story split over pages in the reader', () => {
  const pageBreaks = (reader: ReaderPage) =>
    reader.page.$$eval('[data-testid=page-break]', (els) => els.map((el) => (el as HTMLElement).innerText.trim()));
  const progress = (reader: ReaderPage) =>
    reader.page.$eval('[data-testid=story-progress]', (el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
  const pageTopOffset = (reader: ReaderPage, page: number) =>
    reader.page.evaluate((n) => {
      const view = document.querySelector('[data-testid=article-view]')!.getBoundingClientRect();
      return document.querySelector(`.article__page[data-page="${n}"]`)!.getBoundingClientRect().top - view.top;
    }, page);

  test('the popup shows page 1, then pages 2 and 3 with quiet separators; the outline runs on; ] and [ move between pages', async () => {
    const { popup } = await openWithGrant(STORY_PATH);
    const reader = new ReaderPage(popup, 'chromium-popup-split-story');
    expect(await reader.settledState()).toBe('article');
    expect(await eventually(() => pageBreaks(reader), (breaks) => breaks.length === 2)).toEqual(['PAGE 2 OF 3', 'PAGE 3 OF 3']);
    expect(await eventually(() => progress(reader), (text) => text === '')).toBe('');
    await reader.screenshot('whole-story');
    expect(await reader.outlineTexts()).toEqual(['Ratusan warga mengungsi', 'Penyebab banjir', 'Lalu lintas dan sekolah']);
    const text = await reader.visibleText();
    expect(text).toContain('Hingga Selasa sore');
    expect(text.split('Menurut warga setempat').length - 1, 'a paragraph repeated on page 2 shows once').toBe(1);
    expect(await reader.page.$eval('[data-testid=removal-summary] summary', (el) => el.textContent)).toBe('Removed 3 blocks of clutter');

    await reader.press(']');
    expect(await eventually(() => pageTopOffset(reader, 2), (top) => Math.abs(top) <= 24), '] : page 2 at the top').toBeLessThanOrEqual(24);
    await reader.press(']');
    expect(await eventually(() => pageTopOffset(reader, 3), (top) => Math.abs(top) <= 24), '] : page 3 at the top').toBeLessThanOrEqual(24);
    await reader.screenshot('page-3');
    await reader.press('[');
    expect(await eventually(() => pageTopOffset(reader, 2), (top) => Math.abs(top) <= 24), '[ : back to page 2').toBeLessThanOrEqual(24);
  });

  test('a page that fails keeps what was read, says so, and Retry reads on', async () => {
    server.failing.add(3);
    try {
      const { popup } = await openWithGrant(STORY_PATH);
      const reader = new ReaderPage(popup, 'chromium-popup-split-story-failure');
      expect(await reader.settledState()).toBe('article');
      expect(await eventually(() => progress(reader), (text) => text.includes('could not'))).toBe(
        'Page 3 could not be read. The pages before it are shown. Retry',
      );
      expect(await pageBreaks(reader)).toEqual(['PAGE 2 OF 3']);
      await reader.screenshot('failed');
      server.failing.delete(3);
      await reader.clickButton('Retry');
      expect(await eventually(() => pageBreaks(reader), (breaks) => breaks.length === 2)).toEqual(['PAGE 2 OF 3', 'PAGE 3 OF 3']);
      expect(await eventually(() => progress(reader), (text) => text === '')).toBe('');
      await reader.screenshot('retried');
    } finally {
      server.failing.delete(3);
    }
  });
});

describe('Chromium: stories inside web components', () => {
  test('open shadow roots are read in order, slots resolved; the closed one stays unread', async () => {
    const { page, tabId } = await grantedExtensionPage(SHADOW_PATH);
    await expectShadowStoryRead(page, tabId);
  });
});
