import { Readability } from '@mozilla/readability';
import type { Removal } from './article-types';
import { protectHeadings } from './protect-headings';
import { removeClutter } from './remove-clutter';
import { normalizedText } from './text-blocks';
import type { ClutterRuleSet } from '../rules/clutter-rules';

/** Pages larger than this are refused with a clear error rather than freezing the tab. */
const MAX_ELEMENTS = 100_000;
/**
 * Cleaning first usually helps Readability pick the text, but taking a box out can tip its choice
 * to a related-stories list (Politico's "More from <author>" header box). When the cleaned run
 * keeps less than this share of what a plain run finds, the plain run wins and is cleaned after.
 */
const MIN_SHARE_OF_PLAIN_RUN = 0.6;

type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

export interface MainText {
  parsed: Parsed | null;
  removals: Removal[];
}

/** Readability on a cleaned copy of the prepared page, checked against a run on a plain copy. */
export function readMainText(prepared: Document, rules: ClutterRuleSet): MainText {
  const cleaned = prepared.cloneNode(true) as Document;
  const removals = removeClutter(bodyOf(cleaned), rules);
  protectHeadings(bodyOf(cleaned));
  const primary = parse(cleaned);

  const plain = prepared.cloneNode(true) as Document;
  protectHeadings(bodyOf(plain));
  const fallback = parse(plain);

  const primaryLength = primary?.content ? normalizedText(primary.content).length : 0;
  const fallbackLength = fallback?.content ? normalizedText(fallback.content).length : 0;
  if (fallback?.content && primaryLength < fallbackLength * MIN_SHARE_OF_PLAIN_RUN) {
    return { parsed: fallback, removals: removeClutter(fallback.content, rules) };
  }
  return { parsed: primary, removals };
}

function parse(doc: Document): Parsed | null {
  return new Readability<Element>(doc, {
    maxElemsToParse: MAX_ELEMENTS,
    // Class names stay so that publisher selectors still apply when a plain run is cleaned after.
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
}

function bodyOf(doc: Document): Element {
  return doc.body ?? doc.documentElement;
}
