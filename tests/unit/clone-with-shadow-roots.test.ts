import { describe, expect, it } from 'vitest';
import { cloneWithShadowRoots, findShadowHosts } from '../../lib/extract/clone-with-shadow-roots';
import { extractArticle } from '../../lib/extract/extract-article';

const PARAGRAPH = 'Warga di kawasan Kota Lama masih menunggu bantuan air bersih, selimut dan makanan siap saji dari posko terdekat, sementara petugas gabungan mendata rumah yang rusak.';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html lang="id"><head><title>Banjir di Kota Lama</title></head><body>${body}</body></html>`, 'text/html');
}

/** Test pages build their shadow trees as a site's components would, with attachShadow. */
function attach(host: Element, html: string, mode: ShadowRootMode = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html;
  return root;
}

function text(node: Node): string {
  return (node.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A news component: the headline and the text are slotted in, the byline and a box come from its shadow tree. */
function storyPage(): Document {
  const doc = page(`
    <nav>Beranda Nasional</nav>
    <news-story>
      <h1 slot="title">Banjir di Kota Lama</h1>
      <p>Light satu. ${PARAGRAPH}</p>
      <p slot="nowhere">Never shown: assigned to no slot.</p>
      <p>Light dua. ${PARAGRAPH}</p>
    </news-story>
    <footer>Hak cipta</footer>`);
  const story = doc.querySelector('news-story') as Element;
  const root = attach(story, `
    <style>p { color: red }</style>
    <article>
      <header><slot name="title">Untitled</slot><p class="byline">Oleh Rina</p></header>
      <slot></slot>
      <story-box></story-box>
      <slot name="empty"><p>Fallback content.</p></slot>
    </article>`);
  attach(root.querySelector('story-box') as Element, `<p>Shadow box. ${PARAGRAPH}</p>`);
  return doc;
}

describe('cloneWithShadowRoots', () => {
  it('reads open shadow roots in, flattened and in order, slots resolved', () => {
    const clone = cloneWithShadowRoots(storyPage());
    const shown = text(clone.body);
    const order = ['Beranda', 'Banjir di Kota Lama', 'Oleh Rina', 'Light satu', 'Light dua', 'Shadow box', 'Fallback content', 'Hak cipta'].map((s) => shown.indexOf(s));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(shown).not.toContain('Never shown');
    expect(shown).not.toContain('Untitled');
    expect(clone.querySelector('slot, style')).toBeNull();
  });

  it('leaves closed shadow roots unread', () => {
    const doc = page('<secret-story><p>Light text.</p></secret-story>');
    attach(doc.querySelector('secret-story') as Element, '<p>Closed text.</p><slot></slot>', 'closed');
    expect(findShadowHosts(doc)).toEqual([]);
    const shown = text(cloneWithShadowRoots(doc).body);
    expect(shown).not.toContain('Closed text');
    expect(shown).toContain('Light text');
  });

  it('looks for hosts outside the boxes the copy leaves out, in document order', () => {
    const doc = page('<news-story></news-story><ul><li><link-card></link-card></li></ul><page-footer></page-footer>');
    for (const host of doc.querySelectorAll('news-story, link-card, page-footer')) attach(host, '<p>Shadow text.</p>', 'open');
    expect(findShadowHosts(doc).map((host) => host.localName)).toEqual(['news-story', 'link-card', 'page-footer']);
    const skipped = new Set([doc.querySelector('ul')!]);
    expect(findShadowHosts(doc, skipped).map((host) => host.localName)).toEqual(['news-story', 'page-footer']);
  });

  it('never changes the live page', () => {
    const doc = storyPage();
    const story = doc.querySelector('news-story') as Element;
    const before = [doc.body.innerHTML, story.shadowRoot?.innerHTML];
    cloneWithShadowRoots(doc);
    extractArticle(doc, { url: 'https://berita.example.id/nasional/banjir' });
    expect([doc.body.innerHTML, story.shadowRoot?.innerHTML]).toEqual(before);
  });

  it('is a plain clone when the page has no shadow roots', () => {
    const doc = page(`<main><p>${PARAGRAPH}</p></main>`);
    expect(findShadowHosts(doc)).toEqual([]);
    expect(cloneWithShadowRoots(doc).documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });
});

describe('extractArticle on a story inside web components', () => {
  function componentStory(): Document {
    const doc = page(`
      <div class="hidden"><a href="/">Menu</a> <a href="/login">Masuk</a> <a href="/daftar">Daftar</a></div>
      <story-page></story-page>
      <div class="hidden"><p>Modal: berlangganan sekarang untuk membaca tanpa batas setiap hari.</p></div>
      <footer>Hak cipta</footer>`);
    const paragraphs = [1, 2, 3, 4, 5, 6].map((n) => `<p>Paragraf ${n}. ${PARAGRAPH}</p>`).join('');
    attach(doc.querySelector('story-page') as Element, `<article><h1>Banjir di Kota Lama</h1><p>Pembuka. ${PARAGRAPH}</p><h2>Dampak bagi sekolah</h2>${paragraphs}</article>`);
    return doc;
  }

  it('reads it as an article', () => {
    const view = extractArticle(componentStory(), { url: 'https://berita.example.id/nasional/banjir' });
    expect(view.looksLikeArticle).toBe(true);
    expect(view.html).toContain('Paragraf 6.');
    expect(view.outline.map((item) => item.text)).toEqual(['Dampak bagi sekolah']);
  });

  it('still removes the boxes the page hides, and only those', () => {
    const view = extractArticle(componentStory(), { url: 'https://berita.example.id/nasional/banjir' });
    expect(view.removals.filter((removal) => removal.kind === 'hidden')).toHaveLength(2);
    expect(view.html).not.toContain('berlangganan');
  });
});
