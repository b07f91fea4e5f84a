import type { PhrasePack } from '../clutter-rule-types';

// Portuguese, as on Folha (Readability "folha") and Brazilian and Portuguese news sites.
export const PORTUGUESE_PHRASES: PhrasePack = {
  lang: 'pt',
  rules: [
    {
      id: 'pt-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(leia (também|mais)|veja (também|mais)|saiba mais|leia ainda)\s*:?/i,
      needsLink: true,
      maxChars: 300,
      why: '"Leia também: <link>" teasers between paragraphs (Folha, G1).',
      fixture: 'phrases-pt.html',
    },
    {
      id: 'pt-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(notícias relacionadas|mais lidas|relacionadas|veja também|você pode gostar|leia também)\s*:?$/i,
      why: 'Headed related boxes ("Mais lidas").',
      fixture: 'phrases-pt.html',
    },
    {
      id: 'pt-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^(compartilhe|compartilhar|partilhar|partilhe)( (no|na|via) \w+| (esta|essa) (notícia|matéria))?\s*:?$|^siga-nos( no .{1,30})?$/i,
      why: 'Share bars ("Compartilhe") and "Siga-nos" boxes.',
      fixture: 'phrases-pt.html',
    },
    {
      id: 'pt-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^(baixe|descarregue) (o|nosso) (app|aplicativo|aplicação)\b.{0,80}$/i,
      maxChars: 120,
      why: '"Baixe o app" prompts.',
      fixture: 'phrases-pt.html',
    },
    {
      id: 'pt-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(publicidade|continua (depois|após) (da|a) publicidade|anúncio)$/i,
      why: '"Publicidade" / "Continua após a publicidade" labels.',
      fixture: 'phrases-pt.html',
    },
  ],
};
