import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeClutter } from '../../lib/extract/remove-clutter';
import { allClutterRules } from '../../lib/rules/clutter-rules';
import type { LinkClusterRule, PhraseRule, SelectorRule } from '../../lib/rules/clutter-rule-types';
import { FIXTURES_DIR, fixtureUrl, pageDocument } from './support/page-document';

const rules = allClutterRules();

function ruleSetWith(rule: SelectorRule | LinkClusterRule | PhraseRule) {
  return {
    selectors: 'selector' in rule ? [rule] : [],
    linkClusters: 'hrefPattern' in rule ? [rule] : [],
    phrases: 'pattern' in rule ? [rule] : [],
  };
}

describe('clutter rules are data with provenance', () => {
  it('have unique ids', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has a reason and an existing fixture', (_id, rule) => {
    expect(rule.why.length).toBeGreaterThan(10);
    expect(existsSync(resolve(FIXTURES_DIR, 'clutter', rule.fixture))).toBe(true);
  });
});

describe('every rule triggers on its fixture and keeps the article text', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const html = readFileSync(resolve(FIXTURES_DIR, 'clutter', rule.fixture), 'utf8');
    const doc = pageDocument(html, fixtureUrl(html));
    const keptBefore = [...doc.querySelectorAll('.keep')].map((p) => p.textContent);

    const removals = removeClutter(doc.body, ruleSetWith(rule));

    expect(removals.filter((removal) => removal.ruleId === id).length).toBeGreaterThan(0);
    expect([...doc.querySelectorAll('.keep')].map((p) => p.textContent)).toEqual(keptBefore);
  });
});

describe('phrase rules only touch short blocks', () => {
  it('keeps a long paragraph that starts like a teaser', () => {
    const sentence =
      'Baca juga pernyataan lengkap menteri yang menjelaskan bahwa anggaran akan dicairkan bertahap, sebab proyek ini melibatkan banyak daerah dan membutuhkan koordinasi yang panjang antara pemerintah pusat, pemerintah provinsi, dan kabupaten yang dilalui jalur kereta tersebut.';
    const doc = pageDocument(`<article><p class="keep">${sentence} <a href="https://x.example/">sumber</a></p></article>`);
    const phrases = rules.filter((rule): rule is PhraseRule => 'pattern' in rule);
    removeClutter(doc.body, { selectors: [], linkClusters: [], phrases });
    expect(doc.querySelector('.keep')?.textContent).toContain('Baca juga pernyataan');
  });

  it('keeps a "Baca juga" sentence without a link', () => {
    const doc = pageDocument('<article><p class="keep">Baca juga keterangan resmi di situs kementerian.</p></article>');
    const phrases = rules.filter((rule): rule is PhraseRule => 'pattern' in rule);
    removeClutter(doc.body, { selectors: [], linkClusters: [], phrases });
    expect(doc.querySelector('.keep')).not.toBeNull();
  });
});
