import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleView } from '../../lib/extract/article-types';
import { extractArticle } from '../../lib/extract/extract-article';
import { readAllPages, type Clock, type ReadingStep } from '../../lib/pagination/read-all-pages';
import { fetchSameOriginHtml, parseFetchedPage, readPage, type PageSource } from '../../lib/pagination/read-page';
import { FIXTURES_DIR } from './support/page-document';

const STORY = 'https://berita.example.id/nasional/banjir-rendam-kota-lama';
const story = (n: number) => readFileSync(resolve(FIXTURES_DIR, `pagination/story-${n}.html`), 'utf8');
const STORY_PAGES: Record<string, string> = { [STORY]: story(1), [`${STORY}?page=2`]: story(2), [`${STORY}?page=3`]: story(3) };

/** A clock that moves only when told to, firing the timers that fall due. */
function fakeClock(): Clock & { advance(ms: number): void } {
  let now = 0;
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => now,
    after(ms, callback) {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return () => { timers = timers.filter((t) => t !== timer); };
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((t) => t.at <= now);
      timers = timers.filter((t) => t.at > now);
      for (const t of due) t.callback();
    },
  };
}

/** The injected script's reading, with fetch answered from a table of pages. */
function sourceFor(pages: Record<string, string>, onFetch: (url: string, signal: AbortSignal) => Promise<void> | void = () => {}) {
  const fetched: string[] = [];
  const source: PageSource = {
    async fetchPage(url, signal) {
      fetched.push(url);
      await onFetch(url, signal);
      const html = pages[url];
      if (html === undefined) throw new Error(`The site answered 404 for ${url}`);
      return html;
    },
    parse: parseFetchedPage,
    extract: (doc, url) => extractArticle(doc, { url }),
  };
  return { source, fetched };
}

async function firstPage(pages: Record<string, string>, url = STORY): Promise<ArticleView> {
  const { source } = sourceFor(pages);
  return readPage(url, url, source, new AbortController().signal);
}

function reader(source: PageSource, from = STORY) {
  return (url: string, signal: AbortSignal) => readPage(url, from, source, signal);
}

/** An endless story: every page links to the next, with text of its own. */
function endlessStory(pages: number): Record<string, string> {
  const table: Record<string, string> = {};
  for (let n = 1; n <= pages; n += 1) {
    const url = n === 1 ? STORY : `${STORY}?page=${n}`;
    const paragraphs = [1, 2, 3, 4].map((k) => `<p>Bagian ${n}.${k}: warga di kawasan nomor ${n * 10 + k} masih menunggu bantuan air bersih, selimut dan makanan siap saji dari posko terdekat, sementara petugas gabungan mendata rumah yang rusak dan jalan yang tertutup lumpur sejak Senin pagi.</p>`).join('');
    table[url] = `<html lang="id"><head><title>Cerita panjang</title></head><body><article><h1>Cerita panjang</h1>${paragraphs}<a href="?page=${n + 1}">Selanjutnya</a></article></body></html>`;
  }
  return table;
}

describe('readAllPages', () => {
  it('reads the three-page story page by page, reporting progress', async () => {
    const first = await firstPage(STORY_PAGES);
    const { source, fetched } = sourceFor(STORY_PAGES);
    const steps: ReadingStep[] = [];
    const onRead = vi.fn();
    const result = await readAllPages([first], { readPage: reader(source), onReading: (s) => steps.push(s), onRead });
    expect(result.stop).toBe('complete');
    expect(fetched).toEqual([`${STORY}?page=2`, `${STORY}?page=3`]);
    expect(steps).toEqual([
      { page: 2, pageCount: 3, url: `${STORY}?page=2`, showAll: false },
      { page: 3, pageCount: 3, url: `${STORY}?page=3`, showAll: false },
    ]);
    expect(onRead).toHaveBeenCalledTimes(2);
    expect(result.article.outline.map((item) => item.text)).toEqual(['Ratusan warga mengungsi', 'Penyebab banjir', 'Lalu lintas dan sekolah']);
    expect(result.article.pages.map((p) => p.page)).toEqual([1, 2, 3]);
  });

  it('stops at 10 pages', async () => {
    const pages = endlessStory(15);
    const first = await firstPage(pages);
    const { source, fetched } = sourceFor(pages);
    const result = await readAllPages([first], { readPage: reader(source) });
    expect(result.stop).toBe('page-limit');
    expect(result.pages).toHaveLength(10);
    expect(fetched).toHaveLength(9);
    expect(result.article.html).toContain('Bagian 10.3');
    expect(result.article.html).not.toContain('Bagian 11.1');
  });

  it('stops after 10 s in all, keeping the pages read and naming the one cut off', async () => {
    const pages = endlessStory(15);
    const first = await firstPage(pages);
    const clock = fakeClock();
    const { source } = sourceFor(pages, () => clock.advance(4_000));
    const result = await readAllPages([first], { readPage: reader(source), clock });
    // Pages 2 and 3 arrive at 4 s and 8 s; page 4 would arrive at 12 s.
    expect(result.stop).toBe('time-limit');
    expect(result.pages).toHaveLength(3);
    expect(result.failure).toMatchObject({ page: 4, url: `${STORY}?page=4` });
  });

  it('gives up on a page that never answers, and aborts its fetch', async () => {
    const first = await firstPage(STORY_PAGES);
    const clock = fakeClock();
    let aborted = false;
    const { source } = sourceFor(STORY_PAGES, (_url, signal) => new Promise<void>(() => {
      signal.addEventListener('abort', () => { aborted = true; });
      clock.advance(30_000);
    }));
    const result = await readAllPages([first], { readPage: reader(source), clock });
    expect(result.stop).toBe('time-limit');
    expect(result.pages).toHaveLength(1);
    expect(aborted).toBe(true);
  });

  it('keeps what was read when a page fails, and Retry goes on from there', async () => {
    const first = await firstPage(STORY_PAGES);
    const broken = { ...STORY_PAGES };
    delete broken[`${STORY}?page=3`];
    const failed = await readAllPages([first], { readPage: reader(sourceFor(broken).source) });
    expect(failed.stop).toBe('failed');
    expect(failed.pages).toHaveLength(2);
    expect(failed.failure).toEqual({ page: 3, url: `${STORY}?page=3`, message: `The site answered 404 for ${STORY}?page=3` });
    expect(failed.article.html).toContain('Pemerintah kota menyiapkan');

    const { source, fetched } = sourceFor(STORY_PAGES);
    const retried = await readAllPages(failed.pages, { readPage: reader(source) });
    expect(retried.stop).toBe('complete');
    expect(fetched).toEqual([`${STORY}?page=3`]);
    expect(retried.article.pages).toHaveLength(3);
  });

  it('never leaves the first page\'s origin', async () => {
    const first = { ...(await firstPage(STORY_PAGES)), pageLinks: { nextUrl: 'https://mirror.example.net/nasional/banjir-rendam-kota-lama?page=2' } };
    const readPageSpy = vi.fn();
    const result = await readAllPages([first], { readPage: readPageSpy });
    expect(readPageSpy).not.toHaveBeenCalled();
    expect(result.stop).toBe('complete');
    const { source, fetched } = sourceFor({});
    await expect(readPage('https://mirror.example.net/x', STORY, source, new AbortController().signal)).rejects.toThrow(/Not on this site/);
    expect(fetched).toEqual([]);
  });

  it('has the tab fetch nothing but pages of the story it shows', async () => {
    const { source, fetched } = sourceFor(STORY_PAGES);
    const signal = new AbortController().signal;
    await expect(readPage('https://berita.example.id/akun/keluar', STORY, source, signal)).rejects.toThrow(/Not a page of this story/);
    await expect(readPage(`${STORY}-lain?page=2`, STORY, source, signal)).rejects.toThrow(/Not a page of this story/);
    expect(fetched).toEqual([]);
    await expect(readPage(`${STORY}?page=3`, `${STORY}?page=2`, source, signal)).resolves.toMatchObject({ url: `${STORY}?page=3` });
  });

  it('prefers the show-all view, and keeps the address the reader was opened on', async () => {
    const whole = story(1).replace('</article>', `${story(2).match(/<h2>[\s\S]*?<\/p>\s*<p>[\s\S]*<\/p>/)?.[0]}</article>`);
    const pages = { [STORY]: story(1).replace('<link rel="next"', `<link rel="alternate" href="?page=all"><a href="?page=all">Tampilkan semua</a><link rel="next"`), [`${STORY}?page=all`]: whole };
    const first = await firstPage(pages);
    expect(first.pageLinks?.showAllUrl).toBe(`${STORY}?page=all`);
    const { source, fetched } = sourceFor(pages);
    const steps: ReadingStep[] = [];
    const result = await readAllPages([first], { readPage: reader(source), onReading: (s) => steps.push(s) });
    expect(fetched).toEqual([`${STORY}?page=all`]);
    expect(steps[0]?.showAll).toBe(true);
    expect(result.stop).toBe('complete');
    expect(result.article.url).toBe(STORY);
    expect(result.article.html).toContain('Penyebab banjir');
  });

  it('reads page by page when the show-all view holds less than page 1', async () => {
    const pages = { ...STORY_PAGES, [`${STORY}?page=all`]: '<html><body><p>Maaf, halaman tidak ditemukan.</p></body></html>' };
    const first = { ...(await firstPage(STORY_PAGES)), pageLinks: { nextUrl: `${STORY}?page=2`, showAllUrl: `${STORY}?page=all`, pageCount: 3 } };
    const { source, fetched } = sourceFor(pages);
    const result = await readAllPages([first], { readPage: reader(source) });
    expect(fetched).toEqual([`${STORY}?page=all`, `${STORY}?page=2`, `${STORY}?page=3`]);
    expect(result.article.pages).toHaveLength(3);
  });

  it('stops when the next page is page 1 again (a site that ignores ?page=2)', async () => {
    const pages = { [STORY]: story(1), [`${STORY}?page=2`]: story(1) };
    const first = await firstPage(pages);
    const result = await readAllPages([first], { readPage: reader(sourceFor(pages).source) });
    expect(result.stop).toBe('repeat');
    expect(result.pages).toHaveLength(1);
    expect(result.article.pages).toHaveLength(1);
  });

  it('stops on a page that does not read as the story (an error page)', async () => {
    const pages = { ...STORY_PAGES, [`${STORY}?page=2`]: '<html><body><nav><a href="/">Beranda</a></nav></body></html>' };
    const first = await firstPage(pages);
    const result = await readAllPages([first], { readPage: reader(sourceFor(pages).source) });
    expect(result.stop).toBe('failed');
    expect(result.pages).toHaveLength(1);
  });
});

describe('fetchSameOriginHtml', () => {
  const origin = 'https://berita.example.id';
  const respond = (body: string, init: ResponseInit & { url?: string } = {}) => {
    const response = new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });
    Object.defineProperty(response, 'url', { value: init.url ?? `${STORY}?page=2` });
    return vi.fn(async () => response);
  };

  it('fetches with the page\'s cookies', async () => {
    const fetchFn = respond('<p>ok</p>');
    await expect(fetchSameOriginHtml(fetchFn as unknown as typeof fetch, `${STORY}?page=2`, origin, new AbortController().signal)).resolves.toBe('<p>ok</p>');
    expect(fetchFn.mock.calls[0]).toMatchObject([`${STORY}?page=2`, { credentials: 'include' }]);
  });

  it('refuses a redirect to another site, an error status and what is not a web page', async () => {
    const signal = new AbortController().signal;
    await expect(fetchSameOriginHtml(respond('x', { url: 'https://login.example.com/' }) as unknown as typeof fetch, `${STORY}?page=2`, origin, signal)).rejects.toThrow(/another site/);
    await expect(fetchSameOriginHtml(respond('x', { status: 500 }) as unknown as typeof fetch, `${STORY}?page=2`, origin, signal)).rejects.toThrow(/500/);
    await expect(fetchSameOriginHtml(respond('{}', { headers: { 'content-type': 'application/json' } }) as unknown as typeof fetch, `${STORY}?page=2`, origin, signal)).rejects.toThrow(/Not a web page/);
  });
});

describe('parseFetchedPage', () => {
  it('resolves a later page\'s relative addresses against that page, not the one that parsed it', async () => {
    const doc = parseFetchedPage('<p><img src="foto.jpg"></p>', `${STORY}/2`);
    expect(doc.baseURI).toBe(`${STORY}/2`);
    // Readability makes addresses absolute against baseURI: the image is page 2's.
    const pages = { [`${STORY}/2`]: story(2).replace('https://berita.example.id/img/banjir-kota-lama.jpg', 'foto-2.jpg') };
    const view = await readPage(`${STORY}/2`, STORY, sourceFor(pages).source, new AbortController().signal);
    expect(view.html).toContain(`src="${STORY}/foto-2.jpg"`);
  });

  it('keeps the page\'s own <base>', () => {
    const doc = parseFetchedPage('<head><base href="https://cdn.example.id/"></head><img src="a.jpg">', STORY);
    expect(doc.querySelectorAll('base')).toHaveLength(1);
  });
});

describe('readAllPages follows only a story\'s pages', () => {
  it('does not page through a listing (a blog category with "Next>>")', async () => {
    const first = { ...(await firstPage(STORY_PAGES)), looksLikeArticle: false };
    const readPageSpy = vi.fn();
    const result = await readAllPages([first], { readPage: readPageSpy });
    expect(readPageSpy).not.toHaveBeenCalled();
    expect(result.pages).toHaveLength(1);
  });
});
