import { registeredName } from './title-site-name';
import { comparableText } from './text-blocks';

/** A company's legal form: "PT. VIVA MEDIA BARU", "Frankfurter Allgemeine Zeitung GmbH", "Nikkei Inc.". */
const LEGAL_FORM = /^(pt|cv)\.?\s|\s(tbk|gmbh|ag|inc|ltd|llc|plc|corp)\.?$/i;
/** Words a publisher's company name adds to the site's own: "Kompas Cyber Media". */
const COMPANY_WORDS = new Set(['cyber', 'media', 'group', 'network', 'online', 'digital']);
/** The end of an address: "Liputan6.com", "VIVA.co.id", "ndr.de". */
const ADDRESS_END = /\.[a-z]{2,4}(\.[a-z]{2})?$/i;

/**
 * Many sites name themselves as the author ("BBC News", "Liputan6.com", "Kompas Cyber Media",
 * "PT. VIVA MEDIA BARU - VIVA.co.id"). The reader shows the site apart, under the byline, so such a
 * byline would only say the site's name twice, or name a company as the writer.
 */
export function namesOnlyPublisher(byline: string, siteName: string, hostname: string): boolean {
  const text = byline.trim();
  if (text === '') return false;
  if (LEGAL_FORM.test(text)) return true;
  // A name with and without the end of an address: "Liputan6.com" and "Liputan6" are one site.
  const forms = (value: string) => [value, value.replace(ADDRESS_END, '')].map(comparableText);
  const names = new Set([...forms(siteName), ...forms(hostname.replace(/^www\./, '')), registeredName(hostname)].filter((key) => key.length >= 2));
  // "SPIEGEL ONLINE, Hamburg, Germany": the site with the place it is at.
  const name = text.split(',')[0]!.trim();
  if (forms(name).some((key) => names.has(key))) return true;
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.some((word) => names.has(word)) && words.every((word) => names.has(word) || COMPANY_WORDS.has(word));
}
