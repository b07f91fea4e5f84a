import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { CHROME_BUILD, CHROMIUM_PATH } from './paths';

// Flags verified in /work/shared/design/e2e-recipe.md, plus one to keep runs hermetic.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  // The saved IDN Times page still points at ad and analytics hosts: only the fixture server resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface ChromiumOptions {
  extensionDir?: string;
  /**
   * The browser window, which also bounds the toolbar popup: Chromium squeezes the popup into a narrow
   * window. Defaults to a desktop-sized 1280×900.
   */
  windowSize?: { width: number; height: number };
  /** UI language, given as a user gives it: --lang plus the LANGUAGE variable (e2e-recipe.md). */
  lang?: string;
  /** More command-line flags, e.g. `--enable-speech-dispatcher`. */
  args?: string[];
  /** More environment for the browser, e.g. where its speech server is (support/speech-server.ts). */
  env?: Record<string, string>;
}

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export interface RealPopup {
  /** The toolbar popup itself, at its natural size. */
  popup: Page;
  /** Id of the tab the popup was opened for (now holding the activeTab grant). */
  tabId: number;
}

/** Headless Debian Chromium with the production build (.output/chrome-mv3) loaded, in a throwaway profile. */
export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumSession> {
  const { extensionDir = CHROME_BUILD, windowSize = { width: 1280, height: 900 }, lang, args = [], env = {} } = options;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No extension build in ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'reader-e2e-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      pipe: true, // enableExtensions with paths needs the pipe transport
      enableExtensions: [extensionDir],
      userDataDir,
      // Keep real sizes: the toolbar popup sizes itself from its content, as it does for users.
      defaultViewport: null,
      args: [
        ...CHROMIUM_ARGS,
        `--window-size=${windowSize.width},${windowSize.height}`,
        ...(lang ? [`--lang=${lang}`] : []),
        ...args,
      ],
      env: { ...process.env, ...(lang ? { LANGUAGE: lang, LANG: `${lang}.UTF-8` } : {}), ...env },
    });
    const extensionId = await waitForExtension(browser, extensionDir);
    return {
      browser,
      extensionId,
      close: async () => {
        await browser.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

// puppeteer-core 24.43 starts Extensions.loadUnpacked without awaiting it, so poll until it is there.
async function waitForExtension(browser: Browser, dir: string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const extension of (await browser.extensions()).values()) {
      if (extension.path.replace(/\/$/, '') === dir.replace(/\/$/, '')) return extension.id;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Extension from ${dir} did not load within ${timeoutMs} ms`);
}

/**
 * Clicks the toolbar button for `page` (CDP Extensions.triggerAction): this opens the real popup and grants
 * activeTab for that tab, exactly as a user's click does.
 */
export async function openRealPopup(session: ChromiumSession, page: Page): Promise<RealPopup> {
  const { browser, extensionId } = session;
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const before = new Set<Target>(browser.targets());
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`Extension ${extensionId} is not installed`);

  await page.bringToFront();
  const opened = browser.waitForTarget((t) => t.url() === popupUrl && !before.has(t), { timeout: 10_000 });
  await extension.triggerAction(page);
  const popup = await (await opened).asPage();
  const tabId = await activeTabId(popup);
  return { popup, tabId };
}

/** The active tab of the popup's window, asked from inside the extension (no `tabs` permission needed for ids). */
export async function activeTabId(extensionPage: Page): Promise<number> {
  await extensionPage.waitForFunction(() => typeof chrome !== 'undefined' && !!chrome.tabs, { polling: 50 });
  const id = await extensionPage.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('The popup found no active tab');
  return id;
}

/** Opens the reader for `tabId` as an ordinary tab: chrome-extension://<id>/popup.html?tab=<tabId>. */
export async function openReaderTab(session: ChromiumSession, tabId: number): Promise<Page> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  await page.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return page;
}
