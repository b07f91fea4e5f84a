import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '../../lib/extract/article-types';
import { extractArticle } from '../../lib/extract/extract-article';
import { PAGE_BREAK_ATTRIBUTE, stitchPages } from '../../lib/pagination/stitch-pages';
import { FIXTURES_DIR, fixtureUrl } from './support/page-document';

/** The story's pages as the injected script reads them: fetched HTML, DOMParser, the same pipeline. */
function storyPage(n: number): ArticleView {
  const html = readFileSync(resolve(FIXTURES_DIR, `pagination/story-${n}.html`), 'utf8');
  return extractArticle(new DOMParser().parseFromString(html, 'text/html'), { url: fixtureUrl(html) });
}

function textOf(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

function view(overrides: Partial<ArticleView>): ArticleView {
  return {
    title: 'Judul', byline: '', siteName: '', publishedTime: '', lang: 'id', dir: 'ltr', excerpt: '',
    standfirst: '', html: '', outline: [], wordCount: 0, readingMinutes: 1, url: 'https://example.id/a',
    looksLikeArticle: true, removals: [], ...overrides,
  };
}

describe('stitchPages on the three-page story', () => {
  const [first, second, third] = [storyPage(1), storyPage(2), storyPage(3)];
  const stitched = stitchPages(first, [second, third]);
  const text = textOf(stitched.html);

  it('keeps every page in order', () => {
    const order = ['Hujan deras yang mengguyur', 'Pemerintah kota menyiapkan', 'Sejumlah sekolah meliburkan'].map((s) => text.indexOf(s));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('shows no paragraph, heading or lead photo twice', () => {
    // Page 2 opens on page 1's last paragraph; every page repeats the lead photo and its caption.
    expect(count(text, 'Menurut warga setempat')).toBe(1);
    expect(count(text, 'Warga mengungsi dengan perahu karet')).toBe(1);
    expect(count(stitched.html, 'banjir-kota-lama.jpg')).toBe(1);
    expect(count(text, 'Penyebab banjir')).toBe(1);
  });

  it('continues the outline across pages and records where each page starts', () => {
    expect(stitched.outline.map((item) => item.text)).toEqual(['Ratusan warga mengungsi', 'Penyebab banjir', 'Lalu lintas dan sekolah']);
    expect(stitched.pages.map(({ page, url, outlineStart }) => ({ page, url, outlineStart }))).toEqual([
      { page: 1, url: first.url, outlineStart: 0 },
      { page: 2, url: second.url, outlineStart: 1 },
      { page: 3, url: third.url, outlineStart: 2 },
    ]);
    expect(stitched.pageCount).toBe(3);
  });

  it('separates pages with a marker the UI words itself', () => {
    const doc = new DOMParser().parseFromString(stitched.html, 'text/html');
    const breaks = [...doc.querySelectorAll(`hr[${PAGE_BREAK_ATTRIBUTE}]`)];
    expect(breaks.map((hr) => [hr.getAttribute('data-page-break'), hr.getAttribute('data-page-count')])).toEqual([['2', '3'], ['3', '3']]);
    // The page break sits right before the page's text.
    expect(breaks[0]?.nextElementSibling?.textContent).not.toContain('Menurut warga setempat');
  });

  it('sums the removals and the words of every page', () => {
    expect(stitched.removals).toEqual([...first.removals, ...second.removals, ...third.removals]);
    expect(stitched.removals.length).toBe(3);
    // Page 2's repeated paragraph is not counted twice.
    expect(stitched.wordCount).toBeLessThan(first.wordCount + second.wordCount + third.wordCount);
    expect(stitched.wordCount).toBeGreaterThan(first.wordCount + third.wordCount);
  });

  it('keeps the first page\'s title and address, and drops its pointer to page 2', () => {
    expect(stitched.title).toBe('Banjir Rendam Ratusan Rumah di Kota Lama');
    expect(stitched.url).toBe(first.url);
    expect(stitched.pageLinks).toBeUndefined();
  });
});

describe('stitchPages', () => {
  it('makes heading ids unique across pages and updates the outline', () => {
    const first = view({ html: '<h2 id="sec-bagian">Bagian pertama</h2><p>Satu dua tiga empat.</p>', outline: [{ id: 'sec-bagian', level: 2, text: 'Bagian pertama' }] });
    const second = view({ html: '<h2 id="sec-bagian">Bagian kedua</h2><p>Lima enam tujuh delapan.</p>', outline: [{ id: 'sec-bagian', level: 2, text: 'Bagian kedua' }] });
    const stitched = stitchPages(first, [second]);
    const ids = stitched.outline.map((item) => item.id);
    expect(new Set(ids).size).toBe(2);
    const doc = new DOMParser().parseFromString(stitched.html, 'text/html');
    for (const id of ids) expect(doc.querySelectorAll(`[id="${id}"]`).length).toBe(1);
    expect(ids[1]).toMatch(/^sec-[a-z0-9-]{1,80}$/);
  });

  it('drops a repeated heading from the outline too', () => {
    const first = view({ html: '<h2 id="sec-latar">Latar belakang</h2><p>Satu dua tiga empat.</p>', outline: [{ id: 'sec-latar', level: 2, text: 'Latar belakang' }] });
    const second = view({ html: '<h2 id="sec-latar">Latar Belakang</h2><p>Lima enam tujuh delapan.</p>', outline: [{ id: 'sec-latar', level: 2, text: 'Latar Belakang' }] });
    expect(stitchPages(first, [second]).outline).toHaveLength(1);
  });

  it('keeps short lines that may repeat on purpose', () => {
    const first = view({ html: '<p>***</p><p>Ya.</p>' });
    const second = view({ html: '<p>***</p><p>Ya.</p>' });
    expect(count(stitchPages(first, [second]).html, '<p>Ya.</p>')).toBe(2);
  });

  it('counts pages the pager announced before they are read', () => {
    const stitched = stitchPages(view({ html: '<p>a</p>' }), [view({ html: '<p>b</p>' })], { pageCount: 5 });
    expect(stitched.pageCount).toBe(5);
    expect(stitched.html).toContain('data-page-count="5"');
  });

  it('with one page returns it unchanged apart from the page list', () => {
    const first = view({ html: '<p>Hanya satu halaman di sini.</p>', wordCount: 5 });
    const stitched = stitchPages(first, []);
    expect(stitched.html).toBe(first.html);
    expect(stitched.pages).toEqual([{ page: 1, url: first.url, html: first.html, outlineStart: 0 }]);
  });
});
