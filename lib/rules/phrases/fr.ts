import type { PhrasePack } from '../clutter-rule-types';

// French, as on Le Monde, Le Figaro and La Nouvelle République pages in the corpus.
export const FRENCH_PHRASES: PhrasePack = {
  lang: 'fr',
  rules: [
    {
      id: 'fr-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^((à )?lire aussi|voir aussi|sur le même sujet|à voir aussi|lire la suite)\s*:?/i,
      needsLink: true,
      maxChars: 300,
      why: '"Lire aussi <link>" teasers between paragraphs (Le Monde, Le Figaro).',
      fixture: 'phrases-fr.html',
    },
    {
      id: 'fr-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(sur le même sujet|les plus lus|articles similaires|à lire également|nos articles sur le sujet|dans la même rubrique)\s*:?$/i,
      why: 'Headed related boxes ("Sur le même sujet", "Les plus lus").',
      fixture: 'phrases-fr.html',
    },
    {
      id: 'fr-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^(partager( (cet|l[’']) ?article)?( sur \w+)?|suivez-nous( sur .{1,30})?|imprimer)\s*:?$/i,
      why: 'Share bars ("Partager") and "Suivez-nous" boxes.',
      fixture: 'phrases-fr.html',
    },
    {
      id: 'fr-newsletter',
      kind: 'newsletter',
      scope: 'block',
      pattern: /^(inscrivez-vous (à|a) (la|notre) .{0,40}newsletter|recevez (notre|la) newsletter|abonnez-vous (à|a) (la|notre) newsletter)\b.{0,160}$/i,
      maxChars: 250,
      why: 'Inline newsletter boxes.',
      fixture: 'phrases-fr.html',
    },
    {
      id: 'fr-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^(téléchargez|télécharger) (l[’']application|notre application)\b.{0,80}$/i,
      maxChars: 120,
      why: '"Téléchargez l’application" prompts.',
      fixture: 'phrases-fr.html',
    },
    {
      id: 'fr-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(publicité|la suite (de l[’']article )?après (cette|la) publicité|article réservé aux abonnés)$/i,
      why: '"Publicité" / "La suite après cette publicité" ad labels (Le Figaro).',
      fixture: 'phrases-fr.html',
    },
    {
      id: 'fr-comments',
      kind: 'comments',
      scope: 'block',
      pattern: /^((\d+ )?commentaires?|(laisser|ajouter|voir les) (un |des )?commentaires?|réagir)\s*:?$/i,
      why: 'Comment prompts after the article.',
      fixture: 'phrases-fr.html',
    },
  ],
};
