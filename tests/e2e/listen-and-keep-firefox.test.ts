import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type FirefoxSession, launchFirefox, openReaderTabFor } from './support/firefox';
import { eventually, ReaderPage } from './support/reader-page';
import { SEED } from './support/seed-flow';
import { type SpeechServer, startSpeechServer } from './support/speech-server';

let speech: SpeechServer;
let firefox: FirefoxSession;
let server: FixtureServer;
let downloads: string;

beforeAll(async () => {
  speech = await startSpeechServer();
  downloads = await mkdtemp(join(tmpdir(), 'reader-downloads-firefox-'));
  // Saved files go straight to a folder of the test's, as with a user who never asked where to save.
  const prefs = {
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
  };
  [firefox, server] = await Promise.all([launchFirefox({ env: speech.browserEnv, prefs }), startFixtureServer()]);
});

afterAll(async () => {
  await Promise.all([firefox?.close(), server?.close()]);
  await speech?.close();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

async function openSeedReader(shots: string): Promise<ReaderPage> {
  const article: Page = await firefox.browser.newPage();
  await article.goto(server.url(SEED.fixture), { waitUntil: 'load' });
  const reader = new ReaderPage(await openReaderTabFor(firefox, article), shots);
  expect(await reader.settledState()).toBe('article');
  await reader.page.bringToFront();
  return reader;
}

// Firefox reaches speech-dispatcher on its own (no flag), headless included.
describe('Firefox ESR: read aloud and copy', () => {
  test('l reads the Indonesian article in an Indonesian voice, l pauses, Esc stops', async () => {
    const reader = await openSeedReader('firefox-read-aloud');
    const { page } = reader;
    const view = () =>
      page.evaluate(() => ({
        highlighted: (document.querySelector('[data-testid=article-body] .is-speaking')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        speaking: speechSynthesis.speaking,
        status: document.querySelector('[data-testid=read-aloud-player]')?.getAttribute('data-status') ?? null,
        voiceLang: document.querySelector('[data-testid=player-voice-lang]')?.textContent ?? '',
      }));
    await reader.press('l');
    const speaking = await eventually(view, (v) => v.speaking && v.highlighted !== '', 15_000);
    expect(speaking.highlighted.startsWith(SEED.bodyStartsWith), `highlighted: ${speaking.highlighted}`).toBe(true);
    expect(speaking.status).toBe('speaking');
    expect(speaking.voiceLang).toMatch(/^id\b/);
    await reader.screenshot('speaking');

    await reader.press('l');
    expect((await eventually(view, (v) => v.status === 'paused')).status).toBe('paused');

    await reader.press('Escape');
    const stopped = await eventually(view, (v) => v.status === null && !v.speaking, 5_000);
    expect(stopped).toMatchObject({ status: null, speaking: false, highlighted: '' });
  });

  test('c copies the article as Markdown and says so', async () => {
    const reader = await openSeedReader('firefox-copy');
    await reader.press('c');
    const notice = await eventually(
      () => reader.page.evaluate(() => document.querySelector('[data-testid=reader-notice]')?.textContent ?? ''),
      (text) => text !== '',
      5_000,
    );
    expect(notice).toBe(`Copied “${SEED.title}” as Markdown`);
  });

  test('s saves the article as an HTML file named after the title', async () => {
    const reader = await openSeedReader('firefox-save');
    await reader.press('s');
    const name = `${SEED.title}.html`;
    const saved = await eventually(async () => existsSync(join(downloads, name)) && readFileSync(join(downloads, name), 'utf8').includes('</html>'), (done) => done, 10_000);
    expect(saved, `downloads: ${readdirSync(downloads).join(', ')}`).toBe(true);
    const html = readFileSync(join(downloads, name), 'utf8');
    expect(html).toContain(`<title>${SEED.title}</title>`);
    expect(html).not.toMatch(/<script/i);
  });
});
