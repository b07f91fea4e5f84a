import { Readability } from '@mozilla/readability';
import type { Removal } from './article-types';
import { captureHeadingSkeleton, restoreDroppedHeadings } from './heading-skeleton';
import { protectHeadings } from './protect-headings';
import { captureTextChunks, restoreMissingChunks } from './split-text-chunks';
import { removeClutter } from './remove-clutter';
import { normalizedText, PROSE_PARAGRAPH_CHARS } from './text-blocks';
import type { ClutterRuleSet } from '../rules/clutter-rules';
import { elementsByTag } from './elements-by-tag';

/**
 * Cleaning first usually helps Readability pick the text, but taking a box out can tip its choice
 * to a related-stories list (Politico's "More from <author>" header box). When the cleaned run
 * keeps less than this share of the page's prose, a plain run is tried too, and cleaned after.
 */
const MIN_SHARE_OF_PROSE = 0.5;
const MIN_SHARE_OF_PLAIN_RUN = 0.6;

type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

export interface MainText {
  parsed: Parsed | null;
  removals: Removal[];
}

/**
 * Readability on the cleaned page, with a plain run as a safety net. `preparePage` returns a fresh,
 * prepared copy of the page each time (Readability changes the document it reads).
 */
export function readMainText(preparePage: () => Document, rules: ClutterRuleSet, onPlainRun?: () => void): MainText {
  const cleaned = preparePage();
  const removals = removeClutter(bodyOf(cleaned), rules);
  // Measured after cleaning: a cookie dialog's long paragraphs are not prose the article lost.
  const prose = proseLength(bodyOf(cleaned));
  protectHeadings(bodyOf(cleaned));
  const primary = parse(cleaned);
  const primaryLength = primary?.content ? normalizedText(primary.content).length : 0;
  if (primary && primaryLength >= prose * MIN_SHARE_OF_PROSE) return { parsed: primary, removals };

  onPlainRun?.();
  const plain = preparePage();
  protectHeadings(bodyOf(plain));
  const fallback = parse(plain);
  const fallbackLength = fallback?.content ? normalizedText(fallback.content).length : 0;
  if (fallback?.content && primaryLength < fallbackLength * MIN_SHARE_OF_PLAIN_RUN) {
    return { parsed: fallback, removals: removeClutter(fallback.content, rules) };
  }
  return { parsed: primary, removals };
}

function proseLength(body: Element): number {
  let total = 0;
  for (const paragraph of elementsByTag(body, 'p')) {
    const length = normalizedText(paragraph).length;
    if (length >= PROSE_PARAGRAPH_CHARS) total += length;
  }
  return total;
}

/** Readability, then the headings and the split-off boxes of text it dropped are put back. */
function parse(doc: Document): Parsed | null {
  const skeleton = captureHeadingSkeleton(bodyOf(doc));
  const chunks = captureTextChunks(bodyOf(doc));
  const parsed = new Readability<Element>(doc, {
    // No element limit here: the page's size was checked before any work (page-size.ts).
    // Class names stay so that publisher selectors still apply when a plain run is cleaned after.
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  if (parsed?.content) {
    restoreMissingChunks(parsed.content, chunks);
    restoreDroppedHeadings(parsed.content, skeleton, parsed.title ?? '');
  }
  return parsed;
}

function bodyOf(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}
