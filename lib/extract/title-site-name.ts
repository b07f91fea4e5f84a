import { withoutSiteSuffix } from './page-metadata';
import { comparableText } from './text-blocks';
import { escapeRegExp } from './escape-reg-exp';

/** Second-level suffixes under which the registered name is the third label from the end (viva.co.id). */
const SECOND_LEVEL = /^(co|com|or|ac|go|net|web|my|sch|org|gov|edu)$/;
const SEPARATOR = String.raw`(?:[-|–—:·•»/]|::)`;
/** A headline shorter than this once the site's name is gone was not a headline with a name around it. */
const MIN_HEADLINE_CHARS = 10;
/** "FOTO:", "VIDEO:", "In Picture:", "INFOGRAFIS:": a label the headline itself carries. */
const MAX_OWN_PREFIX_CHARS = 24;

/**
 * The reader shows the site's name apart, so it goes from the title wherever the page put it:
 * after a dash ("Headline - Kompas.com Bola", "Headline :: Okezone News") or before a colon
 * ("Kapanlagi.com: Headline"). The site is known by its declared name or by its address
 * ("news.liputan6.com" → "liputan6"). A label the page's own headline starts with ("FOTO: …") is
 * part of the headline and comes back when the title lost it.
 */
export function withoutSiteName(title: string, siteName: string, hostname: string, headlines: string[]): string {
  const names = siteNames(siteName, hostname);
  const bare = stripNames(title, names);
  return withOwnPrefix(bare, headlines.map((headline) => stripNames(headline, names)));
}

/**
 * A declared site name that is the page's whole title ("Headline :: Okezone News", where
 * `og:site_name` repeats `<title>`) names the site only in its last part.
 */
export function siteNameApartFromTitle(siteName: string, title: string): string {
  const parts = DECLARED_NAME_PARTS.exec(siteName.trim());
  if (!parts) return siteName.trim();
  const headline = comparableText(parts[1]!);
  return headline.length >= MIN_HEADLINE_CHARS && comparableText(title).startsWith(headline) ? parts[2]!.trim() : siteName.trim();
}

/** The part before the last separator, and the part after it. */
const DECLARED_NAME_PARTS = new RegExp(String.raw`^(.*\S)\s+${SEPARATOR}\s+(\S.*)$`);

function siteNames(siteName: string, hostname: string): string[] {
  return [siteName.trim(), registeredName(hostname)].filter((name) => name.length >= 3);
}

/** The name a site registered, without its subdomains and suffix: "news.liputan6.com" → "liputan6". */
export function registeredName(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/^www\./, '').split('.').filter(Boolean);
  const cut = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.length >= cut ? labels[labels.length - cut]! : '';
}

/**
 * Built only for a title that holds the name, since most titles hold neither name: a pattern is
 * compiled each time a page is read. A case-insensitive Unicode letter class costs about a
 * millisecond to compile, which made this step alone a tenth of the pipeline's time (issue 8): the
 * words beside the name are runs of anything but spaces and separators, which compile at once.
 * The engine keeps compiled patterns by their source, so the headlines reuse the title's.
 */
function namePatterns(name: string): RegExp[] {
  const token = String.raw`[^\s|–—:·•»/]`;
  const word = `${token}*${escapeRegExp(name)}${token}*`;
  const suffix = new RegExp(String.raw`\s+${SEPARATOR}\s+(?:${token}+\s+){0,2}${word}(?:\s+${token}+){0,2}\s*$`, 'i');
  const prefix = new RegExp(String.raw`^\s*${word}\s*${SEPARATOR}\s+`, 'i');
  return [suffix, prefix];
}

function stripNames(title: string, names: string[]): string {
  let result = title.trim();
  for (const name of names) {
    if (!result.toLowerCase().includes(name.toLowerCase())) continue;
    result = withoutSiteSuffix(result, name);
    for (const pattern of namePatterns(name)) {
      const stripped = result.replace(pattern, '').trim();
      if (stripped !== result && stripped.length >= MIN_HEADLINE_CHARS) result = stripped;
    }
  }
  return result;
}

function withOwnPrefix(title: string, headlines: string[]): string {
  const key = comparableText(title);
  if (key.length === 0) return title;
  for (const headline of headlines) {
    const colon = headline.indexOf(':');
    if (colon <= 0 || colon > MAX_OWN_PREFIX_CHARS) continue;
    if (comparableText(headline.slice(colon + 1)) === key) return headline;
  }
  return title;
}
