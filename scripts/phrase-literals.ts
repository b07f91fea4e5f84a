/**
 * Writes lib/rules/phrase-literals.ts: for each phrase rule, strings one of which every text it
 * matches holds, and strings one of which it starts with (lib/extract/required-literals.ts). Run
 * after changing a phrase rule:
 *
 *   npm run rules:literals
 *
 * A unit test (tests/unit/phrase-index.test.ts) fails while the table is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PHRASE_PACKS } from '../lib/rules/clutter-rules';
import { phraseTables } from '../lib/extract/required-literals';

const PHRASE_LITERALS_FILE = fileURLToPath(new URL('../lib/rules/phrase-literals.ts', import.meta.url));

function phraseLiteralsSource(): string {
  const { literals, prefixes } = phraseTables(PHRASE_PACKS.flatMap((pack) => pack.rules));
  const lines = (table: Record<string, string[]>) => Object.entries(table).map(([id, strings]) => `  ${JSON.stringify(id)}: ${JSON.stringify(strings)},`);
  return [
    '// Written by `npm run rules:literals` (scripts/phrase-literals.ts) from the phrase rules; do not edit.',
    '// lib/extract/phrase-index.ts runs a rule only on the blocks that start with one of its prefixes,',
    '// or else hold one of its literals. A rule in neither table is run on every block.',
    '',
    '/** For each rule not in PHRASE_PREFIXES, strings one of which every text it matches holds. */',
    'export const PHRASE_LITERALS: Readonly<Record<string, readonly string[]>> = {',
    ...lines(literals),
    '};',
    '',
    '/** For each rule anchored at the start of the text, strings one of which every text it matches starts with. */',
    'export const PHRASE_PREFIXES: Readonly<Record<string, readonly string[]>> = {',
    ...lines(prefixes),
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PHRASE_LITERALS_FILE, phraseLiteralsSource());
  console.log(`wrote ${PHRASE_LITERALS_FILE}`);
}
