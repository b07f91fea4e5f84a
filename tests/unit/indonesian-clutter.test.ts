import { describe, expect, it } from 'vitest';
import { unwrapForms } from '../../lib/extract/dom-clobbering';
import { removeClutter } from '../../lib/extract/remove-clutter';
import { clutterRulesFor, type ClutterRuleSet } from '../../lib/rules/clutter-rules';
import { pageDocument } from './support/page-document';

const STORY =
  'Pemerintah menyatakan rencana pembangunan jalur kereta baru akan dimulai tahun depan setelah kajian lingkungan selesai dilakukan oleh tim independen.';

/** Each kind of clutter from issue 11, as the sites set it, with the rule that must take it out. */
const CASES: Array<{ rule: string; html: string; clutter: string }> = [
  { rule: 'id-newsletter', html: '<div class="nl"><p>Dapatkan berita terbaru pilihan redaksi langsung di email Anda.</p></div>', clutter: 'langsung di email' },
  { rule: 'id-newsletter-form-message', html: '<div class="nl-ok">Terima kasih telah berlangganan.</div>', clutter: 'Terima kasih' },
  { rule: 'id-view-counter', html: '<div class="views">Artikel ini telah dibaca 12.345 kali</div>', clutter: 'dibaca 12.345' },
  { rule: 'id-dont-miss-label', html: '<div><strong>JANGAN LEWATKAN!</strong><ul><li><a href="https://news.example/a">Harga Cabai Turun</a></li><li><a href="https://news.example/b">Tol Baru Dibuka</a></li></ul></div>', clutter: 'Harga Cabai' },
  { rule: 'tag-page-links', html: '<div class="tags"><a href="https://news.example/tag/banjir">banjir</a> <a href="https://news.example/tag/bekasi">bekasi</a> <a href="https://news.example/tag/hujan">hujan deras</a></div>', clutter: 'hujan deras' },
  { rule: 'id-credit-line', html: '<p>Pewarta: Hendra Setiawan Editor: Endang Sukarelawati</p>', clutter: 'Sukarelawati' },
  { rule: 'id-agency-line', html: '<p>ANTARA FOTO/Hafidz Mubarak A</p>', clutter: 'Hafidz' },
  { rule: 'id-editor-initials', html: '<div><table><tr><td>x</td></tr></table><strong>(pur/krs)</strong><div class="tag"></div></div>', clutter: 'pur/krs' },
  { rule: 'id-rating-widget', html: '<ul class="reactions"><li>Rate artikel ini</li><li><a href="https://news.example/like">Like (0)</a></li></ul>', clutter: 'Rate artikel' },
  { rule: 'id-vote-count', html: '<div><span>Senang 12%</span></div>', clutter: 'Senang 12%' },
  { rule: 'id-credit-counter', html: '<div class="credits-toggle">Credits (3)</div>', clutter: 'Credits' },
  { rule: 'id-newsroom-contact', html: '<p>Untuk informasi pemasangan iklan hubungi iklan@news.example.</p>', clutter: 'pemasangan iklan' },
  { rule: 'id-related-photos-label', html: '<div><span>Foto Terkait</span><a href="https://news.example/f1"><img src="https://news.example/f1.jpg" alt=""></a></div>', clutter: 'Foto Terkait' },
  { rule: 'id-gallery-counter', html: '<div class="counter">3/12</div>', clutter: '3/12' },
  { rule: 'id-player-fallback', html: '<div>Browser Anda tidak mendukung pemutar video ini.</div>', clutter: 'pemutar video' },
  { rule: 'en-player-fallback', html: '<div>To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</div>', clutter: 'enable JavaScript' },
  { rule: 'en-related-label', html: '<section><h2>Related coverage</h2><ul><li><a href="https://news.example/c1">Council votes</a></li><li><a href="https://news.example/c2">Budget explained</a></li></ul></section>', clutter: 'Related coverage' },
  { rule: 'id-messenger-promo', html: '<p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update".</p>', clutter: 'Grup Telegram' },
];

function cleaned(html: string, rules: ClutterRuleSet): string {
  const doc = pageDocument(`<body><article><p class="keep">${STORY}</p>${html}<p class="keep">${STORY}</p></article></body>`, 'https://news.example/read/1/berita');
  unwrapForms(doc);
  removeClutter(doc.body, rules);
  expect(doc.querySelectorAll('.keep')).toHaveLength(2);
  return doc.body.textContent ?? '';
}

function without(rules: ClutterRuleSet, id: string): ClutterRuleSet {
  return {
    selectors: rules.selectors.filter((rule) => rule.id !== id),
    linkClusters: rules.linkClusters.filter((rule) => rule.id !== id),
    teaserCards: rules.teaserCards.filter((rule) => rule.id !== id),
    phrases: rules.phrases.filter((rule) => rule.id !== id),
  };
}

describe('Indonesian news clutter, each kind with the rule that takes it out', () => {
  const all = clutterRulesFor('news.example');

  it.each(CASES.map((entry) => [entry.rule, entry] as const))('%s removes its clutter and only its rule does', (_id, entry) => {
    expect(cleaned(entry.html, all)).not.toContain(entry.clutter);
    expect(cleaned(entry.html, without(all, entry.rule))).toContain(entry.clutter);
  });

  it('keeps an agency name and desk initials that run on inside a sentence', () => {
    const text = cleaned('<p>Dilansir dari <em>Reuters</em>, Jumat, kementerian mengonfirmasi kasus itu. <b>(ren)</b></p>', all);
    expect(text).toContain('Dilansir dari Reuters, Jumat');
    expect(text).toContain('(ren)');
  });

  it('keeps a paragraph that links two tags inline', () => {
    const text = cleaned('<p>Polisi mendalami <a href="https://news.example/tag/cekcok">percekcokan</a> dan <a href="https://news.example/tag/pistol">pistol</a> di Cipulir.</p>', all);
    expect(text).toContain('Polisi mendalami percekcokan dan pistol di Cipulir.');
  });
});
