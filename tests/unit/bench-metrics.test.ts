import { describe, expect, it } from 'vitest';
import { countPhrase, countPhrases } from '../../scripts/bench/clutter-phrases';
import { cleanEvalText, decodeEntities } from '../../scripts/bench/gold-sets';
import { junkLines } from '../../scripts/bench/junk-lines';
import { normalizeHeading, outlineScore, pooledOutline } from '../../scripts/bench/outline-metrics';
import { snippetScore } from '../../scripts/bench/snippet-metrics';
import { prefixFound, shingleCounts, shingleCoverage, shingleScore, tokenize } from '../../scripts/bench/text-metrics';

describe('tokenize', () => {
  it('lowercases and splits on anything but letters, digits and marks', () => {
    expect(tokenize('Ahok dukung JOKOWI, diberi pangkat-bintang 5!')).toEqual(['ahok', 'dukung', 'jokowi', 'diberi', 'pangkat', 'bintang', '5']);
  });

  it('splits glued slasherrb paragraphs on punctuation', () => {
    expect(tokenize('alat I-REBOT.Lima mahasiswa')).toEqual(['alat', 'i', 'rebot', 'lima', 'mahasiswa']);
  });

  it('gives one token per CJK or Thai character but keeps Latin runs and Hangul words', () => {
    expect(tokenize('梁振英道歉 iPhone5は')).toEqual(['梁', '振', '英', '道', '歉', 'iphone5', 'は']);
    expect(tokenize('한국 기자')).toEqual(['한국', '기자']);
    expect(tokenize('ภาษาไทย')).toHaveLength(7); // Thai vowels like า are letters, not marks
    expect(tokenize('道歉。「梁」')).toEqual(['道', '歉', '梁']);
  });

  it('keeps Devanagari vowel signs inside the word', () => {
    expect(tokenize('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
  });

  it('normalises compatibility forms (NFKC)', () => {
    expect(tokenize('ＡＢＣ１２３')).toEqual(['abc123']);
  });
});

describe('shingleScore', () => {
  const gold = 'one two three four five six seven eight';

  it('is perfect for identical text, whatever the punctuation and case', () => {
    expect(shingleScore('One, two; three FOUR five six seven eight.', gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('measures recall for an output that keeps half the gold', () => {
    const score = shingleScore('one two three four five', gold);
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(2 / 5);
    expect(score.f1).toBeCloseTo((2 * 0.4) / 1.4);
  });

  it('measures precision for clutter added to the gold', () => {
    const score = shingleScore(`${gold} baca juga berita lainnya di sini`, gold);
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(5 / 11);
  });

  it('counts shingles as a multiset: duplicated text costs precision', () => {
    const score = shingleScore(`${gold} ${gold}`, gold);
    expect(score.recall).toBe(1);
    expect(score.precision).toBeCloseTo(5 / 13);
  });

  it('scores an empty output 0 and treats a short text as one shingle', () => {
    expect(shingleScore('', gold)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect([...shingleCounts(tokenize('just two'))]).toEqual([['just two', 1]]);
    expect(shingleScore('Just two', 'just two').f1).toBe(1);
  });

  it('scores Chinese by character 4-grams', () => {
    expect(shingleScore('香港行政长官梁振英道歉', '香港行政长官梁振英道歉。').f1).toBe(1);
    expect(shingleScore('香港行政长官', '香港行政长官梁振英道歉').recall).toBeCloseTo(3 / 8);
  });
});

describe('shingleCoverage and prefixFound', () => {
  it('gives the share of a part found in a text', () => {
    expect(shingleCoverage('a b c d e', 'x a b c d y')).toBeCloseTo(1 / 2);
    expect(shingleCoverage('', 'anything')).toBe(1);
  });

  it('finds a goose3 prefix whose last word is cut', () => {
    const output = 'Washington (CNN) -- Democrats pledged Wednesday to fight on.';
    expect(prefixFound(output, 'Washington (CNN) -- Democrats pledged ')).toBe(true);
    expect(prefixFound(output, 'Washington (CNN) -- Democrats pled')).toBe(true);
    expect(prefixFound(output, 'Washington (CNN) -- Republicans')).toBe(false);
    expect(prefixFound('xWashington (CNN)', 'Washington (CNN)')).toBe(false);
  });
});

describe('snippetScore', () => {
  it('checks with/without snippets after whitespace and case normalisation', () => {
    const output = 'Die GEMA dreht völlig\nam Zeiger!\n\nMehr unter http://www.openpetition.de';
    const score = snippetScore(output, ['die gema dreht völlig am Zeiger!', 'not there'], ['Impressum', 'openpetition']);
    expect(score).toMatchObject({ withFound: 1, withTotal: 2, withoutAbsent: 1, withoutTotal: 2 });
    expect(score.missing).toEqual(['not there']);
    expect(score.leftIn).toEqual(['openpetition']);
  });

  it('ignores soft hyphens and zero-width spaces', () => {
    expect(snippetScore('Fern\u00adwärme und\u200b mehr', ['Fernwärme und mehr'], []).withFound).toBe(1);
  });
});

describe('outlineScore', () => {
  it('normalises case, punctuation and spaces', () => {
    expect(normalizeHeading('  1. Awal mula — menjalani  bisnis!')).toBe('1 awal mula menjalani bisnis');
  });

  it('matches headings one to one and reports misses and extras', () => {
    const score = outlineScore(
      ['1. Awal mula', 'Editor’s picks', 'What is the OBR?', 'What is the OBR?'],
      ['1. awal mula', 'What is the OBR', 'Why do forecasts matter?'],
    );
    expect(score).toMatchObject({ matched: 2, predicted: 4, gold: 3 });
    expect(score.extra).toEqual(['Editor’s picks', 'What is the OBR?']);
    expect(score.missed).toEqual(['Why do forecasts matter?']);
  });

  it('pools precision and recall over pages', () => {
    const pooled = pooledOutline([outlineScore(['a', 'b'], ['a']), outlineScore([], ['c', 'd'])]);
    expect(pooled).toMatchObject({ matched: 1, predicted: 2, gold: 3, precision: 0.5 });
    expect(pooled.recall).toBeCloseTo(1 / 3);
  });
});

describe('clutter phrases', () => {
  it('counts whole-word, case-insensitive occurrences', () => {
    expect(countPhrase('Baca juga: A. BACA JUGA: B. bacajuga', 'Baca juga')).toBe(2);
    expect(countPhrase('He shared the Share button', 'Share')).toBe(1);
    expect(countPhrase("Editor's picks and Editor’s Picks", 'Editor’s picks')).toBe(2);
    expect(countPhrase('Topic: COVID', 'Topic:')).toBe(1);
  });

  it('reports only the phrases present', () => {
    expect(countPhrases('Simak juga video. Gulir ke bawah.', ['Simak juga', 'Gulir', 'IDN App'])).toEqual({ 'Simak juga': 1, Gulir: 1 });
  });
});

describe('gold text cleaning', () => {
  it('strips CleanEval markers, the URL line and comments, and decodes entities', () => {
    const gold = '\nURL: http://bbc.co.uk/news/x\n<h>Title &amp; more\n<p>It&#039;s &rsquo;here&#8217;\n<!-- note -->';
    expect(cleanEvalText(gold).replace(/\s+/g, ' ').trim()).toBe('Title & more It\'s ’here’');
  });

  it('leaves unknown entities alone', () => {
    expect(decodeEntities('a &unknown; b &#x41;')).toBe('a &unknown; b A');
  });
});

describe('junkLines', () => {
  const gold = 'Liputan6.com, Jakarta - Pada hari pertama puasa, agenda Wakil Presiden Jusuf Kalla tetap segudang. (Mvi/Ali)';

  it('lists output lines whose words are mostly not in the gold', () => {
    const output = 'Liputan6.com, Jakarta - Pada hari pertama puasa, agenda Wakil Presiden Jusuf Kalla tetap segudang.\n\nRate artikel ini\n\nLike (0)\n\nJusuf Kalla';
    expect(junkLines(output, gold)).toEqual(['Rate artikel ini', 'Like (0)']);
  });

  it('ignores blank lines and lines with no words', () => {
    expect(junkLines('\n\n\u200b\n---', gold)).toEqual([]);
  });
});
