import { normalizedText } from './text-blocks';

/** Letters of prose a link needs on each side to read as words of a sentence. */
const MIN_SIDE_CHARS = 10;
const SENTENCE_BLOCK = 'p, li, dd, blockquote, td';

/**
 * A link with prose before and after it in its paragraph is part of a sentence ("an <a>all-new
 * version of our app</a>, one that…"): taking it out would leave a hole in the text, whatever it
 * points to. A widget's links stand on their own or close a label ("Get our app: <a>…</a>").
 */
export function linkInSentence(link: Element): boolean {
  const block = link.closest(SENTENCE_BLOCK);
  if (!block) return false;
  const text = normalizedText(block);
  const linkText = normalizedText(link);
  const at = linkText ? text.indexOf(linkText) : -1;
  if (at < 0) return false;
  const before = proseLength(text.slice(0, at));
  const after = proseLength(text.slice(at + linkText.length));
  return before >= MIN_SIDE_CHARS && after >= MIN_SIDE_CHARS;
}

function proseLength(text: string): number {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').length;
}
