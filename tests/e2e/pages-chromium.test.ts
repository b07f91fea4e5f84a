import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, test } from 'vitest';
import { type ChromiumSession, launchChromium, openRealPopup } from './support/chromium';
import {
  expectRefusals,
  expectShadowStoryRead,
  expectWholeStoryRead,
  SHADOW_PATH,
  startStoryServer,
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

describe('Chromium: stories split over pages', () => {
  test('page 1 names page 2; the tab reads pages 2 and 3 with its cookies; the pages stitch into the whole story', async () => {
    const { popup, tabId } = await openWithGrant(STORY_PATH);
    await expectWholeStoryRead(popup, tabId, server);
  });

  test('the tab refuses another origin, and reads nothing unasked', async () => {
    const { popup, tabId } = await openWithGrant(STORY_PATH);
    await expectRefusals(popup, tabId, server);
  });
});

describe('Chromium: stories inside web components', () => {
  test('open shadow roots are read in order, slots resolved; the closed one stays unread', async () => {
    const { popup, tabId } = await openWithGrant(SHADOW_PATH);
    await expectShadowStoryRead(popup, tabId);
  });
});
