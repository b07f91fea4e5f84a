import type { ClutterKind } from '../extract/article-types';
import type { LinkClusterRule, PhrasePack, PhraseRule, SelectorRule, TeaserCardRule } from './clutter-rule-types';
import { LANGUAGE_NEUTRAL_PHRASES } from './phrases/any';
import { INDONESIAN_PHRASES } from './phrases/id';
import { ENGLISH_PHRASES } from './phrases/en';
import { MALAY_PHRASES } from './phrases/ms';
import { GERMAN_PHRASES } from './phrases/de';
import { FRENCH_PHRASES } from './phrases/fr';
import { SPANISH_PHRASES } from './phrases/es';
import { PORTUGUESE_PHRASES } from './phrases/pt';
import { ITALIAN_PHRASES } from './phrases/it';
import { DUTCH_PHRASES } from './phrases/nl';
import { NORWEGIAN_PHRASES } from './phrases/no';
import { LATVIAN_PHRASES } from './phrases/lv';
import { SITE_PACKS, sitePacksFor } from './site-packs';
import { GENERIC_SELECTOR_RULES, LINK_CLUSTER_RULES, TEASER_CARD_RULES } from './structural-rules';

export const PHRASE_PACKS: PhrasePack[] = [
  LANGUAGE_NEUTRAL_PHRASES,
  INDONESIAN_PHRASES,
  ENGLISH_PHRASES,
  MALAY_PHRASES,
  GERMAN_PHRASES,
  FRENCH_PHRASES,
  SPANISH_PHRASES,
  PORTUGUESE_PHRASES,
  ITALIAN_PHRASES,
  DUTCH_PHRASES,
  NORWEGIAN_PHRASES,
  LATVIAN_PHRASES,
];

/** Every phrase rule, in the order they are tried; the phrase index (phrase-literals.ts) numbers them so. */
export const PHRASE_RULES: readonly PhraseRule[] = PHRASE_PACKS.flatMap((pack) => pack.rules);

/** Every selector rule; the selector prefilter's keys (selector-keys.ts) are worked out from them. */
export const SELECTOR_RULES: readonly SelectorRule[] = [...SITE_PACKS.flatMap((pack) => pack.rules), ...GENERIC_SELECTOR_RULES];

/** The rules one page gets: its publisher's selectors first, then the generic ones. */
export interface ClutterRuleSet {
  selectors: SelectorRule[];
  linkClusters: LinkClusterRule[];
  teaserCards: TeaserCardRule[];
  phrases: PhraseRule[];
}

export function clutterRulesFor(hostname: string, keepRuleIds: readonly string[] = []): ClutterRuleSet {
  // "Always keep this kind on this site" is stored as the rules that removed it; every rule of their
  // kind stands down, or the same "Baca juga" link would fall to the Malay pack's rule instead.
  const ids = new Set(keepRuleIds);
  const keptKinds = new Set(ids.size === 0 ? [] : allClutterRules().filter((rule) => ids.has(rule.id)).map((rule) => rule.kind));
  const applies = (rule: { kind: ClutterKind }) => !keptKinds.has(rule.kind);
  return {
    selectors: [...sitePacksFor(hostname).flatMap((pack) => pack.rules), ...GENERIC_SELECTOR_RULES].filter(applies),
    linkClusters: LINK_CLUSTER_RULES.filter(applies),
    teaserCards: TEASER_CARD_RULES.filter(applies),
    // Every pack applies everywhere: Indonesian sites mix English labels ("Editor’s picks", "Share").
    phrases: PHRASE_RULES.filter(applies),
  };
}

/** Every rule, for the data-integrity tests. */
export function allClutterRules(): Array<SelectorRule | LinkClusterRule | TeaserCardRule | PhraseRule> {
  return [
    ...SELECTOR_RULES,
    ...LINK_CLUSTER_RULES,
    ...TEASER_CARD_RULES,
    ...PHRASE_RULES,
  ];
}
