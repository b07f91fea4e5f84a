import { normalizedText } from './text-blocks';

/**
 * Class names publishers give the summary under the headline. Not "intro" or "lead": BBC's
 * `story-body__introduction` is the story's first paragraph, set in bold.
 */
const STANDFIRST_CLASS = /standfirst|(^|[\s_-])dek([\s_-]|$)|summary|teaser|subtitle|sub-title|subheadline|sub-headline|excerpt|description|abstract|chapeau|chapo|vorspann/i;
const MAX_STANDFIRST_CHARS = 600;
/** How far up from the opening block a standfirst class may sit (Readability keeps the wrappers). */
const MAX_CLASS_DEPTH = 3;

/**
 * The standfirst (dek) under the headline summarises the story; it is not its first paragraph. When
 * the text opens with a block the page marks as such, it is taken out and returned, so the reader
 * shows it under the title, set apart, and the body starts with the story itself.
 */
export function moveStandfirst(content: Element): string {
  const first = content.querySelector('p, h2, h3, h4');
  if (!first) return '';
  const text = normalizedText(first);
  if (text.length === 0 || text.length > MAX_STANDFIRST_CHARS) return '';
  let marked = false;
  let element: Element | null = first;
  for (let depth = 0; element && element !== content && depth <= MAX_CLASS_DEPTH; depth += 1) {
    if (STANDFIRST_CLASS.test(element.getAttribute('class') ?? '') && normalizedText(element) === text) marked = true;
    element = element.parentElement;
  }
  if (!marked) return '';
  first.remove();
  return text;
}
