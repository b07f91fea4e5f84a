import type { ReaderState } from './reader-state';

type CannotRead = Extract<ReaderState, { kind: 'cannot-read' }>;

/** Browsers never let an extension script these, whatever it asks for. */
const PRIVILEGED_SCHEMES = /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const EXTENSION_STORES =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)(\/|$)/i;
const SCRIPTING_REFUSED =
  /cannot access|cannot be scripted|cannot script|missing host permission|extensions gallery|no tab with id|permission|not allowed|privileged/i;

// Why the page can't be read; the reader words each reason in the UI language.
const BROWSER_PAGE: CannotRead = { kind: 'cannot-read', reason: 'browserPage' };
const STORE_PAGE: CannotRead = { kind: 'cannot-read', reason: 'storePage' };
const LOCAL_FILE: CannotRead = { kind: 'cannot-read', reason: 'localFile' };
const REFUSED: CannotRead = { kind: 'cannot-read', reason: 'refused' };

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
