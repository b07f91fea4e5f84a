import { MIN_PROSE_CHARS, linkDensity, normalizedText } from './text-blocks';

/** "1. Rencana sudah diketahui…", "2) …", "#3 …": a numbered list-article section title. */
const NUMBERED_TITLE = /^(\d{1,2})\s*[.)]\s+\S|^#\s?\d{1,2}\b/;
const MAX_HEADING_CHARS = 120;
const SENTENCE_END = /[.,;:]["”’)]?$/;
/** "9h05 - La Bourse ouvre…", "12:30", "11.04 Uhr: …": a line that opens on a clock time. */
const CLOCK_TIME_OPENING = /^\d{1,2}\s?[h:.]\s?\d{2}(?:\s?(?:uhr|h|am|pm))?(?:\s*[-–—:|]|$)/i;
const HEADING = /^H[1-6]$/;
/** A shop line ("£40, Dunelm") is all link. */
const MIN_SHOP_LINK_DENSITY = 0.9;
/** Class names CMSs give a subheading set as a paragraph (Börsen-Zeitung `wp-block-ppi-onlineinterline`). */
const SUBHEADING_CLASS = /(^|[\s_-])(interline|onlineinterline|zwischentitel|zwischenzeile|crosshead|intertitle|intertitre|subhead|subheading)([\s_-]|$)/i;

/**
 * Paragraphs that act as section titles become real headings, so the outline and the keys find
 * them: a paragraph that is only bold text, or a numbered "N. Title" line, in a run of at least two
 * (Readability and Defuddle both return zero headings for such list articles), or a paragraph whose
 * class names it a subheading.
 */
export function promotePseudoHeadings(root: Element): number {
  const level = root.querySelector('h2') ? 'h3' : 'h2';
  const candidates = [...root.querySelectorAll('p')].filter(looksLikeTitle);
  const numbered = candidates.filter((p) => NUMBERED_TITLE.test(normalizedText(p)));
  const bold = candidates.filter((p) => isOnlyBold(p) && !isTickerStamp(p) && !isProductAward(p));
  const promoted = new Set<Element>(bold.length >= 2 ? bold : []);
  candidates.filter((p) => SUBHEADING_CLASS.test(p.getAttribute('class') ?? '')).forEach((p) => promoted.add(p));
  if (numbered.length >= 2) numbered.forEach((p) => promoted.add(p));
  for (const paragraph of promoted) {
    const heading = paragraph.ownerDocument.createElement(level);
    heading.append(...unwrapBold(paragraph));
    paragraph.replaceWith(heading);
  }
  return promoted.size;
}

function looksLikeTitle(paragraph: Element): boolean {
  const text = normalizedText(paragraph);
  if (text.length < 3 || text.length > MAX_HEADING_CHARS) return false;
  if (SENTENCE_END.test(text) || /^["“‘'(«]/.test(text)) return false;
  if (paragraph.querySelector('img, picture, a[href]')) return false;
  const next = paragraph.nextElementSibling;
  // A title introduces something: the last block of the article is a closing line, not a title.
  return next !== null && normalizedText(next).length > 0;
}

/**
 * A live ticker sets each entry's time in bold ("9h05 - La Bourse ouvre…"): dozens of them would
 * bury the real sections, and the time says when, not what the part is about.
 */
function isTickerStamp(paragraph: Element): boolean {
  return CLOCK_TIME_OPENING.test(normalizedText(paragraph));
}

/**
 * A product review's card reads: the product's heading, a shop link with the price, then a bold
 * award ("Best value, 9/10"). The award labels the product above; it opens no section of its own.
 */
function isProductAward(paragraph: Element): boolean {
  let previous = paragraph.previousElementSibling;
  let shopLinks = 0;
  while (previous && isShortLinkLine(previous)) {
    shopLinks += 1;
    previous = previous.previousElementSibling;
  }
  return shopLinks > 0 && previous !== null && HEADING.test(previous.tagName);
}

function isShortLinkLine(element: Element): boolean {
  return element.tagName === 'P' && normalizedText(element).length < MIN_PROSE_CHARS && linkDensity(element) >= MIN_SHOP_LINK_DENSITY;
}

function isOnlyBold(paragraph: Element): boolean {
  const text = normalizedText(paragraph);
  const bold = [...paragraph.querySelectorAll('strong, b')].map((b) => normalizedText(b)).join(' ').trim();
  return bold.length > 0 && bold === text;
}

function unwrapBold(paragraph: Element): Node[] {
  const only = paragraph.children.length === 1 ? paragraph.firstElementChild : null;
  if (only && ['STRONG', 'B'].includes(only.tagName) && normalizedText(only) === normalizedText(paragraph)) {
    return [...only.childNodes];
  }
  return [...paragraph.childNodes];
}
