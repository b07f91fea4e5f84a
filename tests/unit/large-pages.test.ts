import { describe, expect, it } from 'vitest';
import { clonePage, elementsOutside, textOutside } from '../../lib/extract/clone-page';
import { extractArticle } from '../../lib/extract/extract-article';
import { findHiddenBoxes, hiddenByClassName, removeHiddenBoxes } from '../../lib/extract/hidden-boxes';
import { findLongLinkLists, longLinkListRemovals, PRUNE_FROM_ELEMENTS } from '../../lib/extract/long-link-lists';
import { estimateElements, measurePageSize } from '../../lib/extract/page-size';
import { pageTooLargeState } from '../../lib/reader/page-too-large';
import { LADDER_TITLE, ladderPage } from '../../scripts/bench/size-ladder-page';
import { pageDocument } from './support/page-document';

const URL = 'https://portal.example/berita/1';

/** A ladder page with hidden boxes before, between and after its long lists. */
function portalWithHiddenBoxes(elements: number): string {
  return ladderPage({ elements })
    .replace('<main>', '<main><div class="hidden"><a href="/x">menu one</a><a href="/y">menu two</a></div>')
    .replace('<article class="detail">', '<div class="hidden"><span>hidden promo text</span></div><article class="detail">')
    .replace('</main>', '<div style="display:none"><p>closed box after the lists</p></div></main>');
}

describe('page size', () => {
  it('counts the elements and refuses only above the limit', () => {
    const doc = pageDocument('<body><p>a</p><p>b</p></body>');
    const count = doc.getElementsByTagName('*').length;
    expect(measurePageSize(doc, count)).toEqual({ elements: count, tooLarge: null });
    expect(measurePageSize(doc, count - 1).tooLarge).toEqual({ kind: 'page-too-large', elements: count, limit: count - 1 });
  });

  it('estimates elements from the source, leaving out scripts, styles and comments', () => {
    expect(estimateElements('<html><body><p>a</p><script>"<div><div>"</script><!-- <b> --><style>a<b{}</style></body></html>')).toBe(5);
  });

  it('turns a too-large answer into a message, and nothing else', () => {
    expect(pageTooLargeState({ kind: 'page-too-large', elements: 612345, limit: 500000 })).toEqual({
      kind: 'cannot-read',
      reason: 'tooLarge',
      elements: 612345,
      limit: 500000,
    });
    expect(pageTooLargeState({ title: 'An article' })).toBeNull();
    expect(pageTooLargeState(null)).toBeNull();
  });
});

describe('long link lists', () => {
  it('are left out only on very large pages', () => {
    const doc = pageDocument(ladderPage({ elements: 4_000 }));
    expect(findLongLinkLists(doc.body, 4_000).size).toBe(0);
    expect(findLongLinkLists(doc.body, PRUNE_FROM_ELEMENTS).size).toBe(2);
  });

  it('never take a list of paragraphs', () => {
    const items = Array.from({ length: 150 }, (_, i) => `<li><a href="/${i}">x</a> ${'prose '.repeat(60)}</li>`).join('');
    const doc = pageDocument(`<body><ul>${items}</ul></body>`);
    expect(findLongLinkLists(doc.body, PRUNE_FROM_ELEMENTS).size).toBe(0);
  });

  it('are reported with their text length, told from a sample of their items', () => {
    const doc = pageDocument(ladderPage({ elements: 40_000 }));
    const lists = findLongLinkLists(doc.body, PRUNE_FROM_ELEMENTS);
    const removals = longLinkListRemovals(lists);
    expect(removals).toHaveLength(2);
    for (const [index, list] of [...lists].entries()) {
      const exact = (list.textContent ?? '').length;
      expect(removals[index]!.textLength / exact).toBeGreaterThan(0.97);
      expect(removals[index]!.textLength / exact).toBeLessThan(1.03);
    }
  });

  it('leave the copy of the page without them, and the rest the same', () => {
    const doc = pageDocument(ladderPage({ elements: 4_000 }));
    const lists = findLongLinkLists(doc.body, PRUNE_FROM_ELEMENTS);
    const full = clonePage(doc);
    for (const list of full.querySelectorAll('section.index ul')) list.remove();
    expect(clonePage(doc, lists).documentElement.outerHTML).toBe(full.documentElement.outerHTML);
  });

  it('are jumped over by the walks of the live page, which see the elements and text the copy keeps', () => {
    const doc = pageDocument(portalWithHiddenBoxes(4_000));
    const lists = findLongLinkLists(doc.body, PRUNE_FROM_ELEMENTS);
    const copy = clonePage(doc, lists).body;
    const shape = (elements: Element[]) => elements.map((element) => `${element.localName}.${element.className}`);
    expect(shape(elementsOutside(doc.body, lists))).toEqual(shape([...copy.getElementsByTagName('*')]));
    expect(textOutside(doc.body, lists).map((text) => text.data).join('')).toBe(copy.textContent);
    expect(textOutside(doc.body, new Set()).map((text) => text.data).join('')).toBe(doc.body.textContent);
  });

  it('do not shift the hidden boxes found on the live page', () => {
    const doc = pageDocument(portalWithHiddenBoxes(4_000));
    const lists = findLongLinkLists(doc.body, PRUNE_FROM_ELEMENTS);
    const removed = (positions: number[], clone: Document) =>
      removeHiddenBoxes(clone.body, positions).map((removal) => removal.textLength);
    const withoutLists = removed(findHiddenBoxes(doc.body, hiddenByClassName(doc.body), lists), clonePage(doc, lists));
    const withLists = removed(findHiddenBoxes(doc.body, hiddenByClassName(doc.body)), clonePage(doc));
    expect(withoutLists).toEqual(withLists);
    expect(withoutLists).toHaveLength(3);
  });

  it('are all found when the box after a hidden one is left out of the copy', () => {
    const doc = pageDocument(`<html><body><nav><div class="hidden">Menu tertutup</div><ul id="list"><li>Tautan</li></ul></nav>
      <div id="story"><p>Teks berita.</p><div class="hidden">Berlangganan untuk membaca</div></div></body></html>`);
    const leftOut = new Set([doc.getElementById('list')!]);
    const removed = removeHiddenBoxes(clonePage(doc, leftOut).body, findHiddenBoxes(doc.body, hiddenByClassName(doc.body), leftOut));
    expect(removed.map((removal) => removal.textLength)).toEqual(['Menu tertutup'.length, 'Berlangganan untuk membaca'.length]);
  });

  it('a very large page still gives its article, without the lists', () => {
    const doc = pageDocument(portalWithHiddenBoxes(PRUNE_FROM_ELEMENTS + 2_000));
    const view = extractArticle(doc, { url: URL, elementCount: measurePageSize(doc).elements });
    expect(view.title).toBe(LADDER_TITLE);
    expect(view.html).toContain('Pemerintah kota menyiapkan rencana baru');
    expect(view.html).not.toContain('Berita nomor');
    expect(view.removals.filter((removal) => removal.ruleId === 'long-link-list')).toHaveLength(2);
    expect(view.removals.filter((removal) => removal.ruleId === 'hidden-on-page')).toHaveLength(3);
  });
});
