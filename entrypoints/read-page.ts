import { extractArticle } from '@/lib/extract/extract-article';
import { takePageRequest } from '@/lib/pagination/page-request';
import { fetchSameOriginHtml, parseFetchedPage, readPage } from '@/lib/pagination/read-page';

// Reads a later page of a split story, inside the tab (see lib/pagination/page-request.ts for how
// the popup asks). Fetching from the tab, not the popup, is what needs no new permission: the
// request goes to the page's own origin, with the page's cookies, which the popup (no host
// permission) could not do; tests/e2e/pages-*.test.ts check the cookie goes along in Chromium and
// Firefox. Never throws: Chromium and Firefox report a rejected injection differently, so a
// failure comes back as `{ error }`.
export default defineUnlistedScript(async () => {
  const request = takePageRequest(globalThis);
  if (!request) return { error: 'No page was asked for.' };
  try {
    return await readPage(
      request.url,
      location.href,
      {
        fetchPage: (url, signal) => fetchSameOriginHtml((input, init) => fetch(input, init), url, location.origin, signal),
        parse: parseFetchedPage,
        extract: (doc, url) => extractArticle(doc, { url, keepRuleIds: request.keepRuleIds }),
      },
      AbortSignal.timeout(request.timeoutMs),
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
});
