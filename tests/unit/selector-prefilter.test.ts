import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyTest, selectorKeys, selectorPrefilter } from '../../lib/extract/selector-prefilter';
import { allClutterRules, SELECTOR_RULES } from '../../lib/rules/clutter-rules';
import { SELECTOR_KEYS } from '../../lib/rules/selector-keys';
import { CORPUS_DIR, FIXTURES_DIR, pageDocument, readPage } from './support/page-document';

const SELECTORS = allClutterRules().flatMap((rule) => ('selector' in rule ? [rule.selector] : []));
const PAGES = [
  resolve(FIXTURES_DIR, 'clutter/structural.html'),
  resolve(FIXTURES_DIR, 'clutter/site-idntimes.html'),
  resolve(FIXTURES_DIR, 'clutter/site-detik.html'),
  resolve(CORPUS_DIR, 'indonesian/slasherrb-2015/tribunnews.html'),
];

describe('selector prefilter', () => {
  it.each(PAGES)('lets through every element a clutter selector matches (%s)', (path) => {
    const doc = pageDocument(readPage(path));
    const elements = [...doc.body.getElementsByTagName('*')];
    for (const selector of SELECTORS) {
      const mayMatch = selectorPrefilter([selector]);
      const missed = elements.filter((element) => element.matches(selector) && !mayMatch(element));
      expect(missed.map((element) => element.outerHTML.slice(0, 60)), selector).toEqual([]);
    }
  });

  it('turns away elements with nothing a selector names', () => {
    const doc = pageDocument('<body><div class="story"><p id="x">Text</p><span data-a="1">b</span></div></body>');
    const mayMatch = selectorPrefilter(['.ad-slot, #banner', '[data-ad-slot]', 'aside.related', '[class*="author-bio"]']);
    expect([...doc.body.getElementsByTagName('*')].filter(mayMatch)).toEqual([]);
  });

  it('takes the key of the element itself, not of its ancestors, and is case-blind', () => {
    const doc = pageDocument('<body><div class="Box"><span class="Label">x</span><em>y</em></div></body>');
    const mayMatch = selectorPrefilter(['.box > .label', 'nav em']);
    expect([...doc.body.getElementsByTagName('*')].filter(mayMatch).map((element) => element.tagName)).toEqual(['SPAN', 'EM']);
  });

  it('has the keys of every selector rule up to date (run `npm run rules:literals`)', () => {
    expect(SELECTOR_KEYS.map((keys) => keys.split(' '))).toEqual(SELECTOR_RULES.map((rule) => selectorKeys([rule.selector])));
  });

  it('tests the union of several rules’ keys as one', () => {
    const doc = pageDocument('<body><div class="ad-slot">a</div><p id="Banner">b</p><aside data-ad-slot="1">c</aside><span class="x">d</span></body>');
    const mayMatch = keyTest([selectorKeys(['.ad-slot']), selectorKeys(['#banner', '[data-ad-slot]'])]);
    expect([...doc.body.getElementsByTagName('*')].filter(mayMatch).map((element) => element.tagName)).toEqual(['DIV', 'P', 'ASIDE']);
    expect(keyTest([selectorKeys(['.a']), selectorKeys(['*'])])(doc.body.lastElementChild!)).toBe(true);
  });

  it('lets everything through for a selector without a key', () => {
    const doc = pageDocument('<body><p>a</p></body>');
    expect(selectorPrefilter([':is(.a, .b)'])(doc.body.firstElementChild!)).toBe(true);
    expect(selectorPrefilter(['*'])(doc.body.firstElementChild!)).toBe(true);
  });
});
