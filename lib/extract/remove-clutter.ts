import type { Removal } from './article-types';
import type { ClutterRuleSet } from '../rules/clutter-rules';
import type { LinkClusterRule, PhraseRule, SelectorRule, TeaserCardRule } from '../rules/clutter-rule-types';
import { describeRemovedBlock } from './removed-block';
import {
  isDetached,
  linkDensity,
  normalizedText,
  outermostSameTextWrapper,
  unlinkedTextLength,
} from './text-blocks';

/** Elements that can hold a whole clutter block or its label. */
const BLOCK_CANDIDATES =
  'p, div, li, section, aside, header, footer, span, a, strong, b, em, i, small, h1, h2, h3, h4, h5, h6, blockquote, dt, dd, td, label, button, nav, figure, table, ul, ol';
const DEFAULT_MAX_PHRASE_CHARS = 200;
/** A box titled by a label ("Topics", "Editor’s picks") holds links, not prose. */
const MAX_BOX_PROSE_CHARS = 200;
const MIN_LIST_LINK_DENSITY = 0.6;
const MIN_TEASER_LINK_DENSITY = 0.5;
/** A short article's few lines of text must never pass for a card's summary. */
const MIN_CARD_LINK_DENSITY = 0.5;

/**
 * Removes clutter from `root` (a clone of the page, never the live page) and reports what went.
 * Order: publisher selectors, generic selectors, link clusters, teaser cards, then phrases on what
 * is left.
 */
export function removeClutter(root: Element, rules: ClutterRuleSet): Removal[] {
  const removals: Removal[] = [];
  for (const rule of rules.selectors) removeBySelector(root, rule, removals);
  for (const rule of rules.linkClusters) removeLinkClusters(root, rule, removals);
  for (const rule of rules.teaserCards) removeTeaserCards(root, rule, removals);
  removeByPhrases(root, rules.phrases, removals);
  return removals;
}

function record(removals: Removal[], rule: { id: string; kind: Removal['kind'] }, element: Element) {
  removals.push({ ruleId: rule.id, kind: rule.kind, textLength: normalizedText(element).length, ...describeRemovedBlock(element) });
  element.remove();
}

function removeBySelector(root: Element, rule: SelectorRule, removals: Removal[]) {
  for (const element of root.querySelectorAll(rule.selector)) {
    if (isDetached(element, root)) continue;
    if (rule.maxTextChars !== undefined && unlinkedTextLength(element) > rule.maxTextChars) continue;
    record(removals, rule, element);
  }
}

function removeLinkClusters(root: Element, rule: LinkClusterRule, removals: Removal[]) {
  const links = [...root.querySelectorAll('a[href]')].filter((link) =>
    rule.hrefPattern.test(link.getAttribute('href') ?? ''),
  );
  for (const link of links) {
    if (isDetached(link, root)) continue;
    const cluster = clusterAround(link, rule, root);
    if (cluster) record(removals, rule, cluster);
  }
}

/** The widest ancestor that holds enough matching links and hardly any prose. */
function clusterAround(link: Element, rule: LinkClusterRule, root: Element): Element | null {
  let cluster: Element | null = null;
  for (let ancestor = link.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (unlinkedTextLength(ancestor) > MAX_BOX_PROSE_CHARS / 2) break;
    if (ancestor.querySelector('p') && unlinkedTextLength(ancestor) > 40) break;
    const matching = [...ancestor.querySelectorAll('a[href]')].filter((a) =>
      rule.hrefPattern.test(a.getAttribute('href') ?? ''),
    ).length;
    if (matching >= rule.minLinks) cluster = ancestor;
  }
  return cluster;
}

function removeTeaserCards(root: Element, rule: TeaserCardRule, removals: Removal[]) {
  for (const heading of root.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (isDetached(heading, root)) continue;
    const link = linkHoldingWholeText(heading);
    if (!link || !linksToAnotherPage(link)) continue;
    const card = cardAround(link.contains(heading) ? link : heading, root, rule);
    if (card) record(removals, rule, card);
  }
}

function linkHoldingWholeText(heading: Element): Element | null {
  const outer = heading.closest('a[href]');
  if (outer) return outer;
  const inner = heading.querySelector('a[href]');
  return inner && normalizedText(inner) === normalizedText(heading) ? inner : null;
}

function linksToAnotherPage(link: Element): boolean {
  const href = link.getAttribute('href')?.trim() ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  try {
    const target = new URL(href, link.ownerDocument.baseURI);
    const page = new URL(link.ownerDocument.URL);
    return target.origin + target.pathname !== page.origin + page.pathname;
  } catch {
    return false;
  }
}

/**
 * The widest box around the headline that holds little text of its own. It must hold more than the
 * headline (a photo, a kicker, another teaser): a linked heading alone may be a real section.
 */
function cardAround(headline: Element, root: Element, rule: TeaserCardRule): Element | null {
  const headlineText = normalizedText(headline);
  let card: Element | null = null;
  for (let ancestor = headline.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (['BODY', 'MAIN'].includes(ancestor.tagName)) break;
    if (unlinkedTextLength(ancestor) > rule.maxCardProseChars) break;
    if (linkDensity(ancestor) < MIN_CARD_LINK_DENSITY) break;
    const holdsMore = normalizedText(ancestor) !== headlineText || ancestor.querySelector('img, picture') !== null;
    if (holdsMore) card = ancestor;
  }
  return card;
}

function removeByPhrases(root: Element, rules: PhraseRule[], removals: Removal[]) {
  if (rules.length === 0) return;
  const longest = Math.max(DEFAULT_MAX_PHRASE_CHARS, ...rules.map((rule) => rule.maxChars ?? 0));
  const anyPhrase = unionPattern(rules);
  const tested = new Map<Element, string>();
  for (const element of root.querySelectorAll(BLOCK_CANDIDATES)) {
    // Captions and credits ("Photo: Reuters") are kept with their image, never judged as clutter.
    if (isDetached(element, root) || element.closest('figcaption')) continue;
    const text = normalizedText(element);
    tested.set(element, text);
    if (text.length === 0 || text.length > longest || !anyPhrase.test(text)) continue;
    // A wrapper with the same text was already judged: its verdict stands for what it wraps.
    if (element.parentElement && tested.get(element.parentElement) === text) continue;
    const rule = rules.find((candidate) => phraseMatches(candidate, element, text));
    if (!rule) continue;
    if (rule.scope === 'block') record(removals, rule, outermostSameTextWrapper(element));
    else removeLabelledBox(element, rule, root, removals);
  }
}

/**
 * One pass over every case-blind pattern at once; the rule that matched is then looked up among few
 * blocks. Case-sensitive patterns (capitals-only teasers) are tested on their own.
 */
function unionPattern(rules: PhraseRule[]): { test: (text: string) => boolean } {
  const caseBlind = rules.filter((rule) => rule.pattern.flags.includes('i'));
  const caseSensitive = rules.filter((rule) => !rule.pattern.flags.includes('i'));
  const union = new RegExp(caseBlind.map((rule) => `(?:${rule.pattern.source})`).join('|') || '(?!)', 'iu');
  return { test: (text) => union.test(text) || caseSensitive.some((rule) => rule.pattern.test(text)) };
}

function phraseMatches(rule: PhraseRule, element: Element, text: string): boolean {
  if (text.length > (rule.maxChars ?? DEFAULT_MAX_PHRASE_CHARS)) return false;
  if (!rule.pattern.test(text)) return false;
  if (!rule.needsLink) return true;
  // A teaser is mostly its link ("Baca juga: <a>title</a>"); a sentence that merely starts so is not.
  return element.closest('a[href]') !== null || linkDensity(element) >= MIN_TEASER_LINK_DENSITY;
}

/** A label ("Topic:", "Editor’s picks") goes with the box of links it titles. */
function removeLabelledBox(label: Element, rule: PhraseRule, root: Element, removals: Removal[]) {
  const labelBlock = outermostSameTextWrapper(label);
  const box = boxAround(labelBlock, root, rule.maxBoxChars);
  if (box !== labelBlock) {
    record(removals, rule, box);
    return;
  }
  const followingLists = linkListsAfter(labelBlock);
  // A lone label with nothing to title may be a real heading ("Topics" in a glossary): keep it.
  if (followingLists.length === 0 && normalizedText(labelBlock).length > 40) return;
  record(removals, rule, labelBlock);
  for (const list of followingLists) record(removals, rule, list);
}

function boxAround(labelBlock: Element, root: Element, maxBoxChars = MAX_BOX_PROSE_CHARS): Element {
  const labelLength = normalizedText(labelBlock).length;
  let box = labelBlock;
  for (let ancestor = labelBlock.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (['BODY', 'MAIN', 'ARTICLE'].includes(ancestor.tagName)) break;
    if (unlinkedTextLength(ancestor) - labelLength > maxBoxChars) break;
    if (!ancestor.querySelector('a[href]') && normalizedText(ancestor).length > maxBoxChars) break;
    box = ancestor;
  }
  return box;
}

function linkListsAfter(labelBlock: Element): Element[] {
  const lists: Element[] = [];
  for (let next = labelBlock.nextElementSibling; next; next = next.nextElementSibling) {
    const isLinkList =
      next.querySelector('a[href]') !== null &&
      linkDensity(next) >= MIN_LIST_LINK_DENSITY &&
      unlinkedTextLength(next) <= MAX_BOX_PROSE_CHARS;
    if (!isLinkList) break;
    lists.push(next);
  }
  return lists;
}
