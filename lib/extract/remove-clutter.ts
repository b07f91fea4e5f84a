import type { Removal } from './article-types';
import { SELECTOR_RULES, type ClutterRuleSet } from '../rules/clutter-rules';
import type { LinkClusterRule, PhraseRule, SelectorRule, TeaserCardRule } from '../rules/clutter-rule-types';
import { describeRemovedBlock, MAX_REMOVED_HTML_PER_PAGE } from './removed-block';
import { standsAlone } from './stands-alone';
import { isDetached, normalizedText } from './text-blocks';
import { linkInSentence } from './link-in-sentence';
import { phraseIndex } from './phrase-index';
import { EVERY_ELEMENT, keyTest } from './selector-prefilter';
import { SELECTOR_KEYS } from '../rules/selector-keys';
import { createTextMeasure, type TextMeasure } from './text-measure';

/** Elements that can hold a whole clutter block or its label (local names). */
const BLOCK_CANDIDATES = new Set(
  'p div li section aside header footer span a strong b em i small h1 h2 h3 h4 h5 h6 blockquote dt dd td label button nav figure table ul ol'.split(' '),
);
const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const DEFAULT_MAX_PHRASE_CHARS = 200;
/** A box titled by a label ("Topics", "Editor’s picks") holds links, not prose. */
const MAX_BOX_PROSE_CHARS = 200;
const MIN_LIST_LINK_DENSITY = 0.6;
const MIN_TEASER_LINK_DENSITY = 0.5;
/** A short article's few lines of text must never pass for a card's summary. */
const MIN_CARD_LINK_DENSITY = 0.5;

/** What one clutter pass shares: the root, its elements, the text measure, and what has gone so far. */
interface ClutterPass {
  root: Element;
  /** Every element under the root at the start, in document order; the pass only removes. */
  elements: Element[];
  measure: TextMeasure;
  removals: Removal[];
  /** What is left of the page's allowance of removed-block HTML (see removed-block.ts). */
  htmlAllowance: number;
}

/**
 * Removes clutter from `root` (a clone of the page, never the live page) and reports what went.
 * Order: publisher selectors, generic selectors, link clusters, teaser cards, then phrases on what
 * is left. The tree is read a fixed number of times whatever the number of rules: all selectors in
 * one query, one walk for the links and the headings, one for the phrase blocks.
 */
export function removeClutter(root: Element, rules: ClutterRuleSet): Removal[] {
  const pass: ClutterPass = {
    root,
    elements: [...root.getElementsByTagName('*')],
    measure: createTextMeasure(),
    removals: [],
    htmlAllowance: MAX_REMOVED_HTML_PER_PAGE,
  };
  removeBySelectors(pass, rules.selectors);
  if (rules.linkClusters.length > 0 || rules.teaserCards.length > 0) {
    const { links, headings } = linksAndHeadings(pass.elements);
    // Each address is read once for all the rules.
    const hrefs = links.map((link) => link.getAttribute('href') ?? '');
    for (const rule of rules.linkClusters) removeLinkClusters(pass, rule, links, hrefs);
    for (const rule of rules.teaserCards) removeTeaserCards(pass, rule, headings);
  }
  removeByPhrases(pass, rules.phrases);
  return pass.removals;
}

function record(pass: ClutterPass, rule: { id: string; kind: Removal['kind'] }, element: Element) {
  const textLength = pass.measure.textLength(element);
  const block = describeRemovedBlock(element, textLength, pass.htmlAllowance);
  pass.htmlAllowance -= block.html?.length ?? 0;
  pass.removals.push({ ruleId: rule.id, kind: rule.kind, textLength, ...block });
  pass.measure.forget(element);
  element.remove();
}

/**
 * Rules apply one after another (a match that an earlier rule already took goes to that rule), but
 * the elements are read once: a cheap test of every selector's key picks the few candidates, and
 * only those are matched, rule by rule. Each rule matches on the tree as the rules before it left
 * it, so a selector that depends on siblings (`:only-child`, `:empty`, `+`) sees their removals.
 */
function removeBySelectors(pass: ClutterPass, rules: SelectorRule[]) {
  if (rules.length === 0) return;
  const positions = new Map(SELECTOR_RULES.map((rule, position) => [rule, position]));
  // A rule the table does not hold (one made for a test) lets every element through to `matches`:
  // slower, never wrong, and the selector reader stays out of the injected script.
  const keys = rules.map((rule) => SELECTOR_KEYS[positions.get(rule) ?? -1]?.split(' ') ?? [EVERY_ELEMENT]);
  const candidates = pass.elements.filter(keyTest(keys));
  for (const rule of rules) {
    const matches = candidates.filter((element) => element.matches(rule.selector));
    for (const element of matches) {
      // A match inside a box an earlier rule (or this one) took went with it.
      if (isDetached(element, pass.root)) continue;
      if (rule.maxTextChars !== undefined && pass.measure.unlinkedLength(element) > rule.maxTextChars) continue;
      record(pass, rule, element);
    }
  }
}

/** Links with a target and h2–h6, in document order. */
function linksAndHeadings(elements: Element[]): { links: Element[]; headings: Element[] } {
  const links: Element[] = [];
  const headings: Element[] = [];
  for (const element of elements) {
    if (element.localName === 'a' && element.hasAttribute('href')) links.push(element);
    else if (TEASER_HEADINGS.has(element.localName)) headings.push(element);
  }
  return { links, headings };
}

function removeLinkClusters(pass: ClutterPass, rule: LinkClusterRule, allLinks: Element[], hrefs: string[]) {
  const links = allLinks.filter((link, index) => rule.hrefPattern.test(hrefs[index]!) && !isDetached(link, pass.root));
  const matchingLinks = linksPerBox(links, pass.root);
  for (const link of links) {
    if (isDetached(link, pass.root) || linkInSentence(link)) continue;
    const cluster = clusterAround(link, rule, pass, matchingLinks);
    if (!cluster) continue;
    const gone = matchingLinks.get(cluster) ?? 0;
    for (let box = cluster.parentElement; box && box !== pass.root; box = box.parentElement) matchingLinks.set(box, (matchingLinks.get(box) ?? 0) - gone);
    record(pass, rule, cluster);
  }
}

/**
 * How many of `links` each box holds, counted once from the links up: counting the links inside
 * every ancestor of every link read the same lists again and again.
 */
function linksPerBox(links: Element[], root: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const link of links) {
    for (let box = link.parentElement; box && box !== root; box = box.parentElement) counts.set(box, (counts.get(box) ?? 0) + 1);
  }
  return counts;
}

/** The widest ancestor that holds enough matching links and hardly any prose. */
function clusterAround(link: Element, rule: LinkClusterRule, { root, measure }: ClutterPass, matchingLinks: Map<Element, number>): Element | null {
  let cluster: Element | null = null;
  for (let ancestor = link.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (measure.unlinkedLength(ancestor) > MAX_BOX_PROSE_CHARS / 2) break;
    if (measure.unlinkedLength(ancestor) > 40 && ancestor.querySelector('p')) break;
    const matching = matchingLinks.get(ancestor) ?? 0;
    if (matching >= rule.minLinks && measure.linkDensity(ancestor) >= (rule.minLinkDensity ?? 0)) cluster = ancestor;
  }
  return cluster;
}

function removeTeaserCards(pass: ClutterPass, rule: TeaserCardRule, headings: Element[]) {
  const here = pageAddressOf(pass.root.ownerDocument);
  for (const heading of headings) {
    if (isDetached(heading, pass.root)) continue;
    const link = linkHoldingWholeText(heading, pass.measure);
    if (!link || !linksToAnotherPage(link, here)) continue;
    const card = cardAround(link.contains(heading) ? link : heading, pass, rule);
    if (card) record(pass, rule, card);
  }
}

function linkHoldingWholeText(heading: Element, measure: TextMeasure): Element | null {
  const outer = heading.closest('a[href]');
  if (outer) return outer;
  const inner = heading.querySelector('a[href]');
  return inner && sameText(inner, heading, measure) ? inner : null;
}

/** Equal lengths first: most blocks differ there, and their text need not be built. */
function sameText(one: Element, other: Element, measure: TextMeasure): boolean {
  return measure.textLength(one) === measure.textLength(other) && normalizedText(one) === normalizedText(other);
}

interface PageAddress {
  base: string;
  /** Origin and path: a link elsewhere on the same page (another fragment, query) is not another page. */
  page: string | null;
}

/** Read once per pass: some DOM libraries look for `<base>` in the whole tree on every `baseURI`. */
function pageAddressOf(doc: Document): PageAddress {
  try {
    const page = new URL(doc.URL);
    return { base: doc.baseURI, page: page.origin + page.pathname };
  } catch {
    return { base: doc.baseURI, page: null };
  }
}

function linksToAnotherPage(link: Element, here: PageAddress): boolean {
  const href = link.getAttribute('href')?.trim() ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/i.test(href) || here.page === null) return false;
  try {
    const target = new URL(href, here.base);
    return target.origin + target.pathname !== here.page;
  } catch {
    return false;
  }
}

/**
 * The widest box around the headline that holds little text of its own. It must hold more than the
 * headline (a photo, a kicker, another teaser): a linked heading alone may be a real section.
 */
function cardAround(headline: Element, { root, measure }: ClutterPass, rule: TeaserCardRule): Element | null {
  let card: Element | null = null;
  for (let ancestor = headline.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (['BODY', 'MAIN'].includes(ancestor.tagName)) break;
    if (measure.unlinkedLength(ancestor) > rule.maxCardProseChars) break;
    if (measure.linkDensity(ancestor) < MIN_CARD_LINK_DENSITY) break;
    const holdsMore = !sameText(ancestor, headline, measure) || ancestor.querySelector('img, picture') !== null;
    if (holdsMore) card = ancestor;
  }
  return card;
}

function removeByPhrases(pass: ClutterPass, rules: PhraseRule[]) {
  if (rules.length === 0) return;
  const { root, measure } = pass;
  const longest = Math.max(DEFAULT_MAX_PHRASE_CHARS, ...rules.map((rule) => rule.maxChars ?? 0));
  const index = phraseIndex(rules);
  // Only short texts are ever built: a block's text is needed when no phrase is too short for it.
  const judgedLength = new Map<Element, number>();
  for (const element of pass.elements) {
    if (!BLOCK_CANDIDATES.has(element.localName)) continue;
    // Empty and long blocks are never clutter: the cheapest test goes first.
    const length = measure.textLength(element);
    if (length === 0 || length > longest) continue;
    // Captions and credits ("Photo: Reuters") are kept with their image, never judged as clutter.
    if (isDetached(element, root) || withinCaption(element)) continue;
    judgedLength.set(element, length);
    // A wrapper with the same text was already judged: its verdict stands for what it wraps. Its
    // text held this one's, so the same length is the same text, and no text need be built.
    if (element.parentElement && judgedLength.get(element.parentElement) === length) continue;
    const text = normalizedText(element);
    const rule = index.candidates(text).find((candidate) => phraseMatches(candidate, element, text, measure));
    if (!rule) continue;
    if (rule.scope === 'block') record(pass, rule, outermostSameTextWrapper(element, measure));
    else removeLabelledBox(element, rule, pass);
  }
}

/** As `closest('figcaption')`, by name only: a selector match per ancestor is slow in some DOM libraries. */
function withinCaption(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) if (node.localName === 'figcaption') return true;
  return false;
}

function phraseMatches(rule: PhraseRule, element: Element, text: string, measure: TextMeasure): boolean {
  if (text.length > (rule.maxChars ?? DEFAULT_MAX_PHRASE_CHARS)) return false;
  if (!rule.pattern.test(text)) return false;
  if (rule.standalone && !standsAlone(element)) return false;
  if (!rule.needsLink) return true;
  // A teaser is mostly its link ("Baca juga: <a>title</a>"); a sentence that merely starts so is not.
  return element.closest('a[href]') !== null || measure.linkDensity(element) >= MIN_TEASER_LINK_DENSITY;
}

/** A label ("Topic:", "Editor’s picks") goes with the box of links it titles. */
function removeLabelledBox(label: Element, rule: PhraseRule, pass: ClutterPass) {
  const labelBlock = outermostSameTextWrapper(label, pass.measure);
  const box = boxAround(labelBlock, pass, rule.maxBoxChars);
  if (box !== labelBlock) {
    record(pass, rule, box);
    return;
  }
  const followingLists = linkListsAfter(labelBlock, pass.measure);
  // A lone label with nothing to title may be a real heading ("Topics" in a glossary): keep it.
  if (followingLists.length === 0 && pass.measure.textLength(labelBlock) > 40) return;
  record(pass, rule, labelBlock);
  for (const list of followingLists) record(pass, rule, list);
}

function boxAround(labelBlock: Element, { root, measure }: ClutterPass, maxBoxChars = MAX_BOX_PROSE_CHARS): Element {
  const labelLength = measure.textLength(labelBlock);
  let box = labelBlock;
  for (let ancestor = labelBlock.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (['BODY', 'MAIN', 'ARTICLE'].includes(ancestor.tagName)) break;
    if (measure.unlinkedLength(ancestor) - labelLength > maxBoxChars) break;
    if (measure.textLength(ancestor) > maxBoxChars && !ancestor.querySelector('a[href]')) break;
    box = ancestor;
  }
  return box;
}

function linkListsAfter(labelBlock: Element, measure: TextMeasure): Element[] {
  const lists: Element[] = [];
  for (let next = labelBlock.nextElementSibling; next; next = next.nextElementSibling) {
    const isLinkList =
      measure.linkDensity(next) >= MIN_LIST_LINK_DENSITY &&
      measure.unlinkedLength(next) <= MAX_BOX_PROSE_CHARS &&
      next.querySelector('a[href]') !== null;
    if (!isLinkList) break;
    lists.push(next);
  }
  return lists;
}

const CONTAINER_BOUNDARY = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
const MEDIA = 'img, picture, video, iframe, table';

/**
 * The outermost wrapper that holds exactly the same text as `element`: removing it instead of the
 * element itself leaves no empty shells (`<div><p><a>Baca juga…</a></p></div>`). As
 * `outermostSameTextWrapper` in text-blocks.ts, with the lengths compared before the texts.
 */
function outermostSameTextWrapper(element: Element, measure: TextMeasure): Element {
  let current = element;
  while (current.parentElement && !CONTAINER_BOUNDARY.has(current.parentElement.tagName)) {
    if (!sameText(current.parentElement, element, measure)) break;
    if (current.parentElement.querySelector(MEDIA) && !current.querySelector(MEDIA)) break;
    current = current.parentElement;
  }
  return current;
}
