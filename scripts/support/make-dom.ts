/**
 * One happy-dom window per page, with everything that could run or fetch turned off. Always
 * `close()` it: an unclosed window keeps its whole DOM alive (about 3 MB a page), which adds up
 * over a 1,000-page batch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { applyParserWorkarounds } from './happy-dom-workarounds';

/**
 * Scripts, styles and iframes are off by default in happy-dom 21; saying so keeps older versions
 * safe too. Navigation is off so `<meta http-equiv="refresh">` pages (newspaper4k
 * ap_meta_refresh.html) stay on the saved document.
 */
export const HAPPY_DOM_SETTINGS = {
  disableJavaScriptEvaluation: true,
  disableJavaScriptFileLoading: true,
  disableCSSFileLoading: true,
  disableIframePageLoading: true,
  handleDisabledFileLoadingAsSuccess: true,
  navigation: {
    disableMainFrameNavigation: true,
    disableChildFrameNavigation: true,
    disableChildPageNavigation: true,
    disableFallbackToSetURL: true,
  },
};

export interface PageDom {
  document: Document;
  /** Ids of the parser workarounds that changed this page's source (see happy-dom-workarounds.ts). */
  workarounds: string[];
  close(): Promise<void>;
}

/**
 * Parses `html` into the window's own document, so `document.URL` is the page address and
 * `defaultView` works as it does on a live tab. `document.write` into a fresh window measured as
 * fast as `DOMParser` (about 35 ms for a readability test page) and is the live document, not a
 * detached one. The source first goes through the parser workarounds.
 */
export function parsePage(html: string, url: string): PageDom {
  const patched = applyParserWorkarounds(html);
  const window = new Window({ url, settings: HAPPY_DOM_SETTINGS });
  window.document.write(patched.html);
  return {
    document: window.document as unknown as Document,
    workarounds: patched.applied,
    close: () => window.happyDOM.close(),
  };
}

/** Parses article HTML (an extractor's output) into a detached container of `doc`. */
export function htmlToElement(doc: Document, html: string): Element {
  const container = doc.createElement('div');
  container.innerHTML = html;
  return container;
}

/** A page address for files parsed without `--url`: relative links resolve next to the file. */
export function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}

const require = createRequire(import.meta.url);

/** The installed version of a package (read from its package.json next to its entry point). */
export function installedVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (parsed.name === name) return parsed.version ?? 'unknown';
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

export const HAPPY_DOM_VERSION = installedVersion('happy-dom');
