import type { PhrasePack } from '../clutter-rule-types';

// Patterns that mean the same in every language.
export const LANGUAGE_NEUTRAL_PHRASES: PhrasePack = {
  lang: 'any',
  rules: [
    {
      id: 'separator-line',
      kind: 'navigation',
      scope: 'block',
      pattern: /^[-–—_=*•·~#.\s]{3,}$/,
      maxChars: 80,
      why: 'Rules drawn with dashes ("-----") before a syndication note (detik) read as text, not as a line.',
      fixture: 'phrases-any.html',
    },
    {
      id: 'arrow-teaser',
      kind: 'read-also',
      scope: 'block',
      pattern: /^(>>|→|►|▶)\s*\S/,
      needsLink: true,
      maxChars: 200,
      why: 'Links to other pages set off by an arrow between paragraphs (Berliner Morgenpost ">> Hier finden Sie …"); not », which opens a German quotation.',
      fixture: 'phrases-any.html',
    },
  ],
};
