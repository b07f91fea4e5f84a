import type { PhraseRule } from '../rules/clutter-rule-types';
import { PHRASE_LITERALS } from '../rules/phrase-literals';
import { escapeRegExp } from './escape-reg-exp';

interface IndexedRule {
  rule: PhraseRule;
  /** One of these is in every text the rule matches; null: the rule is tried on every text. */
  literals: readonly string[] | null;
  ignoreCase: boolean;
}

/** Which phrase rules a block's text may meet, found without running (and compiling) the rest. */
export interface PhraseIndex {
  /** In rule order: the rules whose required strings `text` holds, and the rules tried on every text. */
  candidates(text: string): PhraseRule[];
}

/**
 * Most blocks meet no phrase rule, and compiling every rule's expression (or one union of them all)
 * on a freshly loaded page took longer than the rest of the reader. One expression of plain
 * strings, cheap to compile, first tells whether a block holds any rule's words (worked out ahead
 * by required-literals.ts); only the rules whose words it holds are run.
 */
export function phraseIndex(rules: PhraseRule[], literalsById: Readonly<Record<string, readonly string[]>> = PHRASE_LITERALS): PhraseIndex {
  const indexed: IndexedRule[] = rules.map((rule) => ({
    rule,
    literals: Object.hasOwn(literalsById, rule.id) ? literalsById[rule.id]! : null,
    ignoreCase: rule.pattern.flags.includes('i'),
  }));
  const always = indexed.filter((entry) => entry.literals === null).map((entry) => entry.rule);
  const gateLiterals = [...new Set(indexed.flatMap((entry) => entry.literals ?? []).map((literal) => literal.toLowerCase()))];
  const gate = gateLiterals.length > 0 ? new RegExp(gateLiterals.map(escapeRegExp).join('|')) : null;
  return {
    candidates: (text) => {
      const lower = text.toLowerCase();
      if (!gate?.test(lower)) return always;
      return indexed
        .filter((entry) => entry.literals === null || entry.literals.some((literal) => (entry.ignoreCase ? lower : text).includes(literal)))
        .map((entry) => entry.rule);
    },
  };
}
