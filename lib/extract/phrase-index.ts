import type { PhraseRule } from '../rules/clutter-rule-types';
import { PHRASE_LITERALS, PHRASE_PREFIXES } from '../rules/phrase-literals';
import { escapeRegExp } from './escape-reg-exp';

/** Which phrase rules a block's text may meet, found without running (and compiling) the rest. */
export interface PhraseIndex {
  /** In rule order: the rules whose required strings `text` holds, and the rules tried on every text. */
  candidates(text: string): PhraseRule[];
}

type Table = Readonly<Record<string, readonly string[]>>;

/** A required string and the rule that needs it. */
interface Holder {
  rule: number;
  /** The string lower-cased: what a case-blind rule compares with the lower-cased text. */
  lower: string;
  /** The string as a case-sensitive rule needs it; null for a case-blind rule. */
  exact: string | null;
}

/** Strings are looked up by their first characters: every gate string is at least this long. */
const KEY_CHARS = 3;

/**
 * Most blocks meet no phrase rule, and compiling every rule's expression (or one union of them all)
 * on a freshly loaded page took longer than the rest of the reader. So a rule runs only on the
 * blocks that hold its words (worked out ahead by required-literals.ts):
 * - a rule whose every match starts the text with one of a few strings is looked up by the text's
 *   first character, and runs only on the texts that start so;
 * - for the other rules, one expression of plain strings, cheap to compile, finds where a text
 *   holds any of their words; each place it stops at is looked up by its first characters, so a
 *   text costs its matches, not the number of strings.
 */
export function phraseIndex(rules: PhraseRule[], literalsById: Table = PHRASE_LITERALS, prefixesById: Table = PHRASE_PREFIXES): PhraseIndex {
  const always: number[] = [];
  const startHolders = new Map<string, Holder[]>();
  const gateHolders = new Map<string, Holder[]>();
  rules.forEach((rule, position) => {
    const { ignoreCase } = rule.pattern;
    const holder = (literal: string): Holder => ({ rule: position, lower: literal.toLowerCase(), exact: ignoreCase ? null : literal });
    const prefixes = Object.hasOwn(prefixesById, rule.id) ? prefixesById[rule.id]! : null;
    const literals = Object.hasOwn(literalsById, rule.id) ? literalsById[rule.id]! : null;
    if (prefixes && prefixes.every((prefix) => prefix.length > 0)) {
      for (const prefix of prefixes) listUnder(startHolders, prefix.toLowerCase().charAt(0), holder(prefix));
    } else if (literals && literals.every((literal) => literal.length >= KEY_CHARS)) {
      for (const literal of literals) listUnder(gateHolders, literal.toLowerCase(), holder(literal));
    } else {
      always.push(position);
    }
  });
  const byKey = new Map<string, string[]>();
  for (const lower of gateHolders.keys()) listUnder(byKey, lower.slice(0, KEY_CHARS), lower);
  // Escaped in one call, not one per string: the strings hold no line breaks (text is collapsed).
  const gate = gateHolders.size > 0 ? new RegExp(escapeRegExp([...gateHolders.keys()].join('\n')).replaceAll('\n', '|'), 'g') : null;
  const alwaysRules = always.map((position) => rules[position]!);
  return {
    candidates: (text) => {
      const lower = text.toLowerCase();
      let hits: Set<number> | null = null;
      for (const holder of startHolders.get(lower.charAt(0)) ?? []) {
        if (holder.exact === null ? lower.startsWith(holder.lower) : text.startsWith(holder.exact)) (hits ??= new Set(always)).add(holder.rule);
      }
      if (gate) {
        gate.lastIndex = 0;
        // The gate stops at the first string at each place; others may start there or overlap it.
        for (let found = gate.exec(lower); found; gate.lastIndex = found.index + 1, found = gate.exec(lower)) {
          for (const lowerLiteral of byKey.get(lower.slice(found.index, found.index + KEY_CHARS)) ?? []) {
            if (!lower.startsWith(lowerLiteral, found.index)) continue;
            for (const holder of gateHolders.get(lowerLiteral)!) {
              if (holder.exact === null || text.includes(holder.exact)) (hits ??= new Set(always)).add(holder.rule);
            }
          }
        }
      }
      if (!hits) return alwaysRules;
      return [...hits].sort((one, other) => one - other).map((position) => rules[position]!);
    },
  };
}

function listUnder<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
