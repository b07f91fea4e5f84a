import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { sanitizeArticleHtml } from '../../lib/sanitize/sanitize-article';
import { bestVoicePerLanguage, chooseVoice, primaryLanguage, voicesForLanguage, type VoiceLike } from '../../lib/speech/choose-voice';
import { guessLanguage } from '../../lib/speech/guess-language';
import {
  firstChunkOfSection,
  MAX_UTTERANCE_CHARS,
  nextSectionStart,
  planUtterances,
  previousSectionStart,
  splitLongText,
} from '../../lib/speech/plan-utterances';
import { SpeechSession, type SpeechProgress, type UtteranceLike } from '../../lib/speech/speech-session';
import { fixHappyDomForDomPurify, undoHappyDomFixes } from './support/happy-dom-dompurify';
import { FIXTURES_DIR, fixtureUrl, pageDocument, readPage } from './support/page-document';

fixHappyDomForDomPurify(window);
afterAll(() => undoHappyDomFixes());

const SEED = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'idntimes-nato-seed.expected.json'), 'utf8')) as {
  sections: string[];
  captions: string[];
  clutter: string[];
};

function body(html: string): Element {
  const element = document.createElement('div');
  element.append(...Array.from(pageDocument(`<body>${html}</body>`).body.childNodes));
  return element;
}

const OUTLINE = [
  { id: 'sec-one', level: 2, text: 'One' },
  { id: 'sec-two', level: 2, text: 'Two' },
];
const SMALL = body(
  '<p>Intro.</p><figure><img src="https://x.test/a.jpg" alt="A photo"><figcaption>A caption.</figcaption></figure>' +
    '<h2 id="sec-one">One</h2><p>First.</p><ul><li>Item <b>a</b></li><li>Item b</li></ul>' +
    '<h2 id="sec-two">Two</h2><blockquote><p>Quoted.</p><p>More.</p></blockquote><div>Bare <i>text</i>.</div>',
);

describe('planUtterances', () => {
  const plan = planUtterances(SMALL, OUTLINE);

  it('says every paragraph, heading, list item and quote in order, but not images or their captions', () => {
    expect(plan.chunks.map((chunk) => chunk.text)).toEqual([
      'Intro.', 'One', 'First.', 'Item a', 'Item b', 'Two', 'Quoted. More.', 'Bare text.',
    ]);
  });

  it('ties each chunk to its element and its outline section', () => {
    expect(plan.chunks.map((chunk) => chunk.section)).toEqual([-1, 0, 0, 0, 0, 1, 1, 1]);
    expect(plan.blocks[plan.chunks[2]!.block]?.textContent).toBe('First.');
    expect(plan.blocks[plan.chunks[1]!.block]?.id).toBe('sec-one');
  });

  it('finds where sections start, and where j and k go from a chunk', () => {
    expect(firstChunkOfSection(plan.chunks, -1)).toBe(0);
    expect(firstChunkOfSection(plan.chunks, 1)).toBe(5);
    expect(nextSectionStart(plan.chunks, 0)).toBe(1);
    expect(nextSectionStart(plan.chunks, 2)).toBe(5);
    expect(nextSectionStart(plan.chunks, 6)).toBe(-1);
    // Mid-section, k returns to the heading; on the heading, to the section before.
    expect(previousSectionStart(plan.chunks, 6)).toBe(5);
    expect(previousSectionStart(plan.chunks, 5)).toBe(1);
    expect(previousSectionStart(plan.chunks, 1)).toBe(0);
  });

  it('skips what the reader added among the text: page markers, removed blocks shown again', () => {
    const shown = body(
      '<section><p>Page one.</p></section><section><p aria-hidden="true">Page 2 of 2</p><p>Page two.</p>' +
        '<aside class="removed-block"><p>Share this</p></aside></section>',
    );
    expect(planUtterances(shown, [], '[aria-hidden="true"], .removed-block').chunks.map((chunk) => chunk.text)).toEqual(['Page one.', 'Page two.']);
  });

  it('cuts a very long paragraph at sentence ends', () => {
    const sentence = 'This sentence is about sixty characters long, more or less. ';
    const pieces = splitLongText(sentence.repeat(20).trim());
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(MAX_UTTERANCE_CHARS);
    expect(pieces.join(' ')).toBe(sentence.repeat(20).trim());
  });

  it('plans the seed article: from its first paragraph, with its sections, without captions or clutter', () => {
    const html = readPage(resolve(FIXTURES_DIR, 'idntimes-nato-seed.html'));
    const url = fixtureUrl(html);
    const article = extractArticle(pageDocument(html, url), { url });
    const rendered = document.createElement('div');
    rendered.replaceChildren(sanitizeArticleHtml(article.html, window));
    const { chunks } = planUtterances(rendered, article.outline);
    const texts = chunks.map((chunk) => chunk.text);
    expect(texts[0]).toMatch(/^Jakarta, IDN Times - Pakta Pertahanan Atlantik Utara/);
    for (const [index, section] of SEED.sections.entries()) {
      expect(chunks[firstChunkOfSection(chunks, index)]?.text).toBe(section);
    }
    for (const caption of SEED.captions) expect(texts).not.toContain(caption);
    for (const phrase of SEED.clutter) expect(texts.join('\n')).not.toContain(phrase);
  });
});

const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name, lang, localService, default: isDefault, voiceURI: name,
});

describe('choosing a voice', () => {
  const voices = [
    voice('English', 'en-US', true, true),
    voice('Google Bahasa Indonesia', 'id-ID', false),
    voice('Indonesian (espeak-ng)', 'id', true),
    voice('Indonesian+Alex', 'id', true),
    voice('Malay', 'ms', true),
    voice('Old Android Indonesian', 'in_ID', true),
  ];

  it('normalises language tags, legacy codes included', () => {
    expect(['id-ID', 'id_ID', 'in', 'ID', 'en-GB', 'nb', ''].map(primaryLanguage)).toEqual(['id', 'id', 'id', 'id', 'en', 'no', '']);
  });

  it('uses only voices on this computer, for the article language, the regional match first', () => {
    expect(voicesForLanguage(voices, 'id').map((v) => v.name)).toEqual(['Indonesian (espeak-ng)', 'Indonesian+Alex', 'Old Android Indonesian']);
    expect(voicesForLanguage(voices, 'id-ID').map((v) => v.name)).toEqual(['Old Android Indonesian', 'Indonesian (espeak-ng)', 'Indonesian+Alex']);
    expect(chooseVoice(voices, 'id')).toEqual({ voice: voices[2], languageHasVoice: true });
    // A network voice is never used, not even one the reader once chose.
    expect(chooseVoice(voices, 'id', 'Google Bahasa Indonesia').voice?.name).toBe('Indonesian (espeak-ng)');
    expect(chooseVoice([voices[1]!], 'id')).toEqual({ voice: voices[1], languageHasVoice: true });
  });

  it('takes every voice where the browser marks none as local (Firefox with speech-dispatcher)', () => {
    const unmarked = voices.map((v) => ({ ...v, localService: false }));
    expect(voicesForLanguage(unmarked, 'id').map((v) => v.name)).toContain('Google Bahasa Indonesia');
  });

  it('keeps the voice the reader chose for that language', () => {
    expect(chooseVoice(voices, 'id-ID', 'Indonesian+Alex').voice?.name).toBe('Indonesian+Alex');
    expect(chooseVoice(voices, 'id', 'gone').voice?.name).toBe('Indonesian (espeak-ng)');
  });

  it('says when no voice speaks the language, and offers one voice per language', () => {
    expect(chooseVoice(voices, 'ja')).toEqual({ voice: undefined, languageHasVoice: false });
    expect(bestVoicePerLanguage(voices).map((v) => v.name)).toEqual(['English', 'Indonesian (espeak-ng)', 'Malay']);
  });
});

describe('guessLanguage', () => {
  it.each([
    ['Pakta Pertahanan Atlantik Utara atau NATO berencana membuka kantor yang bakal berlokasi di Jepang, dan ini juga untuk konsultasi dengan mitra', 'id'],
    ['The North Atlantic Treaty Organization is planning to open an office in Japan, and it is the first of its kind in the region for the alliance', 'en'],
    ['Die NATO will ein Büro in Japan eröffnen, und das ist nicht das erste Mal, dass sich die Allianz auf die Region konzentriert', 'de'],
    ['NATO', ''],
  ])('%s → %s', (text, lang) => {
    expect(guessLanguage(text)).toBe(lang);
  });
});

class FakeUtterance implements UtteranceLike<VoiceLike> {
  lang = '';
  rate = 1;
  voice: VoiceLike | null = null;
  onend: ((event: never) => void) | null = null;
  onerror: ((event: never) => void) | null = null;
  constructor(public text: string) {}
}

function fakeSynth() {
  const calls: string[] = [];
  const spoken: FakeUtterance[] = [];
  return {
    calls,
    spoken,
    synth: {
      speak: (utterance: FakeUtterance) => {
        calls.push(`speak ${utterance.text}`);
        spoken.push(utterance);
      },
      cancel: () => calls.push('cancel'),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    },
    end: () => (spoken.at(-1)?.onend as (() => void) | null)?.(),
  };
}

describe('SpeechSession', () => {
  const { chunks } = planUtterances(SMALL, OUTLINE);

  function session() {
    const fake = fakeSynth();
    const progress: SpeechProgress[] = [];
    const speech = new SpeechSession({ synth: fake.synth, createUtterance: (text) => new FakeUtterance(text), chunks, onProgress: (p) => progress.push(p) });
    speech.configure({ voice: voice('Indonesian', 'id'), lang: 'id', rate: 1.5 });
    return { fake, progress, speech };
  }

  it('speaks from the section asked for, one chunk after another, with the chosen voice and speed', () => {
    const { fake, speech } = session();
    speech.startAtSection(0);
    expect(fake.spoken.at(-1)).toMatchObject({ text: 'One', lang: 'id', rate: 1.5, voice: { name: 'Indonesian' } });
    fake.end();
    expect(fake.spoken.at(-1)?.text).toBe('First.');
    expect(speech.state).toEqual({ status: 'speaking', chunk: 2 });
  });

  it('pauses on toggle, and resumes by saying the paused chunk again', () => {
    const { fake, speech } = session();
    speech.startAtSection(0);
    fake.end();
    speech.toggle(-1);
    expect(fake.calls.at(-1)).toBe('pause');
    expect(speech.state).toEqual({ status: 'paused', chunk: 2 });
    speech.toggle(-1);
    expect(fake.calls.slice(-3)).toEqual(['cancel', 'resume', 'speak First.']);
    expect(speech.state).toEqual({ status: 'speaking', chunk: 2 });
  });

  it('skips to the next and previous section, and ignores the cancelled utterance ending late', () => {
    const { fake, speech } = session();
    speech.startAtSection(-1);
    const first = fake.spoken.at(-1)!;
    expect(speech.nextSection()).toBe(true);
    expect(fake.spoken.at(-1)?.text).toBe('One');
    (first.onend as (() => void) | null)?.();
    expect(fake.spoken.at(-1)?.text).toBe('One');
    expect(speech.nextSection()).toBe(true);
    expect(fake.spoken.at(-1)?.text).toBe('Two');
    expect(speech.previousSection()).toBe(true);
    expect(fake.spoken.at(-1)?.text).toBe('One');
  });

  it('does nothing for j and k when not speaking, and finishes after the last chunk', () => {
    const { fake, speech, progress } = session();
    expect(speech.nextSection()).toBe(false);
    speech.startAtSection(1);
    for (let i = 0; i < 3; i++) fake.end();
    expect(progress.at(-1)).toEqual({ status: 'finished', chunk: -1 });
    speech.stop();
    expect(fake.calls.at(-1)).toBe('cancel');
    expect(speech.state.status).toBe('idle');
  });
});
