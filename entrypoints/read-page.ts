import { extractArticle } from '@/lib/extract/extract-article';
import { takePageRequest } from '@/lib/pagination/page-request';
import { fetchSameOriginHtml, parseFetchedPage, readPage } from '@/lib/pagination/read-page';

// Reads a later page of a split story, inside the tab (see lib/pagination/page-request.ts for how
// the popup asks). Fetching from the tab, not the popup, is what needs no new permission: the
// request goes to the page's own origin with the page's cookies, as the page's own scripts would
// make it (in Firefox MV3 too, content-script requests are the page's). The popup itself has no
// host permission and no cookies for the site. Never throws: Chromium and Firefox report a
// rejected injection differently, so a failure comes back as `{ error }`.
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
        extract: (doc, url) => extractArticle(doc, { url }),
      },
      AbortSignal.timeout(request.timeoutMs),
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
});
