import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPageLinks } from '../../lib/pagination/find-next-page';
import { NEXT_PAGE_LABELS, SHOW_ALL_LABELS } from '../../lib/pagination/pager-labels';
import { pageAddress } from '../../lib/pagination/page-url';
import { FIXTURES_DIR, fixtureUrl } from './support/page-document';

const PAGINATION_DIR = resolve(FIXTURES_DIR, 'pagination');
const STORY = 'https://berita.example.id/nasional/banjir-rendam-kota-lama';
const ENGLISH_STORY = 'https://news.example.com/world/floods-hit-old-town';

/** Later pages arrive as fetched HTML parsed with DOMParser, so the tests parse the same way. */
function linksOf(fixture: string) {
  const html = readFileSync(resolve(PAGINATION_DIR, fixture), 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return findPageLinks(doc, fixtureUrl(html));
}

describe('findPageLinks follows the pager of the same story', () => {
  it.each([
    ['rel-next-1.html', { nextUrl: `${STORY}?page=2` }],
    ['halaman-selanjutnya-1.html', { nextUrl: `${STORY}?page=2` }],
    ['selanjutnya-1.html', { nextUrl: `${STORY}/2`, pageCount: 3 }],
    ['selanjutnya-2.html', { nextUrl: `${STORY}/3`, pageCount: 3 }],
    ['berikutnya-1.html', { nextUrl: `${STORY}/halaman-2` }],
    ['next-page-1.html', { nextUrl: `${ENGLISH_STORY}?page=2` }],
    ['next-raquo-1.html', { nextUrl: `${ENGLISH_STORY}/page/2/` }],
    ['numbered-query-1.html', { nextUrl: `${STORY}?page=2`, pageCount: 4 }],
    ['numbered-path-1.html', { nextUrl: `${STORY}/2`, pageCount: 3 }],
    ['numbered-halaman-1.html', { nextUrl: `${STORY}/halaman-2`, pageCount: 3 }],
    ['show-all-1.html', { nextUrl: `${STORY}?page=2`, showAllUrl: `${STORY}?page=all`, pageCount: 2 }],
    ['show-all-en-1.html', { nextUrl: `${ENGLISH_STORY}?page=2`, showAllUrl: `${ENGLISH_STORY}?single=1` }],
    ['continue-reading-1.html', { nextUrl: `${ENGLISH_STORY}?page=2` }],
    ['baca-selanjutnya-1.html', { nextUrl: `${STORY}?page=2` }],
    ['story-1.html', { nextUrl: `${STORY}?page=2`, pageCount: 3 }],
    ['story-2.html', { nextUrl: `${STORY}?page=3`, pageCount: 3 }],
  ])('%s', (fixture, expected) => {
    expect(linksOf(fixture)).toEqual(expected);
  });

  it('stops on the last page', () => {
    expect(linksOf('story-3.html')).toBeNull();
  });
});

describe('findPageLinks never merges another story', () => {
  it.each([
    ['negative-next-story.html', 'a "Selanjutnya" link to the next story'],
    ['negative-related-card.html', 'a related card titled "Selanjutnya" (and one titled "Next")'],
    ['negative-other-article-pager.html', 'the pager of another article in a sidebar'],
    ['negative-other-origin.html', 'rel=next and a pager on another origin'],
    ['negative-post-id.html', 'WordPress ?p=123 → ?p=124 is another post'],
    ['negative-date-path.html', 'a dated archive page is not page 13 of a story'],
  ])('%s: %s', (fixture) => {
    expect(linksOf(fixture)).toBeNull();
  });

  it('ignores a show-all label on a link to another story', () => {
    const doc = documentWith(`<a href="/nasional/semua-berita?page=all">Tampilkan semua</a>`);
    expect(findPageLinks(doc, STORY)).toBeNull();
  });

  it('ignores <base href> on another origin when resolving relative links', () => {
    const doc = documentWith(`<a href="?page=2">Selanjutnya</a>`, '<base href="https://evil.example/nasional/banjir-rendam-kota-lama">');
    expect(findPageLinks(doc, STORY)).toEqual({ nextUrl: `${STORY}?page=2` });
  });

  it('never offers the page itself, nor a page other than the next one', () => {
    const doc = documentWith(`<a href="?page=2#top">Selanjutnya</a> <a href="?page=4">Next</a>`);
    expect(findPageLinks(doc, `${STORY}?page=2`)).toBeNull();
  });

  it('reads nothing from a non-http page', () => {
    expect(findPageLinks(documentWith('<a href="?page=2">Next</a>'), 'file:///tmp/story.html')).toBeNull();
  });
});

describe('page addresses', () => {
  it.each([
    [`${STORY}?page=2&utm_source=x`, `${STORY}?utm_source=x`, 2],
    [`${STORY}/2`, STORY, 2],
    [`${STORY}/halaman-3`, STORY, 3],
    [`${STORY}/page/4/`, STORY, 4],
    [`${STORY}?page=all`, STORY, 'all'],
    [`${STORY}?single=1`, STORY, 'all'],
    [`${STORY}/all`, STORY, 'all'],
    [`${STORY}/semua`, STORY, 'all'],
    [`${STORY}/full/`, STORY, 'all'],
    [`${STORY}/page-5`, STORY, 5],
    [STORY, STORY, null],
    ['https://news.example.com/archive/2024/05/12', 'https://news.example.com/archive/2024/05/12', null],
    ['https://news.example.com/read/1234567/12/judul-berita-1675001234', 'https://news.example.com/read/1234567/12/judul-berita-1675001234', null],
    [`${STORY}/2024`, `${STORY}/2024`, null],
  ])('%s → stem %s, page %s', (url, stem, marker) => {
    expect(pageAddress(new URL(url))).toEqual({ stem, marker });
  });
});

describe('pager labels are data with provenance', () => {
  it.each([...NEXT_PAGE_LABELS, ...SHOW_ALL_LABELS].map((label) => [label.pattern.source, label] as const))(
    '%s has a reason and an existing fixture',
    (_source, label) => {
      expect(label.why.length).toBeGreaterThan(10);
      expect(existsSync(resolve(PAGINATION_DIR, label.fixture))).toBe(true);
    },
  );
});

function documentWith(body: string, head = ''): Document {
  return new DOMParser().parseFromString(`<head>${head}</head><body>${body}</body>`, 'text/html');
}

describe('findPageLinks reads the raw address cheaply, with the same answers', () => {
  const pageAt = (url: string, links: string) => {
    const doc = new DOMParser().parseFromString(`<html><body><p>Story</p>${links}</body></html>`, 'text/html');
    return findPageLinks(doc, url);
  };

  it('finds a next page whose address spells the path with letters the story address escapes', () => {
    const story = 'https://berita.example.id/budaya/kopi-%C3%A0-la-carte';
    expect(pageAt(story, '<a href="/budaya/kopi-à-la-carte/2">Selanjutnya</a>')).toEqual({ nextUrl: `${story}/2` });
    expect(pageAt(story, '<a href="https://berita.example.id/budaya/kopi-%C3%A0-la-carte/2">Next</a>')).toEqual({ nextUrl: `${story}/2` });
  });

  it('still resolves relative and query-only addresses, and pages of a story at the root', () => {
    expect(pageAt(`${STORY}/`, '<a href="2">Selanjutnya</a>')).toEqual({ nextUrl: `${STORY}/2` });
    expect(pageAt(STORY, '<a href=" ?page=2">Next page</a>')).toEqual({ nextUrl: `${STORY}?page=2` });
    expect(pageAt('https://example.id/?id=7', '<a href="/?id=7&page=2">Next page</a>')).toEqual({ nextUrl: 'https://example.id/?id=7&page=2' });
  });

  it('reads a story whose path holds characters a selector cannot', () => {
    for (const slug of ['banjir%0Akota', 'kata-%22kunci%22']) {
      const story = `https://berita.example.id/nasional/${slug}`;
      expect(pageAt(story, `<a href="${story}/2">Selanjutnya</a>`)).toEqual({ nextUrl: `${story}/2` });
    }
  });

  it('passes over thousands of links to other stories', () => {
    const others = Array.from({ length: 5000 }, (_, index) => `<a href="/nasional/berita-lain-${index}/2">Berita ${index}</a>`).join('');
    expect(pageAt(STORY, `${others}<a href="/nasional/banjir-rendam-kota-lama/2">Selanjutnya</a>`)).toEqual({ nextUrl: `${STORY}/2` });
  });
});
