import { escapeRegExp } from './escape-reg-exp';

/** Metadata Readability may miss, read from the page's meta tags (read-only). */
export interface PageMetadata {
  publishedTime: string;
  siteName: string;
  byline: string;
  /** The page's own summary (meta description), to recognise a standfirst that has no class. */
  description: string;
  /** Headline candidates, to repair a truncated JSON-LD headline (IDN Times cuts it at 60 chars). */
  headlines: string[];
}

/** Meta tags as [attribute, value]: where a page states when it was published. */
const PUBLISHED_KEYS: MetaKey[] = [
  ['property', 'article:published_time'],
  ['name', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'pubdate'],
  ['name', 'publishdate'],
  ['name', 'date'],
  ['name', 'dc.date'],
  ['name', 'DC.date.issued'],
];

/**
 * The page’s few meta, time and h1 elements are gathered once by tag name; each key is then
 * matched among them. A `querySelector` per selector read the whole page again each time it found
 * nothing, which a page without those tags made fourteen full passes (issue 8).
 */
export function readPageMetadata(doc: Document): PageMetadata {
  const metas = [...doc.getElementsByTagName('meta')];
  return {
    publishedTime: firstContent(metas, PUBLISHED_KEYS) || firstTimeDatetime(doc),
    siteName: firstContent(metas, [['property', 'og:site_name'], ['name', 'application-name']]),
    byline: firstContent(metas, [['name', 'author'], ['property', 'article:author'], ['name', 'dc.creator']]),
    description: firstContent(metas, [['name', 'description'], ['property', 'og:description'], ['name', 'twitter:description']]),
    headlines: [
      firstContent(metas, [['property', 'og:title']]),
      firstContent(metas, [['name', 'twitter:title']]),
      (doc.getElementsByTagName('h1')[0]?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    ].filter(Boolean),
  };
}

/** A meta tag named by one attribute's exact value: `['property', 'og:title']` is `meta[property="og:title"]`. */
type MetaKey = [attribute: string, value: string];

function firstContent(metas: Element[], keys: MetaKey[]): string {
  for (const [attribute, expected] of keys) {
    const value = metas.find((meta) => meta.getAttribute(attribute) === expected)?.getAttribute('content')?.trim();
    if (value && !/^https?:/i.test(value)) return value;
  }
  return '';
}

function firstTimeDatetime(doc: Document): string {
  const time = [...doc.getElementsByTagName('time')].find((element) =>
    element.matches('article time[datetime], time[datetime][pubdate], time[itemprop="datePublished"]'),
  );
  return time?.getAttribute('datetime')?.trim() ?? '';
}

const SITE_SUFFIX = /^\s*[-|–—:·•»/]\s/;

/** The shortest headline that continues a truncated title; the title itself otherwise. */
export function completeTitle(title: string, headlines: string[]): string {
  const start = title.toLowerCase();
  const longer = headlines.filter(
    (headline) =>
      headline.length > title.length &&
      headline.toLowerCase().startsWith(start) &&
      // "Title - BBC News" adds the site's name, not the rest of a cut headline.
      !SITE_SUFFIX.test(headline.slice(title.length)),
  );
  return longer.sort((a, b) => a.length - b.length)[0] ?? title;
}

/** "Kadishub DKI: Taksi Uber … - Tribunnews.com": the site's name is shown apart, not in the title. */
export function withoutSiteSuffix(title: string, siteName: string): string {
  if (!siteName) return title;
  const escaped = escapeRegExp(siteName);
  // "… - Kompas.com Bola", "… :: Okezone News": the site's name may carry a section after it.
  const stripped = title.replace(new RegExp(`\\s+(?:[-|–—:·•»/]|::)\\s+${escaped}[^-|–—:·•»/]{0,30}$`, 'i'), '').trim();
  return stripped.length >= 10 ? stripped : title;
}
