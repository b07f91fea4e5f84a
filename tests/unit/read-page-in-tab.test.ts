import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { PAGE_REQUEST_KEY, takePageRequest } from '../../lib/pagination/page-request';
import { readPageInTab } from '../../utils/read-page-in-tab';

const STORY = 'https://berita.example.id/nasional/banjir';
const view = {
  title: 'T', byline: '', siteName: '', publishedTime: '', lang: 'id', dir: 'ltr', excerpt: '', standfirst: '',
  html: '<p>Halaman dua.</p>', outline: [], wordCount: 2, readingMinutes: 1, url: `${STORY}?page=2`,
  looksLikeArticle: true, removals: [],
};

/** Plays the tab: runs the func injection here (as the isolated world would), answers the file injection. */
function fakeTab(answer: unknown) {
  const calls: Record<string, unknown>[] = [];
  const executeScript = vi.fn(async (injection: Record<string, unknown>) => {
    calls.push(injection);
    if (typeof injection.func === 'function') {
      (injection.func as (...args: unknown[]) => void)(...(injection.args as unknown[]));
      return [{ result: undefined }];
    }
    return [{ result: answer }];
  });
  // fakeBrowser has no scripting namespace: provide the one call the helper makes.
  Object.assign(browser, { scripting: { executeScript } });
  return calls;
}

describe('readPageInTab', () => {
  it('leaves the request in the isolated world, then injects /read-page.js into the same tab', async () => {
    const calls = fakeTab({ ...view, pageLinks: { nextUrl: `${STORY}?page=3`, pageCount: 3 } });
    const page = await readPageInTab(7, `${STORY}?page=2`, 4_000);
    expect(calls.map((call) => call.target)).toEqual([{ tabId: 7 }, { tabId: 7 }]);
    expect(calls[0]?.args).toEqual([PAGE_REQUEST_KEY, { url: `${STORY}?page=2`, timeoutMs: 4_000, keepRuleIds: [] }]);
    expect(calls[1]?.files).toEqual(['/read-page.js']);
    // What /read-page.js would find waiting for it.
    expect(takePageRequest(globalThis)).toEqual({ url: `${STORY}?page=2`, timeoutMs: 4_000, keepRuleIds: [] });
    expect(page.pageLinks).toEqual({ nextUrl: `${STORY}?page=3`, pageCount: 3 });
  });

  it('validates the answer like page 1\'s, links to other sites dropped', async () => {
    fakeTab({ ...view, pageLinks: { nextUrl: 'https://evil.example/x?page=3' } });
    expect((await readPageInTab(7, `${STORY}?page=2`)).pageLinks).toBeUndefined();
  });

  it('turns the tab\'s { error } and a malformed answer into errors for Retry', async () => {
    fakeTab({ error: 'The site answered 503 for …' });
    await expect(readPageInTab(7, `${STORY}?page=2`)).rejects.toThrow('The site answered 503');
    fakeTab('<html>');
    await expect(readPageInTab(7, `${STORY}?page=2`)).rejects.toThrow(/no readable answer/);
  });
});
