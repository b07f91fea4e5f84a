import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unwrapForms } from '../../lib/extract/dom-clobbering';
import { removeClutter } from '../../lib/extract/remove-clutter';
import { allClutterRules } from '../../lib/rules/clutter-rules';
import type { LinkClusterRule, PhraseRule, SelectorRule, TeaserCardRule } from '../../lib/rules/clutter-rule-types';
import { FIXTURES_DIR, fixtureUrl, pageDocument } from './support/page-document';

const rules = allClutterRules();

function ruleSetWith(rule: SelectorRule | LinkClusterRule | TeaserCardRule | PhraseRule) {
  return {
    selectors: 'selector' in rule ? [rule] : [],
    linkClusters: 'hrefPattern' in rule ? [rule] : [],
    teaserCards: 'maxCardProseChars' in rule ? [rule] : [],
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
    unwrapForms(doc); // as the pipeline's page preparation does
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
    removeClutter(doc.body, { selectors: [], linkClusters: [], teaserCards: [], phrases });
    expect(doc.querySelector('.keep')?.textContent).toContain('Baca juga pernyataan');
  });

  it('keeps a "Baca juga" sentence without a link', () => {
    const doc = pageDocument('<article><p class="keep">Baca juga keterangan resmi di situs kementerian.</p></article>');
    const phrases = rules.filter((rule): rule is PhraseRule => 'pattern' in rule);
    removeClutter(doc.body, { selectors: [], linkClusters: [], teaserCards: [], phrases });
    expect(doc.querySelector('.keep')).not.toBeNull();
  });
});

describe('teaser cards', () => {
  const [teaserRule] = rules.filter((rule): rule is TeaserCardRule => 'maxCardProseChars' in rule);
  const onlyTeasers = { selectors: [], linkClusters: [], teaserCards: [teaserRule!], phrases: [] };

  it('removes a card with its photo and kicker, and keeps the text around it', () => {
    const doc = pageDocument(
      '<article><p class="keep">The council met on Tuesday.</p><div class="card"><a href="https://news.example/other"><img src="https://news.example/a.jpg" alt=""><span>Politics</span><h3>Another story</h3></a></div><p class="keep">It voted to approve the plan.</p></article>',
      'https://news.example/this-story',
    );
    removeClutter(doc.body, onlyTeasers);
    expect(doc.querySelector('.card')).toBeNull();
    expect(doc.querySelectorAll('.keep')).toHaveLength(2);
  });

  it('keeps a linked section heading that stands alone in the text', () => {
    const doc = pageDocument(
      '<article><h2><a href="https://shop.example/kettle">1. The best kettle</a></h2><p>It boils a litre in two minutes.</p><h2><a href="https://shop.example/toaster">2. The best toaster</a></h2><p>It browns evenly.</p></article>',
      'https://news.example/best-kitchen-gear',
    );
    removeClutter(doc.body, onlyTeasers);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['1. The best kettle', '2. The best toaster']);
  });

  it('keeps headings that link within the page or to the page itself', () => {
    const doc = pageDocument(
      '<article><div><a href="#costs"><img src="https://news.example/c.jpg" alt=""><h2>Costs</h2></a></div><div><a href="https://news.example/this-story?ref=top"><span>Live</span><h2>Latest</h2></a></div><p>Body text.</p></article>',
      'https://news.example/this-story',
    );
    removeClutter(doc.body, onlyTeasers);
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Costs', 'Latest']);
  });
});

describe('form boxes', () => {
  const [formRule] = rules.filter((rule): rule is SelectorRule => rule.id === 'form-boxes');
  const onlyForms = { selectors: [formRule!], linkClusters: [], teaserCards: [], phrases: [] };
  const paragraph = 'The council approved the plan on Tuesday after a long debate about costs, routes and the timeline for construction work.';

  it('removes a sign-up form and keeps a page whose whole text sits inside a form (ASP.NET)', () => {
    const doc = pageDocument(
      `<form id="aspnetForm"><article>${`<p class="keep">${paragraph}</p>`.repeat(5)}</article></form><form class="signup"><p>Get the morning briefing.</p><input type="email"></form>`,
    );
    unwrapForms(doc);
    removeClutter(doc.body, onlyForms);
    expect(doc.querySelectorAll('.keep')).toHaveLength(5);
    expect(doc.body.textContent).not.toContain('morning briefing');
  });
});

describe('selector rules outside the worked-out keys', () => {
  it('still removes what a rule the key table does not hold matches', () => {
    const rule: SelectorRule = { id: 'made-here', kind: 'ad', selector: 'aside.made-here-promo', why: 'A rule made for this test only.', fixture: 'structural.html' };
    const doc = pageDocument('<article><p>Text of the story.</p><aside class="made-here-promo">Buy now</aside><aside>Kept</aside></article>');
    const removals = removeClutter(doc.body, ruleSetWith(rule));
    expect(removals.map((removal) => removal.ruleId)).toEqual(['made-here']);
    expect(doc.body.textContent).not.toContain('Buy now');
    expect(doc.body.textContent).toContain('Kept');
  });
});
