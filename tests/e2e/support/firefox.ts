import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import puppeteer, { type Browser, type Page, type PuppeteerLifeCycleEvent } from 'puppeteer-core';
import { FIREFOX_BUILD, FIREFOX_E2E_BUILD, FIREFOX_PATH } from './paths';
import { pollInPage } from './poll-in-page';

const NO_LIFECYCLE_WAIT = { waitUntil: [] as PuppeteerLifeCycleEvent[], timeout: 10_000 };

// Must match browser_specific_settings.gecko.id in wxt.config.ts.
const GECKO_ID = 'sectioned-reader@example.org';

export interface FirefoxSession {
  browser: Browser;
  /** Fixed moz-extension://<uuid>/ host, set through the extensions.webextensions.uuids pref. */
  uuid: string;
  close(): Promise<void>;
}

/**
 * Headless Firefox ESR over WebDriver BiDi with the test-only build (.output/e2e/firefox-mv3) installed as a
 * temporary add-on. Firefox has no equivalent of Extensions.triggerAction, so nothing can grant activeTab;
 * the test build's host permission for 127.0.0.1 stands in for it.
 */
export async function launchFirefox(options: { env?: Record<string, string>; prefs?: Record<string, unknown> } = {}): Promise<FirefoxSession> {
  assertE2eBuildMatchesProduction();
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // e.g. where its speech server is (support/speech-server.ts).
    env: { ...process.env, ...options.env },
    args: ['--remote-allow-system-access'], // else BiDi refuses to navigate to moz-extension:// pages
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // Hermetic: everything but localhost goes to a dead proxy (localhost is never proxied).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.share_proxy_settings': true,
      ...options.prefs,
    },
  });
  try {
    const id = await browser.installExtension(FIREFOX_E2E_BUILD);
    if (id !== GECKO_ID) throw new Error(`Installed ${id}, expected ${GECKO_ID}`);
  } catch (error) {
    await closeFirefox(browser);
    throw error;
  }
  return { browser, uuid, close: () => closeFirefox(browser) };
}

const CLOSE_TIMEOUT_MS = 15_000;

/** Firefox ESR 140 sometimes never answers BiDi's close (seen after read aloud): it is then killed. */
async function closeFirefox(browser: Browser): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), CLOSE_TIMEOUT_MS);
  });
  const outcome = await Promise.race([browser.close().then(() => 'closed' as const, () => 'closed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome === 'timed out') browser.process()?.kill('SIGKILL');
}

/**
 * Opens moz-extension://<uuid>/popup.html?tab=<id of articlePage's tab> in a new tab. The tab id is looked up
 * from inside an extension page (the host permission lets it see the fixture tab's URL).
 */
export async function openReaderTabFor(session: FirefoxSession, articlePage: Page): Promise<Page> {
  const base = `moz-extension://${session.uuid}/popup.html`;
  const reader = await session.browser.newPage();
  // moz-extension pages never fire the load event BiDi waits for, so navigate without a lifecycle wait (the
  // recipe's "waitUntil: commit"; puppeteer's type for it is an empty list) and poll the page instead.
  await reader.goto(base, NO_LIFECYCLE_WAIT).catch(() => {});
  await pollInPage(reader, () => typeof browser !== 'undefined' && !!browser.tabs, []);
  const articleUrl = articlePage.url();
  const tabId = await reader.evaluate(async (url) => {
    const tabs = await browser.tabs.query({});
    return tabs.find((t) => t.url === url)?.id ?? null;
  }, articleUrl);
  if (tabId === null) throw new Error(`No tab with ${articleUrl}`);
  await reader.goto(`${base}?tab=${tabId}`, NO_LIFECYCLE_WAIT).catch(() => {});
  return reader;
}

// The e2e build must be the production bundle plus a manifest change, never a stale or different bundle.
function assertE2eBuildMatchesProduction(): void {
  for (const dir of [FIREFOX_BUILD, FIREFOX_E2E_BUILD]) {
    if (!existsSync(join(dir, 'manifest.json'))) {
      throw new Error(`No build in ${dir}: run \`npm run build:e2e\` (it needs READER_E2E=1 wxt build -b firefox --mv3).`);
    }
  }
  const prod = bundleFiles(FIREFOX_BUILD);
  const e2e = bundleFiles(FIREFOX_E2E_BUILD);
  const differing = [...new Set([...prod.keys(), ...e2e.keys()])].filter((f) => !prod.get(f)?.equals(e2e.get(f) ?? Buffer.alloc(0)));
  if (differing.length > 0) {
    throw new Error(`${FIREFOX_E2E_BUILD} is stale or differs from ${FIREFOX_BUILD} in: ${differing.join(', ')}. Rebuild with npm run build:e2e.`);
  }
}

function bundleFiles(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name !== 'manifest.json') files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}
