import type { PhrasePack } from '../clutter-rule-types';

// Dutch, as on NOS, NU.nl and De Volkskrant.
export const DUTCH_PHRASES: PhrasePack = {
  lang: 'nl',
  rules: [
    {
      id: 'nl-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(lees (ook|meer|verder)|bekijk ook|zie ook)\s*:?/i,
      needsLink: true,
      maxChars: 300,
      why: '"Lees ook: <link>" teasers between paragraphs (NU.nl, NOS).',
      fixture: 'phrases-nl.html',
    },
    {
      id: 'nl-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(gerelateerde artikelen|meest gelezen|lees ook|meer over dit onderwerp|aanbevolen)\s*:?$/i,
      why: 'Headed related boxes ("Meest gelezen").',
      fixture: 'phrases-nl.html',
    },
    {
      id: 'nl-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^(delen( via \w+)?|deel dit artikel|volg ons( op .{1,30})?)\s*:?$/i,
      why: 'Share bars ("Deel dit artikel") and "Volg ons" boxes.',
      fixture: 'phrases-nl.html',
    },
    {
      id: 'nl-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^download (de|onze) .{0,20}app\b.{0,80}$/i,
      maxChars: 120,
      why: '"Download de app" prompts.',
      fixture: 'phrases-nl.html',
    },
    {
      id: 'nl-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(advertentie|gesponsord|lees verder na de advertentie)$/i,
      why: '"Advertentie" labels.',
      fixture: 'phrases-nl.html',
    },
  ],
};
