import type { ClutterKind } from '../extract/article-types';

/**
 * Every rule is data with provenance:
 * - `id`: stable, unique; recorded with every removal it makes.
 * - `kind`: what the reader reports ("removed 3 read-also blocks").
 * - `why`: one line, naming the site or page where the clutter was seen.
 * - `fixture`: file under tests/fixtures/clutter/ that shows the clutter; a test runs the rule on it.
 */
interface RuleBase {
  id: string;
  kind: ClutterKind;
  why: string;
  fixture: string;
}

/** Removes every element matching a CSS selector. */
export interface SelectorRule extends RuleBase {
  selector: string;
  /** Only matches holding at most this much text outside links: a whole page inside a form stays. */
  maxTextChars?: number;
}

/**
 * Matches the whole text of a short block (never a long paragraph, so article text is safe):
 * - `block`: the block itself is clutter ("Baca juga: …", "ADVERTISEMENT");
 * - `label`: the block titles a box of links ("Editor’s picks", "Topics"); the box goes with it.
 */
export interface PhraseRule extends RuleBase {
  pattern: RegExp;
  scope: 'block' | 'label';
  /** Only match blocks that are mostly a link: "Baca juga: <a>…</a>", not a sentence that starts so. */
  needsLink?: boolean;
  /** Longest block text (characters) the rule may touch. */
  maxChars?: number;
  /** For a label: how much text its box may hold besides the label (a summary box holds a few lines). */
  maxBoxChars?: number;
  /** Only a line of its own: "Reuters" alone under a photo is a credit, "dari <a>Reuters</a>" is a sentence. */
  standalone?: boolean;
}

/** A language's phrases, applied to every page whatever its declared language (sites mix them). */
export interface PhrasePack {
  lang: string;
  rules: PhraseRule[];
}

/** Selectors for one publisher, applied only on its hosts. */
export interface SitePack {
  site: string;
  /** Host names, matched as the host itself or any subdomain. */
  hosts: string[];
  rules: SelectorRule[];
}

/** Matches links by target: share intents, app stores. A cluster of them is a widget, not text. */
export interface LinkClusterRule extends RuleBase {
  hrefPattern: RegExp;
  /** How many matching links make a cluster. */
  minLinks: number;
  /** Share of the cluster's text inside links: tag lists are all links, a paragraph linking tags is not. */
  minLinkDensity?: number;
}

/**
 * A heading whose whole text links to another page is a teaser for another story, not a section.
 * Its card (image, kicker, date, a line of summary) goes with it; a heading alone in the flow of
 * the text stays, since listicles link their section headings to what they review.
 */
export interface TeaserCardRule extends RuleBase {
  /** Text outside the link (kicker, date, summary) that a card may hold. */
  maxCardProseChars: number;
}
