import type { ReaderState } from './reader-state';

type CannotRead = Extract<ReaderState, { kind: 'cannot-read' }>;

/** Browsers never let an extension script these, whatever it asks for. */
const PRIVILEGED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const EXTENSION_STORES =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;
const SCRIPTING_REFUSED =
  /cannot access|cannot be scripted|cannot script|missing host permission|extensions gallery|no tab with id|permission|not allowed|privileged/i;

const BROWSER_PAGE: CannotRead = {
  kind: 'cannot-read',
  reason: 'Can’t read this page',
  hint: 'Browser pages, settings and other extensions’ pages can’t be opened in the reader.',
};
const STORE_PAGE: CannotRead = {
  kind: 'cannot-read',
  reason: 'Can’t read this page',
  hint: 'Browsers protect their extension stores: no extension may read them.',
};
const LOCAL_FILE: CannotRead = {
  kind: 'cannot-read',
  reason: 'Can’t read this page',
  hint: 'To read files from your computer, open the browser’s extensions page, choose this extension’s Details, and turn on “Allow access to file URLs”. Then reload the file.',
};
const REFUSED: CannotRead = {
  kind: 'cannot-read',
  reason: 'Can’t read this page',
  hint: 'The browser did not let the reader into this tab. Click the toolbar button on the page itself, or reload it and try again.',
};

/** Refuses before injecting when the address alone says the browser will not allow it. */
export function cannotReadUrl(url: string | undefined): CannotRead | null {
  if (!url) return null;
  if (PRIVILEGED_SCHEMES.test(url)) return BROWSER_PAGE;
  if (EXTENSION_STORES.test(url)) return STORE_PAGE;
  return null;
}

/** Turns a failed injection into what the user should know: a protected page, or a real error. */
export function explainInjectionFailure(url: string | undefined, message: string): ReaderState {
  const byUrl = cannotReadUrl(url);
  if (byUrl) return byUrl;
  if (/^file:/i.test(url ?? '') || /file:\/\//i.test(message)) return LOCAL_FILE;
  if (/gallery|webstore|addons\.mozilla/i.test(message)) return STORE_PAGE;
  // Without the `tabs` permission a browser page's address is hidden; Chrome names its scheme in the error.
  if (/\b(chrome|chrome-extension|edge|about|devtools|view-source|moz-extension|resource):/i.test(message)) return BROWSER_PAGE;
  if (SCRIPTING_REFUSED.test(message)) return REFUSED;
  return { kind: 'error', message };
}
