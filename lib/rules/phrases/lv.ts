import type { PhrasePack } from '../clutter-rule-types';

// Latvian, as on LSM.
export const LATVIAN_PHRASES: PhrasePack = {
  lang: 'lv',
  rules: [
    {
      id: 'lv-feedback-prompt',
      kind: 'comments',
      scope: 'block',
      pattern: /^(kļūda rakstā\??|iezīmējiet tekstu un spiediet .{0,200})$/iu,
      maxChars: 200,
      why: 'Error-report prompt under the text (LSM "Kļūda rakstā? Iezīmējiet tekstu un spiediet Ctrl+Enter…").',
      fixture: 'phrases-lv.html',
    },
  ],
};
