/**
 * How the popup asks the tab for a later page. `executeScript({ files })` takes no arguments, so
 * the popup first leaves the request in the extension's isolated world with
 * `executeScript({ func: leavePageRequest, args: [PAGE_REQUEST_KEY, request] })`, then injects
 * /read-page.js, which takes it. Both injections run in the same isolated world (Chromium's
 * ISOLATED world, Firefox's content-script sandbox), which the page's own scripts cannot see.
 */
import { EXTRACT_REQUEST_KEY, takeExtractRequest } from '../extract/extract-request';

export const PAGE_REQUEST_KEY = 'sectionedReaderPageRequest';

export interface PageRequest {
  /** A later page of the story open in the tab; same origin as the tab, or refused. */
  url: string;
  /** How long the tab may spend on this page before giving up. */
  timeoutMs: number;
  /** Clutter rules kept on this site, as for page 1 (lib/extract/extract-request.ts). */
  keepRuleIds?: string[];
}

/** What /read-page.js answers when it cannot read the page (an ArticleView otherwise). */
export interface PageReadError {
  error: string;
}

const MAX_TIMEOUT_MS = 10_000;

/**
 * Runs in the tab, serialised by executeScript: it may use nothing but its arguments.
 */
export function leavePageRequest(key: string, request: PageRequest): void {
  (globalThis as Record<string, unknown>)[key] = request;
}

/** Takes (and clears, so a later injection never reuses it) the request the popup left. */
export function takePageRequest(scope: object): PageRequest | null {
  const holder = scope as Record<string, unknown>;
  const raw = holder[PAGE_REQUEST_KEY];
  delete holder[PAGE_REQUEST_KEY];
  if (typeof raw !== 'object' || raw === null) return null;
  const { url, timeoutMs } = raw as Record<string, unknown>;
  if (typeof url !== 'string') return null;
  const timeout = typeof timeoutMs === 'number' && timeoutMs > 0 ? Math.min(timeoutMs, MAX_TIMEOUT_MS) : MAX_TIMEOUT_MS;
  const { keepRuleIds } = takeExtractRequest({ [EXTRACT_REQUEST_KEY]: raw });
  return { url, timeoutMs: timeout, keepRuleIds };
}

export function isPageReadError(value: unknown): value is PageReadError {
  return typeof value === 'object' && value !== null && typeof (value as PageReadError).error === 'string';
}
