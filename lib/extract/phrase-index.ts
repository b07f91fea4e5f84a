import type { PhraseRule } from '../rules/clutter-rule-types';
import { PHRASE_INDEX } from '../rules/phrase-literals';
import { PHRASE_RULES } from '../rules/clutter-rules';
import { escapeRegExp } from './escape-reg-exp';

/** Which phrase rules a block's text may meet, found without running (and compiling) the rest. */
export interface PhraseIndex {
  /** In rule order: the rules whose required strings `text` holds, and the rules tried on every text. */
  candidates(text: string): PhraseRule[];
}

/**
 * The strings of each rule, worked out ahead from its pattern (`npm run rules:literals` writes them to
 * lib/rules/phrase-literals.ts). Rules are named by their place in the list the tables were worked
 * out from; each list is flat, a rule's number followed by its strings, so the injected script stays
 * small and the index is built with one loop over plain strings.
 */
export interface PhraseIndexTables {
  /** Rules with no strings to look for: tried on every block. */
  always: readonly number[];
  /** Rules that compare case: their strings are as written; every other rule's are lower-cased. */
  caseSensitive: readonly number[];
  /** Strings one of which the text starts with. */
  starts: ReadonlyArray<number | string>;
  /** Strings (at least KEY_CHARS long) one of which the text holds. */
  gates: ReadonlyArray<number | string>;
}

/** Strings are looked up by their first characters: every gate string is at least this long. */
const KEY_CHARS = 3;

/**
 * Lists each rule's strings: those the text must start with (`prefixes`) or else hold (`literals`),
 * both by rule id (lib/extract/required-literals.ts). A rule in neither table, or with a string too
 * short to look up, is tried on every block.
 */
export function phraseIndexTables(
  rules: ReadonlyArray<{ id: string; pattern: RegExp }>,
  { literals, prefixes }: { literals: Readonly<Record<string, readonly string[]>>; prefixes: Readonly<Record<string, readonly string[]>> },
): PhraseIndexTables {
  const always: number[] = [];
  const caseSensitive: number[] = [];
  const starts: Array<number | string> = [];
  const gates: Array<number | string> = [];
  rules.forEach((rule, position) => {
    if (!rule.pattern.ignoreCase) caseSensitive.push(position);
    const ruleStarts = Object.hasOwn(prefixes, rule.id) ? prefixes[rule.id]! : null;
    const ruleLiterals = Object.hasOwn(literals, rule.id) ? literals[rule.id]! : null;
    if (ruleStarts && ruleStarts.every((prefix) => prefix.length > 0)) starts.push(position, ...ruleStarts);
    else if (ruleLiterals && ruleLiterals.every((literal) => literal.length >= KEY_CHARS)) gates.push(position, ...ruleLiterals);
    else always.push(position);
  });
  return { always, caseSensitive, starts, gates };
}

/**
 * Most blocks meet no phrase rule, and compiling every rule's expression (or one union of them all)
 * on a freshly loaded page took longer than the rest of the reader. So a rule runs only on the
 * blocks that hold its words:
 * - a rule whose every match starts the text with one of a few strings is looked up by the text's
 *   first character, and runs only on the texts that start so;
 * - for the other rules, one expression of the strings' first characters, cheap to compile, finds
 *   where a text may hold any of their words; each place it stops at is looked up by those
 *   characters, so a text costs its matches, not the number of strings.
 * `rules` may leave out some of `tableRules`, the rules the tables were worked out from (the kinds a
 * reader keeps on a site); a rule not among them is tried on every block.
 */
export function phraseIndex(rules: readonly PhraseRule[], tables: PhraseIndexTables = PHRASE_INDEX, tableRules: readonly PhraseRule[] = PHRASE_RULES): PhraseIndex {
  const positionOfRule = new Map(rules.map((rule, position) => [rule, position]));
  // The tables' rule numbers, as places in `rules`; -1 for a rule left out.
  const positionOf = tableRules.map((rule) => positionOfRule.get(rule) ?? -1);
  const inTables = new Set(tableRules);
  const always = [
    ...tables.always.map((rule) => positionOf[rule]!).filter((position) => position >= 0),
    ...rules.flatMap((rule, position) => (inTables.has(rule) ? [] : [position])),
  ].sort((one, other) => one - other);
  const caseSensitive = new Set(tables.caseSensitive);
  // Each list holds pairs: a rule's number, then a string as the rule compares it.
  const startsByChar = new Map<string, Array<number | string>>();
  const gateHolders = new Map<string, Array<number | string>>();
  readStrings(tables.starts, caseSensitive, (rule, text, lower) => listUnder(startsByChar, lower.charAt(0), rule, text));
  readStrings(tables.gates, caseSensitive, (rule, text, lower) => listUnder(gateHolders, lower, rule, text));
  const byKey = new Map<string, string[]>();
  for (const lower of gateHolders.keys()) listUnder(byKey, lower.slice(0, KEY_CHARS), lower);
  // Whole strings as alternatives took four times as long to compile on a freshly loaded page.
  // Escaped in one call, not one per string: the strings hold no line breaks (text is collapsed).
  const gate = byKey.size > 0 ? new RegExp(escapeRegExp([...byKey.keys()].join('\n')).replaceAll('\n', '|'), 'g') : null;
  const alwaysRules = always.map((position) => rules[position]!);
  /**
   * Adds the rule of each pair whose string the text holds: at its start, or anywhere for a gate
   * string (the gate found its lower-cased form; a case-sensitive rule's must be there as written).
   */
  const matchPairs = (pairs: ReadonlyArray<number | string>, text: string, lower: string, found: number[], anywhere: boolean) => {
    for (let index = 0; index < pairs.length; index += 2) {
      const rule = pairs[index] as number;
      const string = pairs[index + 1] as string;
      const holds = caseSensitive.has(rule) ? (anywhere ? text.includes(string) : text.startsWith(string)) : anywhere || lower.startsWith(string);
      if (holds) found.push(rule);
    }
  };
  return {
    candidates: (text) => {
      const lower = text.toLowerCase();
      const found: number[] = [];
      matchPairs(startsByChar.get(lower.charAt(0)) ?? [], text, lower, found, false);
      if (gate) {
        gate.lastIndex = 0;
        // Every key is as long: the gate stops at each place one starts, overlapping places too.
        for (let match = gate.exec(lower); match; gate.lastIndex = match.index + 1, match = gate.exec(lower)) {
          for (const lowerLiteral of byKey.get(lower.slice(match.index, match.index + KEY_CHARS)) ?? []) {
            if (lower.startsWith(lowerLiteral, match.index)) matchPairs(gateHolders.get(lowerLiteral)!, text, lower, found, true);
          }
        }
      }
      if (found.length === 0) return alwaysRules;
      const hits = new Set(always);
      for (const rule of found) if (positionOf[rule]! >= 0) hits.add(positionOf[rule]!);
      return [...hits].sort((one, other) => one - other).map((position) => rules[position]!);
    },
  };
}

/** Each string of a flat list with its rule, as written and lower-cased. */
function readStrings(list: ReadonlyArray<number | string>, caseSensitive: ReadonlySet<number>, file: (rule: number, text: string, lower: string) => void) {
  let rule = -1;
  for (const item of list) {
    if (typeof item === 'number') rule = item;
    else file(rule, item, caseSensitive.has(rule) ? item.toLowerCase() : item);
  }
}

function listUnder<T>(map: Map<string, T[]>, key: string, ...values: T[]) {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
