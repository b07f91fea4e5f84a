import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type FirefoxSession, launchFirefox, openReaderTabFor } from './support/firefox';
import { pollInPage } from './support/poll-in-page';
import {
  expectRefusals,
  expectShadowStoryRead,
  expectWholeStoryRead,
  readerPageBreaks,
  SHADOW_PATH,
  startStoryServer,
  waitForReaderToFinish,
  STORY_PATH,
  type StoryServer,
} from './support/story-pages';

// Issue 9 in Firefox ESR, the tab's side. Firefox cannot click the toolbar button from a test, so
// this runs the test-only build whose 127.0.0.1 host permission stands in for activeTab, and calls
// the injected scripts from the reader opened as a tab (see support/story-pages.ts).

let firefox: FirefoxSession;
let server: StoryServer;
let openPages: Page[] = [];

beforeAll(async () => {
  [firefox, server] = await Promise.all([launchFirefox(), startStoryServer()]);
});

afterAll(async () => {
  await Promise.all([firefox?.close(), server?.close()]);
});

afterEach(async () => {
  await Promise.all(openPages.map((page) => page.close().catch(() => {})));
  openPages = [];
});

/** Opens `path` in a tab and an extension page beside it; returns that page and the tab's id. */
async function openWithReader(path: string): Promise<{ reader: Page; tabId: number }> {
  const tab = await firefox.browser.newPage();
  openPages.push(tab);
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  const reader = await openReaderTabFor(firefox, tab);
  openPages.push(reader);
  const tabId = Number(await reader.evaluate(() => new URLSearchParams(location.search).get('tab')));
  return { reader, tabId };
}

/**
 * An extension page that reads nothing by itself: the reader reads the story's pages on its own, so
 * the tests that call the tab's scripts directly let it finish, then turn its tab into the settings page.
 */
async function openQuietExtensionPage(path: string): Promise<{ reader: Page; tabId: number }> {
  const { reader, tabId } = await openWithReader(path);
  await waitForReaderToFinish(reader);
  await reader.goto(`moz-extension://${firefox.uuid}/options.html`, { waitUntil: [], timeout: 10_000 }).catch(() => {});
  await pollInPage(reader, () => typeof browser !== 'undefined' && !!browser.scripting, []);
  return { reader, tabId };
}

describe('Firefox ESR: stories split over pages', () => {
  test('the reader shows the whole story, with a line where each later page begins', async () => {
    const { reader } = await openWithReader(STORY_PATH);
    expect(await readerPageBreaks(reader)).toEqual(['Page 2 of 3', 'Page 3 of 3']);
    const outline = await reader.$$eval('nav[data-testid=outline] .outline__text', (els) => els.map((el) => el.textContent));
    expect(outline).toEqual(['Ratusan warga mengungsi', 'Penyebab banjir', 'Lalu lintas dan sekolah']);
  });

  test('page 1 names page 2; the tab reads pages 2 and 3 with its cookies; the pages stitch into the whole story', async () => {
    const { reader, tabId } = await openQuietExtensionPage(STORY_PATH);
    await expectWholeStoryRead(reader, tabId, server);
  });

  test('the tab refuses another origin, and reads nothing unasked', async () => {
    const { reader, tabId } = await openQuietExtensionPage(STORY_PATH);
    await expectRefusals(reader, tabId, server);
  });
});

describe('Firefox ESR: stories inside web components', () => {
  test('open shadow roots are read in order, slots resolved; the closed one stays unread', async () => {
    const { reader, tabId } = await openQuietExtensionPage(SHADOW_PATH);
    await expectShadowStoryRead(reader, tabId);
  });
});
