import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleView } from '../../lib/extract/article-types';
import { PAGE_REQUEST_KEY } from '../../lib/pagination/page-request';
import { readAllPages } from '../../lib/pagination/read-all-pages';
import { type ChromiumSession, launchChromium, openRealPopup } from './support/chromium';
import { FIXTURES_DIR } from './support/paths';

// Issue 9, the tab's side: a story split over three pages, served from 127.0.0.1, is read whole
// by the production build (activeTab only) through its injected scripts, as the popup will call
// them: /extract.js for page 1, then a request left in the isolated world and /read-page.js for
// each later page. The UI is not wired to it yet, so the test drives the injections itself from
// the real popup (an extension page holding the activeTab grant), and runs the pure loop
// (lib/pagination/read-all-pages.ts) in Node with that reader. Also: a story inside web components.

const STORY_PATH = '/berita/banjir-rendam-kota-lama';
const SHADOW_PATH = '/shadow/web-component-story';
const story = (n: number) => readFileSync(join(FIXTURES_DIR, `pagination/story-${n}.html`), 'utf8');
const SHADOW_STORY = readFileSync(join(FIXTURES_DIR, 'shadow-dom/web-component-story.html'), 'utf8');

interface StoryServer {
  origin: string;
  /** Request headers of every story page asked for, by page number. */
  requests: Map<number, IncomingHttpHeaders>;
  close(): Promise<void>;
}

/** The story's pages at `?page=N`, page 1 setting a session cookie as a paywalled site would. */
async function startStoryServer(): Promise<StoryServer> {
  const requests = new Map<number, IncomingHttpHeaders>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === STORY_PATH) {
      const page = Number(url.searchParams.get('page') ?? '1');
      requests.set(page, req.headers);
      if (![1, 2, 3].includes(page)) return void res.writeHead(404).end();
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
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

// Callbacks passed to page.evaluate() run inside extension pages, where Chromium exposes `chrome`.
declare const chrome: typeof browser;

let chromium: ChromiumSession;
let server: StoryServer;

beforeAll(async () => {
  [chromium, server] = await Promise.all([launchChromium(), startStoryServer()]);
  // stitchPages parses article HTML with DOMParser, which the popup has and Node lacks.
  globalThis.DOMParser ??= new Window().DOMParser as unknown as typeof DOMParser;
});

afterAll(async () => {
  await Promise.all([chromium?.close(), server?.close()]);
});

/** Opens `path` in a tab and clicks the toolbar button there: the popup now holds activeTab for it. */
async function openWithGrant(path: string): Promise<{ popup: Page; tabId: number }> {
  const tab = await chromium.browser.newPage();
  await tab.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return openRealPopup(chromium, tab);
}

async function extractInTab(popup: Page, tabId: number): Promise<ArticleView> {
  return popup.evaluate(async (tabId) => {
    const [answer] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    return answer?.result as ArticleView;
  }, tabId);
}

/** What utils/read-page-in-tab.ts does: leave the request in the isolated world, then inject /read-page.js. */
async function readPageInTab(popup: Page, tabId: number, url: string): Promise<ArticleView | { error: string }> {
  return popup.evaluate(
    async (tabId, key, url) => {
      await chrome.scripting.executeScript({
        target: { tabId },
        func: (key: string, request: unknown) => { (globalThis as Record<string, unknown>)[key] = request; },
        args: [key, { url, timeoutMs: 10_000 }],
      });
      const [answer] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
      return answer?.result as ArticleView | { error: string };
    },
    tabId,
    PAGE_REQUEST_KEY,
    url,
  );
}

function asView(answer: ArticleView | { error: string }): ArticleView {
  if ('error' in answer) throw new Error(answer.error);
  return answer;
}

describe('Chromium: stories split over pages', () => {
  test('page 1 names page 2; the tab reads pages 2 and 3 with its cookies; the pages stitch into the whole story', async () => {
    const { popup, tabId } = await openWithGrant(STORY_PATH);
    const first = await extractInTab(popup, tabId);
    expect(first.pageLinks).toEqual({ nextUrl: `${server.origin}${STORY_PATH}?page=2`, pageCount: 3 });

    const asked: string[] = [];
    const result = await readAllPages([first], {
      readPage: async (url) => (asked.push(url), asView(await readPageInTab(popup, tabId, url))),
    });
    expect(asked).toEqual([`${server.origin}${STORY_PATH}?page=2`, `${server.origin}${STORY_PATH}?page=3`]);
    expect(result.stop).toBe('complete');
    // Same origin, the page's cookies: the session set by page 1 went along.
    expect(server.requests.get(2)?.cookie).toBe('reader-session=abc123');
    expect(server.requests.get(3)?.cookie).toBe('reader-session=abc123');

    const { article } = result;
    expect(article.outline.map((item) => item.text)).toEqual(['Ratusan warga mengungsi', 'Penyebab banjir', 'Lalu lintas dan sekolah']);
    expect(article.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(article.html.split('Menurut warga setempat').length - 1).toBe(1);
    expect(article.html.split('banjir-kota-lama.jpg').length - 1).toBe(1);
    expect(article.html).toContain('Hingga Selasa sore');
    expect(article.removals).toHaveLength(3);
  });

  test('the tab refuses to read another origin', async () => {
    const { popup, tabId } = await openWithGrant(STORY_PATH);
    const answer = await readPageInTab(popup, tabId, `http://localhost:${new URL(server.origin).port}${STORY_PATH}?page=2`);
    expect(answer).toEqual({ error: expect.stringMatching(/Not on this site/) });
  });

  test('without a request, /read-page.js reads nothing', async () => {
    const { popup, tabId } = await openWithGrant(STORY_PATH);
    const answer = await popup.evaluate(async (tabId) => {
      const [result] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
      return result?.result;
    }, tabId);
    expect(answer).toEqual({ error: 'No page was asked for.' });
  });
});

describe('Chromium: stories inside web components', () => {
  test('open shadow roots are read in order, slots resolved; the closed one stays unread', async () => {
    const { popup, tabId } = await openWithGrant(SHADOW_PATH);
    const view = await extractInTab(popup, tabId);
    expect(view.looksLikeArticle).toBe(true);
    expect(view.title).toBe('Banjir Rendam Ratusan Rumah di Kota Lama');
    const text = view.html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const order = ['Hujan deras', 'Kepala Badan', 'Menurut warga', 'Pemerintah kota', 'Ahli hidrologi'].map((s) => text.indexOf(s));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(view.outline.map((item) => item.text)).toEqual(['Penyebab banjir']);
    expect(text).not.toContain('akar tertutup');
  });
});
