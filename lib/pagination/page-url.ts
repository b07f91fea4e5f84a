/**
 * Where an address says which page of a story it shows, and the address of the story itself
 * (its stem): two links name pages of the same story only when their stems are equal.
 */

/** Page N of the story, or the whole story on one page. */
export type PageMarker = number | 'all';

/** Query parameters that number a story's pages (Kompas, Tribunnews, Okezone and Suara use `page`). */
const PAGE_PARAMS = new Set(['page', 'halaman', 'hal', 'paged']);
/**
 * Query parameters that ask for the whole story on one page: detik's `?single=1`. Only these
 * values count, so a parameter that happens to share the name is left alone.
 */
const SHOW_ALL_PARAMS = new Set(['single', 'showall', 'show_all']);
const SHOW_ALL_VALUES = new Set(['1', 'true', 'all', 'yes']);
/**
 * No story runs past this many pages. It keeps `/2024` (a year) or a long id from reading as a
 * page number.
 */
const MAX_PAGE_NUMBER = 50;
/** `…/judul-berita/2` (detik, Sindonews): a page number after a slug with letters in it. */
const TRAILING_NUMBER = /^(.*\/[^/]*\p{L}[^/]*)\/(\d{1,2})\/?$/u;
/** `…/judul-berita/halaman-2` and `/page/2` (WordPress). */
const TRAILING_PAGE_SEGMENT = /^(.*\/[^/]*\p{L}[^/]*)\/(?:halaman-?|hal-|page-?|page\/)(\d{1,2}|all)\/?$/u;
/** `…/judul-berita/all`: the single-page view some Indonesian portals serve. */
const TRAILING_ALL = /^(.*\/[^/]*\p{L}[^/]*)\/(?:all|semua|full)\/?$/u;
/**
 * How every path with a page marker ends. The letter classes above are slow to compile, and the
 * reader parses the page's own address on every click: most addresses end otherwise and never
 * reach them.
 */
const ENDS_LIKE_A_MARKER = /(?:\d|all|semua|full)\/?$/;

export interface PageAddress {
  /** Origin, path and query without the page marker: the same story gives the same stem. */
  stem: string;
  /** Null when the address names no page (the first page usually doesn't). */
  marker: PageMarker | null;
}

/** Parses an absolute http(s) address; null for anything else (javascript:, mailto:, junk). */
export function httpUrl(href: string, base?: string): URL | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function pageAddress(url: URL): PageAddress {
  let marker: PageMarker | null = null;
  const query = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    const key = name.toLowerCase();
    if (PAGE_PARAMS.has(key) && markerFrom(value) !== null) {
      marker = markerFrom(value);
    } else if (SHOW_ALL_PARAMS.has(key) && SHOW_ALL_VALUES.has(value.toLowerCase())) {
      marker = 'all';
    } else {
      query.append(name, value);
    }
  }
  const fromPath = pathMarker(url.pathname);
  marker ??= fromPath.marker;
  query.sort();
  const search = query.size > 0 ? `?${query}` : '';
  return { stem: `${url.origin}${fromPath.path.replace(/\/$/, '')}${search}`, marker };
}

/** The address without its fragment: `#comments` on the same page is not another page. */
export function withoutHash(url: URL): string {
  const copy = new URL(url);
  copy.hash = '';
  return copy.href;
}

function pathMarker(path: string): { path: string; marker: PageMarker | null } {
  if (!ENDS_LIKE_A_MARKER.test(path)) return { path, marker: null };
  const segment = TRAILING_PAGE_SEGMENT.exec(path) ?? TRAILING_NUMBER.exec(path);
  if (segment?.[1] !== undefined && segment[2] !== undefined) {
    const marker = markerFrom(segment[2]);
    if (marker !== null) return { path: segment[1], marker };
  }
  const all = TRAILING_ALL.exec(path);
  if (all?.[1] !== undefined) return { path: all[1], marker: 'all' };
  return { path, marker: null };
}

function markerFrom(value: string): PageMarker | null {
  if (value.toLowerCase() === 'all') return 'all';
  if (!/^\d{1,2}$/.test(value)) return null;
  const number = Number(value);
  return number >= 1 && number <= MAX_PAGE_NUMBER ? number : null;
}
