/**
 * bench:speed in real Chromium (the Debian build the e2e tests use), with the production build
 * loaded as an extension:
 * - injected time: the built .output/chrome-mv3/extract.js vs Readability alone (bundled here with
 *   esbuild: `new Readability(document.cloneNode(true)).parse()`), each evaluated in a freshly
 *   loaded copy of the page and timed inside the page, so both include compiling the script;
 * - click to article shown: the real toolbar popup, from the click to the popup's
 *   `reader:article-shown` performance mark (entrypoints/popup/timing-marks.ts);
 * - the popup's JS heap once it shows an article.
 * Pages come from a local server with page scripts off and every other host unresolvable.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { launchChromium, openRealPopup, type ChromiumSession } from '../../tests/e2e/support/chromium';

export interface ServedPage {
  id: string;
  html: string;
}

export interface InjectedRun {
  ms: number;
  /** What came back: 'article', 'not-article', 'page-too-large', 'none'. */
  answer: string;
  words: number;
}

export interface ShownRun {
  /** Click (action triggered) to the article on screen, ms. */
  ms: number;
  state: string;
}

export interface ChromiumBench {
  session: ChromiumSession;
  /** Address of a served page. */
  url(id: string): string;
  injectOurs(id: string): Promise<InjectedRun>;
  injectBare(id: string): Promise<InjectedRun>;
  /**
   * As the inject calls, in a page of a new browser context: its own renderer, where neither script
   * has run before. That is a reader's first click on a site, and nothing the engine compiled for an
   * earlier page (code, regular expressions) is at hand.
   */
  injectCold(id: string, system: 'ours' | 'bare'): Promise<InjectedRun>;
  clickToShown(id: string, options?: { keepPopup?: boolean }): Promise<ShownRun & { popup?: Page; close(): Promise<void> }>;
  close(): Promise<void>;
}

const ARTICLE_SHOWN_MARK = 'reader:article-shown';
const ANSWER_SHOWN_MARK = 'reader:answer-shown';

export interface PageServer {
  /** The address of a served page, on the given host (127.0.0.1 unless another name maps there). */
  url(id: string, host?: string): string;
  close(): Promise<void>;
}

/** Serves each page at /<id>.html on 127.0.0.1, with page scripts off. */
export async function servePages(pages: ServedPage[]): Promise<PageServer> {
  const byPath = new Map(pages.map((page) => [`/${encodeURIComponent(page.id)}.html`, page.html]));
  const server = createServer((request, response) => {
    const html = byPath.get(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (html === undefined) return void response.writeHead(404).end();
    // Page scripts never run: timings are the extractors' alone, not the page's own work.
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (id, host = '127.0.0.1') => `http://${host}:${port}/${encodeURIComponent(id)}.html`,
    close: () => closeServer(server),
  };
}

export async function startChromiumBench(repoRoot: string, pages: ServedPage[]): Promise<ChromiumBench> {
  const server = await servePages(pages);
  const url = (id: string) => server.url(id);

  const session = await launchChromium({ extensionDir: join(repoRoot, '.output/chrome-mv3') });
  const ours = readFileSync(join(repoRoot, '.output/chrome-mv3/extract.js'), 'utf8');
  const bare = readabilityAlone(repoRoot);
  const tab = await session.browser.newPage();

  const inject = async (id: string, source: string, into: Page = tab): Promise<InjectedRun> => {
    await into.goto(url(id), { waitUntil: 'load', timeout: 120_000 });
    await firstFrameDrawn(into);
    // Inside the page: the source is a script whose last expression is its answer.
    const expression = `(() => { const started = performance.now(); const answer = (() => { ${source}\n; return extract; })();
      const ms = performance.now() - started;
      return { ms, answer: answer === null || answer === undefined ? 'none' : answer.kind ?? (answer.looksLikeArticle === false ? 'not-article' : 'article'),
        words: answer && typeof answer.wordCount === 'number' ? answer.wordCount : (answer && answer.textContent ? answer.textContent.split(/\\s+/).length : 0) }; })()`;
    return (await into.evaluate(expression)) as InjectedRun;
  };

  return {
    session,
    url,
    injectOurs: (id) => inject(id, ours),
    injectBare: (id) => inject(id, bare),
    injectCold: async (id, system) => {
      const context = await session.browser.createBrowserContext();
      try {
        return await inject(id, system === 'ours' ? ours : bare, await context.newPage());
      } finally {
        await context.close();
      }
    },
    clickToShown: async (id, { keepPopup = false } = {}) => {
      const page = await session.browser.newPage();
      await page.goto(url(id), { waitUntil: 'load', timeout: 120_000 });
      await firstFrameDrawn(page);
      const clicked = Date.now();
      const { popup } = await openRealPopup(session, page);
      const mark = await popup.waitForFunction(
        (names: string[]) => {
          const entry = performance.getEntriesByType('mark').find((m) => names.includes(m.name));
          return entry ? { name: entry.name, end: performance.timeOrigin + entry.startTime } : false;
        },
        { timeout: 180_000, polling: 20 },
        [ARTICLE_SHOWN_MARK, ANSWER_SHOWN_MARK],
      );
      const { name, end } = (await mark.jsonValue()) as { name: string; end: number };
      const state = name === ARTICLE_SHOWN_MARK ? 'article' : await popup.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-state') ?? '?');
      const close = async () => {
        await popup.close().catch(() => {});
        await page.close().catch(() => {});
      };
      if (!keepPopup) await close();
      return { ms: end - clicked, state, popup: keepPopup ? popup : undefined, close };
    },
    close: async () => {
      await session.close();
      await server.close();
    },
  };
}

/**
 * A reader clicks a page they can see: both extractors start once the page has drawn its first
 * frame after load, as they do in use, not while the browser still lays out a freshly loaded page.
 */
export async function firstFrameDrawn(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => setTimeout(drawn))));
}

/** The popup's JS heap (after a forced collection), in bytes. */
export async function jsHeapUsed(popup: Page): Promise<number> {
  const cdp = await popup.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** Readability alone, as a page script whose last expression is its answer, like extract.js. */
export function readabilityAlone(repoRoot: string): string {
  const result = buildSync({
    stdin: {
      contents: "import { Readability } from '@mozilla/readability'; globalThis.__readabilityAlone = () => new Readability(document.cloneNode(true)).parse();",
      resolveDir: repoRoot,
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
  });
  return `${result.outputFiles[0]!.text}\nvar extract = globalThis.__readabilityAlone();\nextract;`;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
