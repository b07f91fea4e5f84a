import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, test } from 'vitest';
import { type FirefoxSession, launchFirefox, openReaderTabFor } from './support/firefox';
import {
  expectRefusals,
  expectShadowStoryRead,
  expectWholeStoryRead,
  SHADOW_PATH,
  startStoryServer,
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

describe('Firefox ESR: stories split over pages', () => {
  test('page 1 names page 2; the tab reads pages 2 and 3 with its cookies; the pages stitch into the whole story', async () => {
    const { reader, tabId } = await openWithReader(STORY_PATH);
    await expectWholeStoryRead(reader, tabId, server);
  });

  test('the tab refuses another origin, and reads nothing unasked', async () => {
    const { reader, tabId } = await openWithReader(STORY_PATH);
    await expectRefusals(reader, tabId, server);
  });
});

describe('Firefox ESR: stories inside web components', () => {
  test('open shadow roots are read in order, slots resolved; the closed one stays unread', async () => {
    const { reader, tabId } = await openWithReader(SHADOW_PATH);
    await expectShadowStoryRead(reader, tabId);
  });
});
