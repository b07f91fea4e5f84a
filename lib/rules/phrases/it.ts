import type { PhrasePack } from '../clutter-rule-types';

// Italian, as on Corriere, Repubblica and Il Post.
export const ITALIAN_PHRASES: PhrasePack = {
  lang: 'it',
  rules: [
    {
      id: 'it-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(leggi anche|potrebbe interessarti|approfondisci|vedi anche)\s*:?/i,
      needsLink: true,
      maxChars: 300,
      why: '"Leggi anche: <link>" teasers between paragraphs (Corriere, Repubblica).',
      fixture: 'phrases-it.html',
    },
    {
      id: 'it-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(articoli correlati|potrebbe interessarti|i più letti|più letti|ti potrebbe interessare)\s*:?$/i,
      why: 'Headed related boxes ("Articoli correlati", "I più letti").',
      fixture: 'phrases-it.html',
    },
    {
      id: 'it-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^(condividi( (su|questo articolo) ?\w*)?|seguici( su .{1,30})?)\s*:?$/i,
      why: 'Share bars ("Condividi") and "Seguici su" boxes.',
      fixture: 'phrases-it.html',
    },
    {
      id: 'it-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^scarica (l[’']app|la nostra app)\b.{0,80}$/i,
      maxChars: 120,
      why: '"Scarica l’app" prompts.',
      fixture: 'phrases-it.html',
    },
    {
      id: 'it-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(pubblicità|continua a leggere dopo la pubblicità|contenuto sponsorizzato)$/i,
      why: '"Pubblicità" labels.',
      fixture: 'phrases-it.html',
    },
  ],
};
