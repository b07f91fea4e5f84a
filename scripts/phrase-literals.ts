/**
 * Writes the rules' lookup tables, worked out ahead so that a click does not parse the rules:
 * - lib/rules/phrase-literals.ts: the phrase index (lib/extract/phrase-index.ts) as plain data, from
 *   the strings each phrase rule's every match starts with or holds (lib/extract/required-literals.ts);
 * - lib/rules/selector-keys.ts: each selector rule's keys for the selector prefilter
 *   (lib/extract/selector-prefilter.ts).
 * Run after changing a phrase or selector rule:
 *
 *   npm run rules:literals
 *
 * Unit tests (tests/unit/phrase-index.test.ts, tests/unit/selector-prefilter.test.ts) fail while a
 * table is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PHRASE_RULES, SELECTOR_RULES } from '../lib/rules/clutter-rules';
import { phraseIndexTables } from '../lib/extract/phrase-index';
import { phraseTables } from '../lib/extract/required-literals';
import { selectorKeys } from '../lib/extract/selector-prefilter';

const PHRASE_LITERALS_FILE = fileURLToPath(new URL('../lib/rules/phrase-literals.ts', import.meta.url));
const SELECTOR_KEYS_FILE = fileURLToPath(new URL('../lib/rules/selector-keys.ts', import.meta.url));

function phraseLiteralsSource(): string {
  const tables = phraseIndexTables(PHRASE_RULES, phraseTables(PHRASE_RULES));
  return [
    '// Written by `npm run rules:literals` (scripts/phrase-literals.ts) from the phrase rules; do not edit.',
    "import type { PhraseIndexTables } from '../extract/phrase-index';",
    '',
    '/**',
    ' * Which phrase rules each block may meet, looked up by the strings the text starts with or holds;',
    ' * rules are numbered by their place in PHRASE_RULES (clutter-rules.ts).',
    ' * Read as JSON: the built script is smaller than with the same object literal.',
    ' */',
    `export const PHRASE_INDEX: PhraseIndexTables = JSON.parse(${JSON.stringify(JSON.stringify(tables))});`,
    '',
  ].join('\n');
}

function selectorKeysSource(): string {
  const table = SELECTOR_RULES.map((rule) => {
    const keys = selectorKeys([rule.selector]);
    if (keys.some((key) => /\s/.test(key))) throw new Error(`${rule.id}: a key with a space cannot be listed`);
    return keys.join(' ');
  });
  return [
    '// Written by `npm run rules:literals` (scripts/phrase-literals.ts) from the selector rules; do not edit.',
    '',
    '/** Each selector rule\'s keys (selector-prefilter.ts), split by spaces, by its place in SELECTOR_RULES (clutter-rules.ts). */',
    `export const SELECTOR_KEYS: readonly string[] = ${JSON.stringify(table)};`,
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PHRASE_LITERALS_FILE, phraseLiteralsSource());
  writeFileSync(SELECTOR_KEYS_FILE, selectorKeysSource());
  console.log(`wrote ${PHRASE_LITERALS_FILE} and ${SELECTOR_KEYS_FILE}`);
}
