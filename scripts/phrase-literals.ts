/**
 * Writes lib/rules/phrase-literals.ts: for each phrase rule, strings one of which every text it
 * matches holds (lib/extract/required-literals.ts). Run after changing a phrase rule:
 *
 *   npm run rules:literals
 *
 * A unit test (tests/unit/phrase-index.test.ts) fails while the table is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PHRASE_PACKS } from '../lib/rules/clutter-rules';
import { phraseLiteralsTable } from '../lib/extract/required-literals';

export const PHRASE_LITERALS_FILE = fileURLToPath(new URL('../lib/rules/phrase-literals.ts', import.meta.url));

export function phraseLiteralsSource(): string {
  const table = phraseLiteralsTable(PHRASE_PACKS.flatMap((pack) => pack.rules));
  const lines = Object.entries(table).map(([id, literals]) => `  ${JSON.stringify(id)}: ${JSON.stringify(literals)},`);
  return [
    '// Written by `npm run rules:literals` (scripts/phrase-literals.ts) from the phrase rules; do not edit.',
    '// For each rule, strings one of which every text it matches holds: lib/extract/phrase-index.ts',
    '// runs a rule only on the blocks that hold one. A rule missing here is run on every block.',
    'export const PHRASE_LITERALS: Readonly<Record<string, readonly string[]>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PHRASE_LITERALS_FILE, phraseLiteralsSource());
  console.log(`wrote ${PHRASE_LITERALS_FILE}`);
}
