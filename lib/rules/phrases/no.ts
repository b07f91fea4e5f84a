import type { PhrasePack } from '../clutter-rule-types';

// Norwegian, as on NRK, VG and Dagbladet in the fundus corpus.
export const NORWEGIAN_PHRASES: PhrasePack = {
  lang: 'no',
  rules: [
    {
      id: 'no-read-also',
      kind: 'read-also',
      scope: 'block',
      pattern: /^les (også|mer)\s*:?\s/i,
      needsLink: true,
      maxChars: 200,
      why: 'NRK "Les også <link>" and Nettavisen "Les også: <link>" teasers between paragraphs.',
      fixture: 'phrases-no.html',
    },
    {
      id: 'no-summary-label',
      kind: 'related',
      scope: 'label',
      pattern: /^(kort fortalt|kortversjonen|relaterte saker|mest lest|annonsørinnhold|sammendraget er laget av .{2,60})\s*:?$/i,
      maxBoxChars: 700,
      why: 'AI summary and sponsored boxes above the text (VG "Kortversjonen", Dagbladet "Kort fortalt", "Sammendraget er laget av ChatGPT").',
      fixture: 'phrases-no.html',
    },
  ],
};
