import type { PageLinks } from '../extract/article-types';
import { collapsedText } from '../extract/text-blocks';
import { httpUrl, pageAddress, withoutHash, type PageAddress } from './page-url';
import { matchesAny, NEXT_PAGE_LABELS, SHOW_ALL_LABELS, labelText } from './pager-labels';

/** "2", "Halaman 2", "Page 2", "Hal. 2": a numbered pager link. */
const NUMBERED_LINK = /^(?:(?:halaman|hal\.?|page)\s*)?(\d{1,2})$/i;

interface Candidate {
  url: URL;
  address: PageAddress;
  text: string;
  isRelNext: boolean;
}

/**
 * The next page (or the show-all view) of the story shown by `doc` at `pageUrl`, or null.
 *
 * Conservative, since a false merge is worse than a missing page: a link counts only when it stays
 * on the same origin, leads to the same story (same stem: the address minus its page marker, see
 * page-url.ts) and names the page after this one; and only when a pager vouches for it: rel=next,
 * a next label, or a page number that agrees with its address. A "Selanjutnya" link to another
 * story, a related card, or a pager of another article has another stem and is never followed.
 */
export function findPageLinks(doc: Document, pageUrl: string): PageLinks | null {
  const here = httpUrl(pageUrl);
  if (!here) return null;
  const address = pageAddress(here);
  // Already the whole story: nothing follows it.
  if (address.marker === 'all') return null;
  const current = address.marker ?? 1;
  const samePage = withoutHash(here);

  const candidates = collectCandidates(doc, baseOf(doc, here), storyPathSegment(address.stem), (url, urlAddress) =>
    url.origin === here.origin && urlAddress.stem === address.stem && withoutHash(url) !== samePage,
  );
  const showAll = candidates.find((candidate) => candidate.address.marker === 'all');
  const next = candidates.find(
    (candidate) => candidate.address.marker === current + 1 && vouchedAsPage(candidate, current + 1),
  );
  const pageCount = highestNumberedPage(candidates);

  if (!showAll && !next) return null;
  return {
    ...(next ? { nextUrl: withoutHash(next.url) } : {}),
    ...(showAll ? { showAllUrl: withoutHash(showAll.url) } : {}),
    ...(pageCount > current ? { pageCount } : {}),
  };
}

/**
 * `<link rel=next>` in the head, then every link of the story's own pages, in order. Links are
 * checked by address before their words are read: a portal page has tens of thousands of links.
 */
function collectCandidates(
  doc: Document,
  base: string,
  segment: string | null,
  isStoryPage: (url: URL, address: ReturnType<typeof pageAddress>) => boolean,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const element of linksOf(doc, segment)) {
    const url = httpUrl(element.getAttribute('href') ?? '', base);
    if (!url) continue;
    const address = pageAddress(url);
    if (!isStoryPage(url, address)) continue;
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    candidates.push({
      url,
      address,
      text: element.localName === 'a' ? linkText(element) : '',
      isRelNext: rel.includes('next'),
    });
  }
  return candidates;
}

/** The last segment of the story's path, or null for a story at the root. */
function storyPathSegment(stem: string): string | null {
  return new URL(stem).pathname.split('/').filter(Boolean).at(-1) ?? null;
}

const EVERY_LINK = 'link[rel][href], a[href]';
/** Links with a relative path; a fragment, script, mail or phone link never leads to another page. */
const RELATIVE_LINK = ['/', 'http:', 'https:', '#', 'javascript:', 'mailto:', 'tel:']
  .reduce((selector, start) => `${selector}:not([href^="${start}" i])`, 'a[href]');

/**
 * The links that may lead to a page of the story, picked by the browser's selector engine before
 * any address is parsed: parsing every address of a portal page's tens of thousands of links took
 * longer than reading the article. An address that spells out its path (from the root, or with a
 * scheme) must hold the last segment of the story's path, since a page marker only ever follows
 * that path; a relative one may lead anywhere and is kept, unless it only names a place on this
 * page, a script, a mail or a phone number. A segment a selector cannot hold (a decoded line
 * break) falls back to every link.
 */
function linksOf(doc: Document, segment: string | null): Iterable<Element> {
  if (!segment) return doc.querySelectorAll(EVERY_LINK);
  const holding = [...new Set([segment, decodedSegment(segment)])].map((text) => `a[href*="${text.replace(/["\\]/g, '\\$&')}"]`);
  try {
    return doc.querySelectorAll(['link[rel][href]', ...holding, RELATIVE_LINK].join(', '));
  } catch {
    return doc.querySelectorAll(EVERY_LINK);
  }
}

function decodedSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A show-all link is not page N+1, even when its address says so. */
function vouchedAsPage(candidate: Candidate, number: number): boolean {
  if (matchesAny(SHOW_ALL_LABELS, candidate.text)) return false;
  return candidate.isRelNext || matchesAny(NEXT_PAGE_LABELS, candidate.text) || numberedLinkPage(candidate) === number;
}

/** A numbered link counts only when its number agrees with the page its address names. */
function highestNumberedPage(candidates: Candidate[]): number {
  let highest = 0;
  for (const candidate of candidates) {
    const number = numberedLinkPage(candidate);
    if (number !== null && number === candidate.address.marker) highest = Math.max(highest, number);
  }
  return highest;
}

function numberedLinkPage(candidate: Candidate): number | null {
  const match = NUMBERED_LINK.exec(labelText(candidate.text));
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** The link's words, or an icon link's label (`aria-label`, `title`, an image's `alt`). */
function linkText(link: Element): string {
  const text = collapsedText(link.textContent ?? '');
  if (text) return text;
  return (
    link.getAttribute('aria-label') ??
    link.getAttribute('title') ??
    link.querySelector('img[alt]')?.getAttribute('alt') ??
    ''
  ).trim();
}

/**
 * Relative links resolve against the page's own address: a page fetched and parsed elsewhere has
 * no address of its own. A `<base href>` counts only on the same origin.
 */
function baseOf(doc: Document, here: URL): string {
  const base = httpUrl(doc.querySelector('base[href]')?.getAttribute('href') ?? '', here.href);
  return base && base.origin === here.origin ? base.href : here.href;
}
