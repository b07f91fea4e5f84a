import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium, openReaderTab, openRealPopup } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { axeViolations } from './support/layout-checks';
import { SCREENSHOTS_DIR } from './support/paths';
import { eventually, ReaderPage } from './support/reader-page';
import { SEED } from './support/seed-flow';

let chromium: ChromiumSession;
let server: FixtureServer;
const pages: Page[] = [];

// The browser's UI language as a user sets it: Chromium reads --lang, and the LANGUAGE variable on Linux.
beforeAll(async () => {
  [chromium, server] = await Promise.all([launchChromium({ lang: 'id' }), startFixtureServer()]);
});
afterAll(async () => {
  await Promise.all(pages.map((p) => p.close().catch(() => {})));
  await Promise.all([chromium?.close(), server?.close()]);
});

async function clickToolbarButton(url: string, prefix: string) {
  const article = await chromium.browser.newPage();
  pages.push(article);
  await article.goto(url, { waitUntil: 'load' });
  const { popup, tabId } = await openRealPopup(chromium, article);
  pages.push(popup);
  return { reader: new ReaderPage(popup, prefix), tabId };
}

const toolbarNames = (reader: ReaderPage) =>
  reader.page.$$eval('.reader__toolbar button:not(.keep-menu__item)', (buttons) => buttons.map((b) => b.getAttribute('aria-label')));

describe('Chromium in Indonesian (--lang=id)', () => {
  test('the popup speaks Indonesian: toolbar, position, reading time, removal summary, help', async () => {
    const { reader, tabId } = await clickToolbarButton(server.url(SEED.fixture), 'chromium-id-popup-seed');
    expect(await reader.settledState()).toBe('article');
    await reader.imagesInViewSettled();
    await reader.screenshot('opened');

    expect(await reader.page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await toolbarNames(reader)).toEqual([
      'Kerangka',
      'Perkecil teks',
      'Perbesar teks',
      'Pakai huruf sans-serif',
      'Tema: otomatis',
      'Bacakan',
      'Salin, simpan, dan cetak',
      'Buka di tab',
      'Pengaturan',
      'Pintasan keyboard',
    ]);
    expect(await reader.page.$$eval('.keep-menu__item', (items) => items.map((item) => item.textContent))).toEqual([
      'Salin sebagai Markdown',
      'Simpan sebagai HTML',
      'Simpan sebagai Markdown',
      'Cetak',
    ]);
    expect(await reader.page.$eval('[data-testid=reader-position]', (el) => el.textContent)).toMatch(/^3 bagian · sisa \d+ menit$/);
    expect(await reader.meta()).toMatch(/^IDN Times · 4 Mei 2023 · \d+ menit baca$/);
    expect(await reader.page.$eval('[data-testid=removal-summary] summary', (el) => el.textContent)).toMatch(/^\d+ blok pengganggu dihapus$/);
    expect(await reader.page.$eval('nav[data-testid=outline] h2', (el) => el.textContent)).toBe('Bagian');

    await reader.press('j');
    expect(
      await eventually(() => reader.page.$eval('[data-testid=section-announcement]', (el) => el.textContent ?? ''), (text) => text !== ''),
    ).toBe(`Bagian 1 dari 3: ${SEED.sections[0]}`);

    await reader.press('?');
    expect(await eventually(() => reader.helpVisible(), (v) => v)).toBe(true);
    await reader.screenshot('help');
    const help = await reader.page.$eval('[data-testid=key-help]', (el) => (el as HTMLElement).innerText);
    expect(help).toContain('Pintasan keyboard');
    expect(help).toContain('Ke bagian berikutnya');
    expect(help).toContain('Tampilkan atau sembunyikan kerangka');
    expect(await axeViolations(reader.page), 'axe, Indonesian popup with help open').toEqual([]);
    await reader.press('Escape');

    // Store screenshot of the Indonesian UI, in a 1280×800 tab.
    const tab = await openReaderTab(chromium, tabId);
    pages.push(tab);
    await tab.setViewport({ width: 1280, height: 800 });
    const inTab = new ReaderPage(tab, 'chromium-id-tab-seed');
    expect(await inTab.settledState()).toBe('article');
    await inTab.imagesInViewSettled();
    await inTab.press('2');
    await new Promise((resolve) => setTimeout(resolve, 200));
    mkdirSync(join(SCREENSHOTS_DIR, 'store'), { recursive: true });
    await tab.screenshot({ path: join(SCREENSHOTS_DIR, 'store', 'reader-1280x800-indonesian.png') });
  });

  test('a 2015 suara.com page: its date, written "19 Jun 2015 | 13:06", is shown in Indonesian', async () => {
    const { reader } = await clickToolbarButton(server.url('corpus/indonesian/slasherrb-2015/suara.html'), 'chromium-id-popup-suara-2015');
    expect(await reader.settledState()).toBe('article');
    await reader.screenshot('opened');
    expect(await reader.meta()).toMatch(/^suara\.com · 19 Juni 2015 · \d+ menit baca$/);
  });

  test('a 2015 liputan6 page: the site named as author in its meta tags is no byline, the lead photo shows once', async () => {
    const { reader } = await clickToolbarButton(server.url('corpus/indonesian/slasherrb-2015/liputan6.html'), 'chromium-id-popup-liputan6-2015');
    expect(await reader.settledState()).toBe('article');
    await reader.screenshot('opened');
    expect(await reader.page.$('[data-testid=article-byline]'), 'a byline line').toBeNull();
    expect(await reader.meta()).toMatch(/^liputan6\.com · 1[78] Juni 2015 · \d+ menit baca$/);
    // The lead photo once, though the page holds it at two sizes.
    const leadCaptions = (await reader.figcaptions()).filter((caption) => caption.startsWith('Wapres Jusuf Kalla didampingi'));
    expect(leadCaptions).toHaveLength(1);
  });

  test('a page that writes its update time and reading time into the byline: the byline names the writer alone', async () => {
    const { reader } = await clickToolbarButton(server.url('byline-with-date.html'), 'chromium-id-popup-byline-with-date');
    expect(await reader.settledState()).toBe('article');
    await reader.screenshot('opened');
    expect(await reader.byline()).toBe('Rina Kusuma');
    expect(await reader.meta()).toMatch(/^Kabar Sungai · 10 Desember 2022 · \d+ menit baca$/);
  });

  test('the states speak Indonesian: not an article, and a page it cannot read', async () => {
    const { reader } = await clickToolbarButton(server.url('not-an-article.html'), 'chromium-id-popup-not-article');
    expect(await reader.settledState()).toBe('not-article');
    await reader.screenshot('opened');
    expect(await reader.visibleText()).toContain('Halaman ini tampaknya bukan artikel');
    expect(await reader.buttonLabels()).toContain('Tetap tampilkan');
    await reader.clickButton('Tetap tampilkan');
    expect(await reader.settledState()).toBe('article');

    const { reader: browserPage } = await clickToolbarButton('chrome://version', 'chromium-id-popup-chrome-version');
    expect(await browserPage.settledState()).toBe('cannot-read');
    await browserPage.screenshot('opened');
    expect(await browserPage.visibleText()).toContain('Halaman ini tidak bisa dibaca');
    expect(await browserPage.visibleText()).toContain('Halaman peramban, pengaturan, dan halaman ekstensi lain');
  });
});
