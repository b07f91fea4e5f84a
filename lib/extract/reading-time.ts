/**
 * Silent reading speeds. English 238 wpm and the Latin-script default follow Brysbaert (2019);
 * Indonesian and Malay words are longer (affixes), so they read slower. CJK text has no spaces and is
 * counted in characters.
 */
const WORDS_PER_MINUTE: Record<string, number> = { en: 238, id: 200, ms: 200, de: 215, fr: 225, es: 240, pt: 230, it: 230, nl: 230, ru: 185, ar: 180, fa: 180, he: 190, tr: 200 };
const DEFAULT_WORDS_PER_MINUTE = 220;
const CJK_CHARS_PER_MINUTE: Record<string, number> = { zh: 260, ja: 400, ko: 300 };
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
/** From the first letter or digit of a word to its end: one match per word that holds one, read in one pass. */
const WORD = /[\p{L}\p{N}]\S*/gu;

export interface ReadingTime {
  wordCount: number;
  readingMinutes: number;
}

export function readingTime(text: string, lang: string): ReadingTime {
  const language = lang.toLowerCase().split('-')[0] ?? '';
  const cjkChars = text.match(CJK_CHAR)?.length ?? 0;
  // One native match per word that holds a letter or a digit, not a regex test per word in script.
  const words = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
  const cjkSpeed = CJK_CHARS_PER_MINUTE[language] ?? 300;
  const wordSpeed = WORDS_PER_MINUTE[language] ?? DEFAULT_WORDS_PER_MINUTE;
  const minutes = words / wordSpeed + cjkChars / cjkSpeed;
  return { wordCount: words + cjkChars, readingMinutes: Math.max(1, Math.round(minutes)) };
}
