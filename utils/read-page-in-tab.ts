import { browser } from 'wxt/browser';
import type { ArticleView } from '@/lib/extract/article-types';
import { isPageReadError, leavePageRequest, PAGE_REQUEST_KEY, type PageRequest } from '@/lib/pagination/page-request';
import { READ_BUDGET_MS, type PageReader } from '@/lib/pagination/read-all-pages';
import { validateArticle } from '@/lib/reader/validate-article';

/**
 * Asks the tab for a later page of its story (see lib/pagination/page-request.ts): leave the
 * request in the isolated world, then inject /read-page.js, which fetches, parses and extracts it
 * there. Two injections under the same activeTab grant; no new permission. The answer crosses a
 * trust boundary like page 1's, so it is validated the same way.
 */
export async function readPageInTab(
  tabId: number,
  url: string,
  timeoutMs = READ_BUDGET_MS,
  keepRuleIds: string[] = [],
): Promise<ArticleView> {
  const request: PageRequest = { url, timeoutMs, keepRuleIds };
  await browser.scripting.executeScript({ target: { tabId }, func: leavePageRequest, args: [PAGE_REQUEST_KEY, request] });
  const [answer] = await browser.scripting.executeScript({ target: { tabId }, files: ['/read-page.js'] });
  if (isPageReadError(answer?.result)) throw new Error(answer.result.error);
  const view = validateArticle(answer?.result);
  if (!view) throw new Error('The page gave no readable answer.');
  return view;
}

/** The reader `readAllPages` needs, for the story open in `tabId`, keeping what page 1 kept. */
export function tabPageReader(tabId: number, keepRuleIds: string[] = []): PageReader {
  return (url) => readPageInTab(tabId, url, READ_BUDGET_MS, keepRuleIds);
}
