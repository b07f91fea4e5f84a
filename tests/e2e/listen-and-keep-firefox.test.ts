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

beforeAll(async () => {
  speech = await startSpeechServer();
  [firefox, server] = await Promise.all([launchFirefox({ env: speech.browserEnv }), startFixtureServer()]);
});

afterAll(async () => {
  await Promise.all([firefox?.close(), server?.close()]);
  await speech?.close();
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
});
