import type { PhrasePack } from '../clutter-rule-types';

// German, as on Euronews DE, Zwanzig Minuten, Spiegel and Zeit pages in the corpus.
export const GERMAN_PHRASES: PhrasePack = {
  lang: 'de',
  rules: [
    {
      id: 'de-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^((lesen sie|lies) (auch|mehr)|auch interessant|mehr zum thema|weiterlesen|zum thema)\s*:/i,
      needsLink: true,
      maxChars: 300,
      why: '"Lesen Sie auch: <link>" teasers between paragraphs (Spiegel, Euronews DE).',
      fixture: 'phrases-de.html',
    },
    {
      id: 'de-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(mehr zum thema|das könnte sie (auch )?interessieren|auch interessant|meistgelesen|empfehlungen( der redaktion)?|weitere artikel|ähnliche artikel)\s*:?$/i,
      why: 'Headed related boxes ("Das könnte Sie auch interessieren").',
      fixture: 'phrases-de.html',
    },
    {
      id: 'de-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^((artikel )?teilen( auf \w+)?|folgen sie uns( auf .{1,30})?|per e-mail teilen|drucken)\s*:?$/i,
      why: 'Share bars ("Artikel teilen") and "Folgen Sie uns" boxes.',
      fixture: 'phrases-de.html',
    },
    {
      id: 'de-newsletter',
      kind: 'newsletter',
      scope: 'block',
      pattern: /^(newsletter (abonnieren|bestellen)|jetzt (zum|für den) newsletter anmelden|melden sie sich für (unseren|den) .{0,40}newsletter an)\b.{0,160}$/i,
      maxChars: 250,
      why: 'Inline newsletter boxes.',
      fixture: 'phrases-de.html',
    },
    {
      id: 'de-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^((laden sie|lade) (die|unsere) .{0,30}app herunter|(die|unsere) .{0,20}app (herunterladen|laden)|in der app öffnen)\b.{0,80}$/i,
      maxChars: 120,
      why: 'App prompts (Zwanzig Minuten "Lade die 20-Minuten-App herunter").',
      fixture: 'phrases-de.html',
    },
    {
      id: 'de-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(anzeige|werbung|weiter nach der (anzeige|werbung)|artikel wird unter der anzeige fortgesetzt)$/i,
      why: '"Anzeige" / "Weiter nach der Anzeige" ad labels.',
      fixture: 'phrases-de.html',
    },
    {
      id: 'de-comments',
      kind: 'comments',
      scope: 'block',
      pattern: /^((\d+ )?kommentare?|kommentar schreiben|jetzt kommentieren|zu den kommentaren)\s*:?$/i,
      why: 'Comment prompts after the article.',
      fixture: 'phrases-de.html',
    },
  ],
};
