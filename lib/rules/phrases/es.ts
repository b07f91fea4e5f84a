import type { PhrasePack } from '../clutter-rule-types';

// Spanish, as on El País, Infobae and the Latin American trafilatura eval pages.
export const SPANISH_PHRASES: PhrasePack = {
  lang: 'es',
  rules: [
    {
      id: 'es-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(lee|leer|lea) (también|además|más)|^(te puede interesar|puede interesarte|más información|noticia relacionada|seguir leyendo)\s*:/i,
      needsLink: true,
      maxChars: 300,
      why: '"Lee también: <link>" / "Te puede interesar:" teasers between paragraphs (Infobae, El Universal).',
      fixture: 'phrases-es.html',
    },
    {
      id: 'es-related-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(noticias relacionadas|artículos relacionados|te puede interesar|lo más (leído|visto)|más noticias|recomendados)\s*:?$/i,
      why: 'Headed related boxes ("Noticias relacionadas", "Lo más leído").',
      fixture: 'phrases-es.html',
    },
    {
      id: 'es-share-follow',
      kind: 'share',
      scope: 'block',
      pattern: /^(compartir( en \w+)?|comparte( esta noticia)?|síguenos( en .{1,30})?|imprimir)\s*:?$/i,
      why: 'Share bars ("Compartir") and "Síguenos en" boxes.',
      fixture: 'phrases-es.html',
    },
    {
      id: 'es-newsletter',
      kind: 'newsletter',
      scope: 'block',
      pattern: /^(suscríbete|suscribete|regístrate|recibe) (a|al|en) (nuestro|nuestra|el|la) .{0,30}(newsletter|boletín)\b.{0,160}$/i,
      maxChars: 250,
      why: 'Inline newsletter boxes.',
      fixture: 'phrases-es.html',
    },
    {
      id: 'es-app-promo',
      kind: 'app-promo',
      scope: 'block',
      pattern: /^(descarga|descargue|baja) (la|nuestra) (app|aplicación)\b.{0,80}$/i,
      maxChars: 120,
      why: '"Descarga la app" prompts.',
      fixture: 'phrases-es.html',
    },
    {
      id: 'es-ad-label',
      kind: 'ad',
      scope: 'block',
      pattern: /^(publicidad|anuncio|contenido patrocinado|sigue leyendo (debajo|después) de la publicidad)$/i,
      why: '"Publicidad" ad labels.',
      fixture: 'phrases-es.html',
    },
    {
      id: 'es-comments',
      kind: 'comments',
      scope: 'block',
      pattern: /^((\d+ )?comentarios?|(deja|escribe|ver) (un |los )?comentarios?)\s*:?$/i,
      why: 'Comment prompts after the article.',
      fixture: 'phrases-es.html',
    },
  ],
};
