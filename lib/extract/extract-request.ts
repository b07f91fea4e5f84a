/**
 * What the popup asks of /extract.js beyond reading the page: today, the clutter rules to keep on
 * this site. `executeScript({ files })` takes no arguments, so the popup leaves the request in the
 * extension's isolated world first (as for later pages, lib/pagination/page-request.ts); the page's
 * own scripts cannot see it.
 */
export const EXTRACT_REQUEST_KEY = 'sectionedReaderExtractRequest';

export interface ExtractRequest {
  keepRuleIds: string[];
}

const MAX_KEPT_RULES = 200;

/** Runs in the tab, serialised by executeScript: it may use nothing but its arguments. */
export function leaveExtractRequest(key: string, request: ExtractRequest): void {
  (globalThis as Record<string, unknown>)[key] = request;
}

/** Takes (and clears) the request; no request, or a malformed one, asks for nothing special. */
export function takeExtractRequest(scope: object): ExtractRequest {
  const holder = scope as Record<string, unknown>;
  const raw = holder[EXTRACT_REQUEST_KEY];
  delete holder[EXTRACT_REQUEST_KEY];
  const ids = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).keepRuleIds : undefined;
  return { keepRuleIds: Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_KEPT_RULES) : [] };
}
