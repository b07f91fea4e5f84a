import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { phraseIndex, phraseIndexTables } from '../../lib/extract/phrase-index';
import { phraseTables, requiredLiterals, requiredPrefixes } from '../../lib/extract/required-literals';
import { normalizedText } from '../../lib/extract/text-blocks';
import { PHRASE_RULES } from '../../lib/rules/clutter-rules';
import { PHRASE_INDEX } from '../../lib/rules/phrase-literals';
import { withoutRuleProvenance } from '../../scripts/support/strip-rule-provenance';
import { FIXTURES_DIR, REPO_ROOT, pageDocument, readPage } from './support/page-document';

const RULES = [...PHRASE_RULES];

function savedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? savedPages(join(dir, entry.name)) : /\.html(\.gz)?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The text of every short block of every saved page: what the phrase rules are run on. */
function blockTexts(): string[] {
  const texts = new Set<string>();
  for (const page of savedPages(FIXTURES_DIR)) {
    for (const element of pageDocument(readPage(page)).querySelectorAll('body *')) {
      const text = normalizedText(element);
      if (text.length > 0 && text.length <= 600) texts.add(text);
    }
  }
  return [...texts];
}

describe('required literals of a pattern', () => {
  const literals = (source: string, flags = '') => requiredLiterals(new RegExp(source, flags));

  it('reads alternatives, optional parts, quantifiers and plain classes', () => {
    expect(literals('^(baca|simak) (juga|pula)\\b', 'i')).toEqual(['baca jug', 'baca pul', 'simak ju', 'simak pu']);
    expect(literals('(foo)?bar|baz')?.sort()).toEqual(['bar', 'baz']);
    expect(literals('\\d+ comments?', 'i')).toEqual([' comment']);
    expect(literals('[^a]bc')).toEqual(['bc']);
    expect(literals("don[’']?t miss")?.sort()).toEqual(["don't mi", 'dont mis', 'don’t mi']);
    expect(literals('x{2,3}yz')).toEqual(['yz']);
    expect(literals('(?=.*foo)bar')).toEqual(['bar']);
    expect(literals('a\\.b\\u0041', 'i')).toEqual(['a.ba']);
  });

  it('claims nothing when some match may hold none of its strings', () => {
    expect(literals('^[-–—]{3,}$')).toBeNull();
    expect(literals('foo|.*')).toBeNull();
    expect(literals('(foo)*')).toBeNull();
    expect(literals('a?')).toBeNull();
    // Modifier groups (`(?i:…)`) are newer than this Node: a pattern-like object stands in for one.
    expect(requiredLiterals({ source: '(?i:foo)bar', flags: '' } as RegExp)).toBeNull();
  });

  it('keeps the case of a case-sensitive pattern and folds a case-blind one', () => {
    expect(literals('Foo')).toEqual(['Foo']);
    expect(literals('Foo', 'i')).toEqual(['foo']);
  });
});

describe('required prefixes of a pattern', () => {
  const prefixes = (source: string, flags = '') => requiredPrefixes(new RegExp(source, flags));

  it('spells the start of every match of a pattern anchored at the start of the text', () => {
    expect(prefixes('^(baca|simak) (juga|pula)\\b', 'i')).toEqual(['baca jug', 'baca pul', 'simak ju', 'simak pu']);
    // A start that holds a shorter one is met whenever that one is.
    expect(prefixes('^(advertisement|ad|sponsored)$', 'i')).toEqual(['ad', 'sponsore']);
    expect(prefixes('^(>>|→)\\s*\\S')).toEqual(['→', '>>']);
    expect(prefixes('^Foo bar')).toEqual(['Foo bar']);
    expect(prefixes('^(?:a|b)c\\d+')).toEqual(['ac', 'bc']);
    expect(prefixes('^\\bread\\b')).toEqual(['read']);
  });

  it('spells both starts of a match that may open with an optional part of unknown length', () => {
    // "(Reuters)", "[ AFP / Name ]" or the agency's name first: the bracket is the start when it is there.
    expect(prefixes('^(?:[([]\\s*)?(reuters|afp)\\b', 'i')).toEqual(['(', '[', 'afp', 'reuters']);
    expect(prefixes('^ab(?:c\\s*)?d')).toEqual(['abc', 'abd']);
    // Skipped, the optional part leaves a start that tells nothing.
    expect(prefixes('^(?:x\\s*)?\\w')).toBeNull();
  });

  it('claims nothing when a match may start elsewhere or with anything', () => {
    expect(prefixes('baca juga')).toBeNull();
    expect(prefixes('^a|b')).toBeNull();
    expect(prefixes('^(foto )?\\d+')).toBeNull();
    expect(prefixes('^\\s*foo')).toBeNull();
    expect(prefixes('^[\\W_]*foo')).toBeNull();
    expect(prefixes('^foo', 'm')).toBeNull();
    expect(prefixes('(^foo)?bar')).toBeNull();
  });
});

describe('phrase index', () => {
  it('has the table of every phrase rule up to date (run `npm run rules:literals`)', () => {
    expect(PHRASE_INDEX).toEqual(phraseIndexTables(RULES, phraseTables(RULES)));
    // Nearly every rule is gated: a table that lost them would make the reader slow again.
    expect(PHRASE_INDEX.always.length).toBeLessThan(RULES.length * 0.15);
    expect(PHRASE_INDEX.starts.filter((item) => typeof item === 'number').length).toBeGreaterThan(RULES.length * 0.6);
    // The index escapes its gate strings in one call, split at line breaks.
    expect(PHRASE_INDEX.gates.filter((item) => typeof item === 'string' && item.includes('\n'))).toEqual([]);
  });

  it('offers every rule that matches a block of any saved page, and rules most rules out', () => {
    const index = phraseIndex(RULES);
    const texts = blockTexts();
    let matches = 0;
    let offered = 0;
    const matchedRules = new Set<string>();
    for (const text of texts) {
      const candidates = new Set(index.candidates(text));
      offered += candidates.size;
      for (const rule of RULES) {
        if (!rule.pattern.test(text)) continue;
        matches += 1;
        matchedRules.add(rule.id);
        expect(candidates.has(rule), `${rule.id} on "${text.slice(0, 80)}"`).toBe(true);
      }
    }
    expect(texts.length).toBeGreaterThan(5000);
    expect(matches).toBeGreaterThan(300);
    expect(matchedRules.size).toBeGreaterThan(RULES.length * 0.6);
    expect(offered / texts.length).toBeLessThan(RULES.length * 0.2);
  });

  it('tries a rule without a table entry on every block', () => {
    const [rule, other] = RULES;
    const tables = (literals: Record<string, string[]>) => phraseIndexTables([rule!], { literals, prefixes: {} });
    expect(phraseIndex([rule!], tables({}), [rule!]).candidates('nothing alike')).toEqual([rule]);
    expect(phraseIndex([rule!], tables({ [rule!.id]: ['zzzz'] }), [rule!]).candidates('nothing alike')).toEqual([]);
    // A rule the tables were not worked out from is tried everywhere too.
    expect(phraseIndex([rule!, other!], tables({ [rule!.id]: ['zzzz'] }), [rule!]).candidates('nothing alike')).toEqual([other]);
  });

  it('leaves out the rules the reader keeps on the site', () => {
    const readAlso = RULES.find((rule) => rule.id === 'id-read-also')!;
    expect(phraseIndex(RULES).candidates('Baca juga: Harga cabai naik')).toContain(readAlso);
    expect(phraseIndex(RULES.filter((rule) => rule !== readAlso)).candidates('Baca juga: Harga cabai naik')).not.toContain(readAlso);
  });

  it('offers a rule anchored at the start only to the texts that start with its words', () => {
    const readAlso = RULES.find((rule) => rule.id === 'id-read-also')!;
    const index = phraseIndex([readAlso]);
    expect(index.candidates('Baca juga: Harga cabai naik')).toEqual([readAlso]);
    expect(index.candidates('Warga diminta baca juga aturan baru')).toEqual([]);
    const caseSensitive = { ...readAlso, id: 'test-case', pattern: /^Baca juga/ };
    const tables = phraseIndexTables([caseSensitive], { literals: {}, prefixes: { 'test-case': ['Baca jug'] } });
    expect(phraseIndex([caseSensitive], tables, [caseSensitive]).candidates('baca juga: x')).toEqual([]);
    expect(phraseIndex([caseSensitive], tables, [caseSensitive]).candidates('Baca juga: x')).toEqual([caseSensitive]);
  });

  it('offers a case-sensitive rule only the texts that hold its words as written', () => {
    const readAlso = RULES.find((rule) => rule.id === 'id-read-also')!;
    const anywhere = { ...readAlso, id: 'test-anywhere', pattern: /Baca juga/ };
    const gated = phraseIndexTables([anywhere], { literals: { 'test-anywhere': ['Baca jug'] }, prefixes: {} });
    expect(phraseIndex([anywhere], gated, [anywhere]).candidates('lalu baca juga: x')).toEqual([]);
    expect(phraseIndex([anywhere], gated, [anywhere]).candidates('lalu Baca juga: x')).toEqual([anywhere]);
  });
});

describe('rule provenance left out of the build', () => {
  const files = [
    ...readdirSync(join(REPO_ROOT, 'lib/rules')).filter((name) => name.endsWith('.ts')).map((name) => join('lib/rules', name)),
    ...readdirSync(join(REPO_ROOT, 'lib/rules/phrases')).map((name) => join('lib/rules/phrases', name)),
    'lib/pagination/pager-labels.ts',
  ];

  it('drops every why and fixture and nothing else', () => {
    let dropped = 0;
    for (const file of files) {
      const source = readFileSync(join(REPO_ROOT, file), 'utf8');
      const stripped = withoutRuleProvenance(source);
      expect(stripped, file).not.toMatch(/\b(why|fixture):\s*['"]/);
      expect(stripped.match(/\bid:/g)?.length ?? 0, file).toBe(source.match(/\bid:/g)?.length ?? 0);
      expect(stripped.match(/\bpattern:|\bselector:/g)?.length ?? 0, file).toBe(source.match(/\bpattern:|\bselector:/g)?.length ?? 0);
      expect(() => transformSync(stripped, { loader: 'ts' }), file).not.toThrow();
      dropped += (source.match(/\b(why|fixture):\s*['"]/g) ?? []).length;
    }
    expect(dropped).toBeGreaterThan(2 * RULES.length);
  });
});
