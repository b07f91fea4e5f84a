import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium, openReaderTab, openRealPopup } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { axeViolations, lastParagraphShownAfterEnd, layoutReport } from './support/layout-checks';
import { SCREENSHOTS_DIR } from './support/paths';
import { eventually, ReaderPage } from './support/reader-page';
import { SEED } from './support/seed-flow';

const STORE_SHOTS = join(SCREENSHOTS_DIR, 'store');

/** Popup sizes follow the browser window: a wide one, half a laptop screen, and a narrow one. */
const POPUP_WINDOWS = [
  { width: 1400, height: 1000 },
  { width: 800, height: 600 },
  { width: 700, height: 700 },
];

/** The reader in a tab: a laptop, half a laptop, a small window, and a phone-sized one. */
const TAB_SIZES = [
  { width: 1280, height: 800 },
  { width: 800, height: 600 },
  { width: 480, height: 420 },
  { width: 390, height: 844 },
];

/** Below 560 px the outline is a drawer (components/reader-app.tsx NARROW_LAYOUT_QUERY). */
const DRAWER_BELOW = 560;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

async function openArticle(session: ChromiumSession, fixture = SEED.fixture): Promise<Page> {
  const page = await session.browser.newPage();
  await page.goto(server.url(fixture), { waitUntil: 'load' });
  return page;
}

async function expectFitsItsWindow(reader: ReaderPage, label: string): Promise<void> {
  const report = await layoutReport(reader.page);
  expect.soft(report.horizontalOverflow, `${label}: page wider than its window (px)`).toBe(0);
  expect.soft(report.sidewaysScrollers, `${label}: boxes that scroll sideways`).toEqual([]);
  expect.soft(report.controlsOutside, `${label}: controls not inside the window`).toEqual([]);
  expect.soft(report.titleOverhang, `${label}: title past its column (px)`).toBe(0);
}

async function outlineShown(reader: ReaderPage): Promise<boolean> {
  return reader.page.evaluate(() => {
    const nav = document.querySelector<HTMLElement>('nav[data-testid=outline]');
    if (!nav?.checkVisibility()) return false;
    const r = nav.getBoundingClientRect();
    return r.left >= -0.5 && r.right <= document.documentElement.clientWidth + 0.5 && r.width > 100;
  });
}

/** The key recorder takes keys once it has focus, which it takes after it is drawn: a person sees it first. */
async function recorderFocused(options: Page): Promise<void> {
  await options.waitForSelector('[data-testid=key-recorder]');
  await options.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'key-recorder');
}

async function setStoredSettings(extensionPage: Page, settings: Record<string, unknown>): Promise<void> {
  await extensionPage.evaluate(async (value) => {
    const { readerSettings } = await chrome.storage.local.get('readerSettings');
    await chrome.storage.local.set({ readerSettings: { ...(readerSettings ?? {}), ...value } });
  }, settings);
}

describe('Chromium: the real popup fits the window it is given', () => {
  test.each(POPUP_WINDOWS)('browser window $width×$height', async (windowSize) => {
    const session = await launchChromium({ windowSize });
    try {
      const article = await openArticle(session);
      const { popup } = await openRealPopup(session, article);
      const reader = new ReaderPage(popup, `chromium-popup-window-${windowSize.width}x${windowSize.height}`);
      expect(await reader.settledState()).toBe('article');
      await reader.imagesInViewSettled();
      // Chromium settles the popup's size a moment after it opens; the reader follows it.
      const size = await eventually(
        () => popup.evaluate(() => ({ width: innerWidth, height: innerHeight, reader: document.querySelector('.reader')!.getBoundingClientRect().width })),
        (s) => Math.abs(s.reader - s.width) < 1,
      );
      await reader.screenshot('opened');
      expect(size.reader, 'reader width = popup width').toBeCloseTo(size.width, 0);
      expect(size.width, 'popup width (px)').toBeGreaterThanOrEqual(Math.min(560, windowSize.width - 200));
      expect(size.width).toBeLessThanOrEqual(800);
      await expectFitsItsWindow(reader, `popup in ${windowSize.width}×${windowSize.height}`);
      expect(await outlineShown(reader), 'outline beside the article').toBe(size.width >= DRAWER_BELOW);

      expect(await lastParagraphShownAfterEnd(reader), 'share of the last paragraph in view after End').toBeGreaterThan(0.99);
      await reader.screenshot('end');

      expect(await axeViolations(popup), 'axe in the popup, light').toEqual([]);
      await setStoredSettings(popup, { theme: 'dark' });
      await eventually(() => popup.$eval('.reader', (el) => el.getAttribute('data-theme')), (theme) => theme === 'dark');
      expect(await axeViolations(popup), 'axe in the popup, dark').toEqual([]);
      await reader.screenshot('dark');
    } finally {
      await session.close();
    }
  });
});

describe('Chromium: a long outline in the popup', () => {
  test('the current section stays visible in the outline as the reader moves down a 20-section list article', async () => {
    const session = await launchChromium();
    try {
      const article = await openArticle(session, 'long-list-article.html');
      const { popup } = await openRealPopup(session, article);
      const reader = new ReaderPage(popup, 'chromium-popup-long-outline');
      expect(await reader.settledState()).toBe('article');
      expect(await reader.outlineTexts()).toHaveLength(20);
      const currentLinkShown = () =>
        popup.evaluate(() => {
          const nav = document.querySelector('nav[data-testid=outline]')!.getBoundingClientRect();
          const link = document.querySelector('nav[data-testid=outline] a[aria-current=location]')?.getBoundingClientRect();
          return !!link && link.top >= nav.top - 0.5 && link.bottom <= nav.bottom + 0.5;
        });
      // Section 9 by key, then the last one by scrolling, as a reader would.
      await reader.press('9');
      expect(await eventually(currentLinkShown, (shown) => shown), 'section 9 in view in the outline').toBe(true);
      await reader.press('End');
      expect(await eventually(() => reader.currentOutlineItems(), (items) => items[0]?.startsWith('20.') ?? false)).toEqual(['20. Kota Tua Jakarta']);
      expect(await eventually(currentLinkShown, (shown) => shown), 'section 20 in view in the outline').toBe(true);
      await reader.screenshot('end');

      // The gear button opens the settings page in a tab.
      const opened = session.browser.waitForTarget((t) => t.url().endsWith('/options.html'), { timeout: 5_000 });
      await popup.click('[data-testid=open-options]');
      expect((await opened).url()).toBe(`chrome-extension://${session.extensionId}/options.html`);
    } finally {
      await session.close();
    }
  });
});

describe('Chromium: the reader in a tab', () => {
  let session: ChromiumSession;
  let article: Page;
  let tabId: number;
  const pages: Page[] = [];

  beforeAll(async () => {
    session = await launchChromium();
    article = await openArticle(session);
    const popup = await openRealPopup(session, article); // the click grants activeTab on the article's tab
    tabId = popup.tabId;
    await popup.popup.close();
  });
  afterAll(async () => {
    await Promise.all(pages.map((p) => p.close().catch(() => {})));
    await session?.close();
  });

  async function readerTab(prefix: string, viewport = { width: 1280, height: 800 }): Promise<ReaderPage> {
    const page = await openReaderTab(session, tabId);
    pages.push(page);
    await page.setViewport(viewport);
    const reader = new ReaderPage(page, prefix);
    expect(await reader.settledState()).toBe('article');
    await reader.imagesInViewSettled();
    return reader;
  }

  test.each(TAB_SIZES)('$width×$height: nothing spills sideways, the end is reachable, t shows and hides the outline', async (size) => {
    const reader = await readerTab(`chromium-tab-${size.width}x${size.height}`, size);
    await reader.screenshot('opened');
    await expectFitsItsWindow(reader, `tab ${size.width}×${size.height}`);

    const drawer = size.width < DRAWER_BELOW;
    expect(await outlineShown(reader), drawer ? 'the drawer starts closed' : 'the outline starts open').toBe(!drawer);
    await reader.press('t');
    expect(await eventually(() => outlineShown(reader), (shown) => shown === drawer), 't toggles the outline').toBe(drawer);
    await reader.screenshot(drawer ? 'drawer-open' : 'outline-hidden');
    if (drawer) {
      // The open drawer takes focus, and choosing a section closes it there.
      const focused = await reader.page.evaluate(() => !!document.activeElement?.closest('nav[data-testid=outline]'));
      expect(focused, 'focus moves into the drawer').toBe(true);
      await expectFitsItsWindow(reader, `tab ${size.width}×${size.height} with the drawer open`);
    }
    await reader.press('t');
    expect(await eventually(() => outlineShown(reader), (shown) => shown === !drawer), 't again').toBe(!drawer);

    expect(await lastParagraphShownAfterEnd(reader), 'share of the last paragraph in view after End').toBeGreaterThan(0.99);
    await reader.screenshot('end');
  });

  test('the toolbar shows the time left, the outline each section\'s time, and a change of section is announced', async () => {
    const reader = await readerTab('chromium-tab-reading-aids');
    expect(await reader.page.$eval('[data-testid=reader-position]', (el) => el.textContent)).toMatch(/^3 sections · \d+ min left$/);
    const times = await reader.page.$$eval('[data-testid=section-time]', (els) => els.map((el) => el.textContent));
    expect(times).toHaveLength(SEED.sections.length);
    for (const time of times) expect(time).toMatch(/^\d+ min$/);

    await reader.press('2');
    const announced = await eventually(
      () => reader.page.$eval('[data-testid=section-announcement]', (el) => el.textContent ?? ''),
      (text) => text.includes(SEED.sections[1]!),
    );
    expect(announced).toBe(`Section 2 of 3: ${SEED.sections[1]}`);
    expect(await reader.page.$eval('[data-testid=section-announcement]', (el) => el.getAttribute('aria-live'))).toBe('polite');
    expect(await reader.page.$eval('[data-testid=reader-position]', (el) => el.textContent)).toMatch(/^Section 2 of 3 · \d+ min left$/);
  });

  test('reopening the article offers to continue where the reader left off, and b goes there', async () => {
    const first = await readerTab('chromium-tab-remember-first');
    await first.press('3');
    await eventually(() => first.currentOutlineItems(), (items) => items[0] === SEED.sections[2]);
    await new Promise((resolve) => setTimeout(resolve, 800)); // the place is written once scrolling stops
    await first.page.close();

    const again = await readerTab('chromium-tab-remember-again');
    const offer = await eventually(
      () => again.page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=resume-offer]')?.innerText ?? ''),
      (text) => text !== '',
    );
    await again.screenshot('offer');
    expect(offer).toContain(`Continue where you left off: ${SEED.sections[2]}`);
    expect((await again.currentOutlineItems())[0]).not.toBe(SEED.sections[2]);
    await again.press('b');
    expect(await eventually(() => again.currentOutlineItems(), (items) => items[0] === SEED.sections[2])).toEqual([SEED.sections[2]]);
    expect(await again.page.$('[data-testid=resume-offer]'), 'the offer goes once used').toBeNull();
    await again.screenshot('resumed');
  });

  test('axe finds no violations: light and dark, help open, outline focused; and on the options page', async () => {
    const reader = await readerTab('chromium-tab-axe');
    for (const theme of ['light', 'dark']) {
      await setStoredSettings(reader.page, { theme });
      await eventually(() => reader.page.$eval('.reader', (el) => el.getAttribute('data-theme')), (t) => t === theme);
      expect(await axeViolations(reader.page), `${theme}: article`).toEqual([]);
      await reader.press('o');
      expect(await eventually(() => reader.page.evaluate(() => !!document.activeElement?.closest('nav')), (inNav) => inNav), 'o focuses the outline').toBe(true);
      expect(await axeViolations(reader.page), `${theme}: outline focused`).toEqual([]);
      await reader.press('?');
      expect(await eventually(() => reader.helpVisible(), (v) => v)).toBe(true);
      await reader.screenshot(`help-${theme}`);
      expect(await axeViolations(reader.page), `${theme}: help open`).toEqual([]);
      await reader.press('Escape');
    }
    const options = await session.browser.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('[data-testid=keymap-editor]');
    expect(await axeViolations(options), 'options page').toEqual([]);
    await setStoredSettings(reader.page, { theme: 'auto' });
  });

  test('the options page: line width applies at once in an open reader, a remapped key works and shows in the help, conflicts are refused', async () => {
    const reader = await readerTab('chromium-tab-options');
    const options = await session.browser.newPage();
    pages.push(options);
    await options.setViewport({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('[data-testid=keymap-editor]');

    await options.select('select[name=lineWidth]', 'narrow');
    await options.select('select[name=lineHeight]', 'loose');
    const applied = await eventually(
      () => reader.page.$eval('.reader', (el) => `${el.getAttribute('data-line-width')} ${el.getAttribute('data-line-height')}`),
      (value) => value === 'narrow loose',
    );
    expect(applied).toBe('narrow loose');

    // n as a second key for "next section", recorded as a person presses it.
    await options.click('tr[data-binding=nextSection] [data-testid=add-key]');
    await recorderFocused(options);
    await options.keyboard.press('n');
    await options.keyboard.press('Enter');
    await options.waitForSelector('tr[data-binding=nextSection] li kbd');
    expect(await options.$$eval('tr[data-binding=nextSection] li kbd', (els) => els.map((el) => el.textContent))).toEqual(['j', 'n']);

    // k already goes to the previous section.
    await options.click('tr[data-binding=nextSection] [data-testid=add-key]');
    await recorderFocused(options);
    await options.keyboard.press('k');
    await options.keyboard.press('Enter');
    const conflict = await options.waitForSelector('[data-testid=key-conflict]');
    expect(await conflict!.evaluate((el) => el.textContent)).toBe('k is already used for: Go to the previous section');
    await options.screenshot({ path: join(SCREENSHOTS_DIR, 'chromium-options-conflict.png') });

    await reader.page.bringToFront();
    await eventually(() => reader.page.evaluate(() => document.activeElement?.tagName), (tag) => !!tag);
    await reader.press('n');
    expect(await eventually(() => reader.currentOutlineItems(), (items) => items[0] === SEED.sections[0])).toEqual([SEED.sections[0]]);
    await reader.press('?');
    expect(await eventually(() => reader.helpVisible(), (v) => v)).toBe(true);
    const keys = await reader.page.$$eval('[data-command=nextSection] kbd', (els) => els.map((el) => el.textContent));
    expect(keys).toEqual(['j', 'n']);
    await reader.press('Escape');

    await options.bringToFront();
    await options.click('[data-testid=reset-keys]');
    await options.select('select[name=lineWidth]', 'medium');
    await options.select('select[name=lineHeight]', 'normal');
    await eventually(() => options.$$eval('tr[data-binding=nextSection] li kbd', (els) => els.length), (n) => n === 1);
  });

  test('r shows the removed blocks where they were, marked as removed; "Keep on this site" keeps a kind from the next read until the settings forget it', async () => {
    const removedBlocks = (reader: ReaderPage) =>
      reader.page.$$eval('[data-testid=removed-block]', (asides) =>
        asides.map((aside) => ({
          label: aside.querySelector('.removed-block__label')?.textContent ?? '',
          text: (aside as HTMLElement).innerText,
          // The text before it on the page: other removed blocks shown beside it do not count.
          before: (() => {
            let previous = aside.previousElementSibling;
            while (previous?.matches('[data-testid=removed-block]')) previous = previous.previousElementSibling;
            return (previous as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
          })(),
        })),
      );
    const reader = await readerTab('chromium-tab-removed-blocks');
    expect(await removedBlocks(reader)).toEqual([]);
    await reader.press('r');
    const shown = await eventually(() => removedBlocks(reader), (blocks) => blocks.length > 0);
    await reader.screenshot('removed-shown');
    const readAlso = shown.filter((block) => block.label === 'Removed: “read also” links');
    expect(readAlso.length, 'Baca Juga blocks shown').toBeGreaterThanOrEqual(2);
    expect(readAlso[0]!.text).toContain('Baca Juga');
    // Where it was on the page: right after the paragraph it followed there.
    expect(readAlso[0]!.before.endsWith('Australia dan Selandia Baru.'), `before the first: "${readAlso[0]!.before.slice(-60)}"`).toBe(true);
    // The blocks' own markup is the page's (icon links without names and the like); the reader's marking is checked.
    expect(await axeViolations(reader.page, ['.removed-block > :not(.removed-block__label)']), 'axe with the removed blocks shown').toEqual([]);
    await reader.press('r');
    expect(await eventually(() => removedBlocks(reader), (blocks) => blocks.length === 0)).toEqual([]);
    expect(await reader.visibleText()).not.toContain('Baca Juga');

    await reader.page.click('[data-testid=removal-summary] summary');
    await reader.page.click('[data-testid=removal-summary] li[data-kind=read-also] [data-testid=keep-kind]');
    expect(await reader.page.$eval('[data-testid=removal-summary] li[data-kind=read-also]', (el) => (el as HTMLElement).innerText)).toContain('Kept on this site from the next read');

    const again = await readerTab('chromium-tab-removed-kept');
    expect(await again.bodyText(), 'kept on this site: "Baca Juga" stays in the text').toContain('Baca Juga');
    expect(await again.page.$('[data-testid=removal-summary] li[data-kind=read-also]')).toBeNull();

    const options = await session.browser.newPage();
    pages.push(options);
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const site = await options.waitForSelector('[data-testid=kept-sites] li[data-site="127.0.0.1"]');
    expect(await site!.evaluate((el) => (el as HTMLElement).innerText)).toContain('“read also” links');
    await options.click('[data-testid=kept-sites] li[data-site="127.0.0.1"] button');
    await options.waitForSelector('[data-testid=kept-none]');

    const forgotten = await readerTab('chromium-tab-removed-forgotten');
    expect(await forgotten.bodyText(), 'forgotten: "Baca Juga" goes again').not.toContain('Baca Juga');
  });

  test('store screenshots at 1280×800: light and dark', async () => {
    mkdirSync(STORE_SHOTS, { recursive: true });
    const reader = await readerTab('chromium-store', { width: 1280, height: 800 });
    for (const theme of ['light', 'dark']) {
      await setStoredSettings(reader.page, { theme });
      await eventually(() => reader.page.$eval('.reader', (el) => el.getAttribute('data-theme')), (t) => t === theme);
      await reader.press('2');
      await new Promise((resolve) => setTimeout(resolve, 200));
      await reader.page.screenshot({ path: join(STORE_SHOTS, `reader-1280x800-${theme}.png`) });
      await reader.press('g', 'g');
    }
    await setStoredSettings(reader.page, { theme: 'auto' });
  });
});
