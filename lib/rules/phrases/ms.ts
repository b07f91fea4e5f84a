import type { PhrasePack } from '../clutter-rule-types';

// Malay, as on Malay Mail, Berita Harian and Astro Awani.
export const MALAY_PHRASES: PhrasePack = {
  lang: 'ms',
  rules: [
    {
      id: 'ms-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(baca (juga|lagi)|artikel berkaitan|berita berkaitan)\s*:/i,
      needsLink: true,
      maxChars: 300,
      why: '"Baca juga:" / "Artikel berkaitan:" teasers between paragraphs (Berita Harian).',
      fixture: 'phrases-ms.html',
    },
    {
      id: 'ms-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(artikel|berita) (berkaitan|lain|terkini|popular)\s*:?$/i,
      why: '"Artikel berkaitan" link boxes (Malay Mail).',
      fixture: 'phrases-ms.html',
    },
    {
      id: 'ms-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^(kongsi( artikel ini)?|ikuti kami( di .{1,30})?)\s*:?$/i,
      why: '"Kongsi" share bars and "Ikuti kami" social boxes.',
      fixture: 'phrases-ms.html',
    },
    {
      id: 'ms-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^(muat turun|dapatkan) aplikasi\b.{0,80}$/i,
      maxChars: 120,
      why: '"Muat turun aplikasi" prompts.',
      fixture: 'phrases-ms.html',
    },
    {
      id: 'ms-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(iklan|artikel ini bersambung di bawah( iklan)?|tatal untuk (teruskan|terus) membaca)$/i,
      why: 'Ad slot labels ("Iklan").',
      fixture: 'phrases-ms.html',
    },
  ],
};
