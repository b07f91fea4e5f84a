import { comparableText, MIN_PROSE_CHARS, normalizedText } from './text-blocks';

/**
 * Class names publishers give the summary under the headline. Not "intro" or "lead": BBC's
 * `story-body__introduction` is the story's first paragraph, set in bold.
 */
const STANDFIRST_CLASS = /standfirst|(^|[\s_-])dek([\s_-]|$)|summary|teaser|subtitle|sub-title|subheadline|sub-headline|excerpt|description|abstract|chapeau|chapo|vorspann/i;
const MAX_STANDFIRST_CHARS = 600;
/** How far up from the opening block a standfirst class may sit (Readability keeps the wrappers). */
const MAX_CLASS_DEPTH = 3;
/** Letters the opening block and the page's description must share, from their start. */
const MIN_DESCRIPTION_MATCH = 30;
const DESCRIPTION_PREFIX = 80;
const MIN_STANDFIRST_CHARS = 25;
/** Letters a description may run on past the block before it reads as an excerpt of the running text. */
const MAX_DESCRIPTION_TAIL = 30;
const MAX_LEADING_LABELS = 2;
/** "CHICAGO --", "WASHINGTON (AP) —", "Jakarta, IDN Times -": a news lead opens with its dateline. */
const DATELINE = /^[\p{Lu}][\p{L} .,'’-]{1,40}(\([^)]{1,30}\))?\s*[-–—]{1,2}\s/u;

/**
 * The standfirst (dek) under the headline summarises the story; it is not its first paragraph. When
 * the text opens with a block the page marks as such, it is taken out and returned, so the reader
 * shows it under the title, set apart, and the body starts with the story itself. A block that
 * repeats the page's meta description and stands in a box of its own is one too (ORF, CBC, SRF);
 * a lead paragraph that a CMS copied into the description shares the body's box and stays.
 */
export function moveStandfirst(content: Element, description = ''): string {
  // A comment count or a share label ("Discussion") may sit above it.
  const first = [...content.querySelectorAll('p, h2, h3, h4')]
    .slice(0, MAX_LEADING_LABELS + 1)
    .find((block) => normalizedText(block).length >= MIN_STANDFIRST_CHARS);
  if (!first) return '';
  const text = normalizedText(first);
  if (text.length === 0 || text.length > MAX_STANDFIRST_CHARS) return '';
  if (!hasStandfirstClass(first, text, content) && !(repeatsDescription(text, description) && standsApart(first, content))) {
    return '';
  }
  first.remove();
  return text;
}

function hasStandfirstClass(first: Element, text: string, content: Element): boolean {
  let marked = false;
  let element: Element | null = first;
  for (let depth = 0; element && element !== content && depth <= MAX_CLASS_DEPTH; depth += 1) {
    if (STANDFIRST_CLASS.test(element.getAttribute('class') ?? '') && normalizedText(element) === text) marked = true;
    element = element.parentElement;
  }
  return marked;
}

function repeatsDescription(text: string, description: string): boolean {
  if (DATELINE.test(text)) return false;
  const block = comparableText(text);
  const summary = comparableText(description);
  const shared = Math.min(block.length, summary.length, DESCRIPTION_PREFIX);
  return shared >= MIN_DESCRIPTION_MATCH && block.slice(0, shared) === summary.slice(0, shared) && !runsOnPast(block, summary);
}

/**
 * A description that holds the whole block and goes on into the next sentences is an excerpt the
 * CMS cut from the story's opening text, so the block is the story's lead, not a dek set apart.
 */
function runsOnPast(block: string, summary: string): boolean {
  return summary.startsWith(block) && summary.length - block.length > MAX_DESCRIPTION_TAIL;
}

/**
 * The body's first real paragraph sits in another box than the opening block, and is not a
 * paragraph of the same class: BBC gives every paragraph a box of its own, and its first one,
 * copied into the description, is still the story's lead.
 */
function standsApart(first: Element, content: Element): boolean {
  if (first.tagName !== 'P') return true;
  const paragraphs: Element[] = [...content.querySelectorAll('p')];
  const next = paragraphs.slice(paragraphs.indexOf(first) + 1).find((p) => normalizedText(p).length >= MIN_PROSE_CHARS);
  if (next === undefined || next.parentElement === first.parentElement) return false;
  const kind = first.getAttribute('class')?.trim() ?? '';
  return kind === '' || next.getAttribute('class')?.trim() !== kind;
}
