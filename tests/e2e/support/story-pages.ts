import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import type { ArticleView } from '../../../lib/extract/article-types';
import { PAGE_REQUEST_KEY } from '../../../lib/pagination/page-request';
import { readAllPages } from '../../../lib/pagination/read-all-pages';
import { FIXTURES_DIR } from './paths';
import { pollInPage } from './poll-in-page';

// Issue 9 in the browser, the tab's side: the injected scripts called as the popup will call them.
// /extract.js reads page 1; for each later page, a request is left in the isolated world and
// /read-page.js reads it (what utils/read-page-in-tab.ts does). Shared by Chromium and Firefox.

export const STORY_PATH = '/berita/banjir-rendam-kota-lama';
export const SHADOW_PATH = '/shadow/web-component-story';
const story = (n: number) => readFileSync(join(FIXTURES_DIR, `pagination/story-${n}.html`), 'utf8');
const SHADOW_STORY = readFileSync(join(FIXTURES_DIR, 'shadow-dom/web-component-story.html'), 'utf8');

export interface StoryServer {
  origin: string;
  /** Request headers of every story page asked for, by page number. */
  requests: Map<number, IncomingHttpHeaders>;
  /** Page numbers the server answers with 503 for now, as an overloaded site does. */
  failing: Set<number>;
  close(): Promise<void>;
}

/** The story's pages at `?page=N`, page 1 setting a session cookie as a paywalled site would. */
export async function startStoryServer(): Promise<StoryServer> {
  const requests = new Map<number, IncomingHttpHeaders>();
  const failing = new Set<number>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === STORY_PATH) {
      const page = Number(url.searchParams.get('page') ?? '1');
      requests.set(page, req.headers);
      if (![1, 2, 3].includes(page)) return void res.writeHead(404).end();
      if (failing.has(page)) return void res.writeHead(503).end();
      const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (page === 1) headers['set-cookie'] = 'reader-session=abc123; Path=/; SameSite=Lax';
      return void res.writeHead(200, headers).end(story(page));
    }
    if (url.pathname === SHADOW_PATH) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SHADOW_STORY);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    failing,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}


/**
 * Waits until the reader in `readerPage` has shown the story and finished reading its later pages
 * itself. Tests that then drive the tab's scripts directly must not race the reader's own requests.
 */
export async function waitForReaderToFinish(readerPage: Page): Promise<void> {
  await pollInPage(
    readerPage,
    () => {
      const state = document.querySelector('.reader')?.getAttribute('data-state');
      if (!state || state === 'loading') return false;
      const status = document.querySelector('[data-testid=story-progress]')?.getAttribute('data-status');
      return !status || status !== 'reading';
    },
    [],
    { polling: 100, timeout: 15_000 },
  );
}

/** The page breaks the reader shows ("Page 2 of 3"), once it has read the story's later pages. */
export async function readerPageBreaks(readerPage: Page): Promise<string[]> {
  await waitForReaderToFinish(readerPage);
  return readerPage.$$eval('[data-testid=page-break]', (els) => els.map((el) => (el.textContent ?? '').trim()));
}

// Callbacks passed to page.evaluate() run inside extension pages: Firefox exposes `browser`, Chromium `chrome`.
declare const chrome: typeof browser;

/** Runs /extract.js in the tab, from an extension page allowed to script it. */
export async function extractInTab(extensionPage: Page, tabId: number): Promise<ArticleView> {
  return extensionPage.evaluate(async (tabId) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const [answer] = await api.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return answer?.result as ArticleView;
  }, tabId);
}

/** What utils/read-page-in-tab.ts does: leave the request in the isolated world, then inject /read-page.js. */
export async function readPageInTab(extensionPage: Page, tabId: number, url: string): Promise<ArticleView | { error: string }> {
  return extensionPage.evaluate(
    async (tabId, key, url) => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      await api.scripting.executeScript({
        target: { tabId },
        func: (key: string, request: unknown) => { (globalThis as Record<string, unknown>)[key] = request; },
        args: [key, { url, timeoutMs: 10_000 }],
      });
      const [answer] = await api.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
      return answer?.result as ArticleView | { error: string };
    },
    tabId,
    PAGE_REQUEST_KEY,
    url,
  );
}

/** /read-page.js with no request left for it. */
export async function readPageWithoutRequest(extensionPage: Page, tabId: number): Promise<unknown> {
  return extensionPage.evaluate(async (tabId) => {
    const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
    const [answer] = await api.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
    return answer?.result;
  }, tabId);
}

export function asView(answer: ArticleView | { error: string }): ArticleView {
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

/** Article HTML as text, for order checks. */
export function plainText(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** Reads the three-page story from page 1 in the tab, with the pure loop in Node, and checks the whole story. */
export async function expectWholeStoryRead(extensionPage: Page, tabId: number, server: StoryServer): Promise<void> {
  // stitchPages parses article HTML with DOMParser, which extension pages have and Node lacks.
  globalThis.DOMParser ??= new Window().DOMParser as unknown as typeof DOMParser;
  const first = await extractInTab(extensionPage, tabId);
  expect(first.pageLinks).toEqual({ nextUrl: `${server.origin}${STORY_PATH}?page=2`, pageCount: 3 });

  const asked: string[] = [];
  const result = await readAllPages([first], {
    readPage: async (url) => (asked.push(url), asView(await readPageInTab(extensionPage, tabId, url))),
  });
  expect(asked).toEqual([`${server.origin}${STORY_PATH}?page=2`, `${server.origin}${STORY_PATH}?page=3`]);
  expect(result.stop).toBe('complete');
  // Same origin, with the page's cookies: the session page 1 set went along.
  expect(server.requests.get(2)?.cookie).toBe('reader-session=abc123');
  expect(server.requests.get(3)?.cookie).toBe('reader-session=abc123');

  const { article } = result;
  expect(article.outline.map((item) => item.text)).toEqual(['Ratusan warga mengungsi', 'Penyebab banjir', 'Lalu lintas dan sekolah']);
  expect(article.pages.map((page) => page.page)).toEqual([1, 2, 3]);
  expect(article.html.split('Menurut warga setempat').length - 1).toBe(1);
  expect(article.html.split('banjir-kota-lama.jpg').length - 1).toBe(1);
  expect(article.html).toContain('Hingga Selasa sore');
  expect(article.removals).toHaveLength(3);
}

/** The web-component story: open roots read in order with slots resolved, the closed one left out. */
export async function expectShadowStoryRead(extensionPage: Page, tabId: number): Promise<void> {
  const view = await extractInTab(extensionPage, tabId);
  expect(view.looksLikeArticle).toBe(true);
  expect(view.title).toBe('Banjir Rendam Ratusan Rumah di Kota Lama');
  const text = plainText(view.html);
  const order = ['Hujan deras', 'Kepala Badan', 'Menurut warga', 'Pemerintah kota', 'Ahli hidrologi'].map((s) => text.indexOf(s));
  expect(order.every((position) => position >= 0)).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(view.outline.map((item) => item.text)).toEqual(['Penyebab banjir']);
  expect(text).not.toContain('akar tertutup');
}

/** Refusals: another origin, and an injection with no request. */
export async function expectRefusals(extensionPage: Page, tabId: number, server: StoryServer): Promise<void> {
  const otherOrigin = `http://localhost:${new URL(server.origin).port}${STORY_PATH}?page=2`;
  expect(await readPageInTab(extensionPage, tabId, otherOrigin)).toEqual({ error: expect.stringMatching(/Not on this site/) });
  expect(await readPageWithoutRequest(extensionPage, tabId)).toEqual({ error: 'No page was asked for.' });
}
