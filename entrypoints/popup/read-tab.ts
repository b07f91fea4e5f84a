import { browser } from 'wxt/browser';
import { t } from '@/components/messages';
import { EXTRACT_REQUEST_KEY, leaveExtractRequest } from '@/lib/extract/extract-request';
import { keptOn, type KeptRules } from '@/lib/reader/kept-rules';
import { loadKeptRules } from '@/utils/kept-rules-storage';
import { cannotReadUrl, explainInjectionFailure } from '@/lib/reader/page-access';
import { pageTooLargeState } from '@/lib/reader/page-too-large';
import { stateForArticle, type ReaderState } from '@/lib/reader/reader-state';
import { validateArticle } from '@/lib/reader/validate-article';

/**
 * A page stuck in alert() or a busy loop never answers; the reader offers Retry instead of spinning.
 * Long enough for the largest page the reader accepts (500,000 elements) on a slow machine.
 */
export const EXTRACTION_TIMEOUT_MS = 30_000;

/** The tab to read; its address when the browser gave it with the tab (the toolbar's active tab). */
export interface TargetTab {
  id: number;
  url?: string;
}

/** `popup.html?tab=<id>` reads that tab (the reader opened in a tab, and tests); else the active tab. */
export async function resolveTab(search: string): Promise<TargetTab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return { id: requested };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/**
 * Reads the tab's article, keeping the clutter rules the reader chose to keep on its site. The
 * tab's address is asked only when it did not come with the tab: each ask is a round trip.
 */
export async function readTab(tab: TargetTab | undefined, keptRules: Promise<KeptRules> = loadKeptRules()): Promise<ReaderState> {
  if (tab === undefined) return { kind: 'error', message: t('errorNoTab') };
  const tabId = tab.id;
  const [url, kept] = await Promise.all([
    tab.url ?? browser.tabs.get(tabId).then((found) => found.url, () => undefined),
    keptRules.catch(() => ({})),
  ]);
  const refused = cannotReadUrl(url);
  if (refused) return refused;
  try {
    const keepRuleIds = [...keptOn(kept, url ?? '')];
    // The request costs a round trip into the tab: only a site with kept rules needs one.
    const leaveRequest = keepRuleIds.length > 0
      ? browser.scripting.executeScript({ target: { tabId }, func: leaveExtractRequest, args: [EXTRACT_REQUEST_KEY, { keepRuleIds }] })
      : Promise.resolve();
    const [first] = await withTimeout(
      leaveRequest.then(() => browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] })),
      EXTRACTION_TIMEOUT_MS,
    );
    const tooLarge = pageTooLargeState(first?.result);
    if (tooLarge) return tooLarge;
    const article = validateArticle(first?.result);
    if (!article) return { kind: 'error', message: t('errorNoAnswer') };
    return stateForArticle(article);
  } catch (error) {
    return explainInjectionFailure(url, error instanceof Error ? error.message : String(error));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(t('errorTimeout', String(ms / 1000)))),
      ms,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}
