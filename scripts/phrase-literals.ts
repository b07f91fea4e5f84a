/**
 * Writes lib/rules/phrase-literals.ts: the phrase index (lib/extract/phrase-index.ts) as plain data,
 * from the strings each phrase rule's every match starts with or holds
 * (lib/extract/required-literals.ts). Run after changing a phrase rule:
 *
 *   npm run rules:literals
 *
 * A unit test (tests/unit/phrase-index.test.ts) fails while the table is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PHRASE_RULES } from '../lib/rules/clutter-rules';
import { phraseIndexTables } from '../lib/extract/phrase-index';
import { phraseTables } from '../lib/extract/required-literals';

const PHRASE_LITERALS_FILE = fileURLToPath(new URL('../lib/rules/phrase-literals.ts', import.meta.url));

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(PHRASE_LITERALS_FILE, phraseLiteralsSource());
  console.log(`wrote ${PHRASE_LITERALS_FILE}`);
}
