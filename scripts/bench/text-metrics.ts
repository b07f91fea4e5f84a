/**
 * Word-shingle overlap between an extraction and a gold text.
 *
 * Tokens: NFKC, lowercase, runs of letters/digits (`\p{L}\p{N}`, plus combining marks `\p{M}` so
 * Devanagari, Thai and Arabic words are not cut at their vowel signs). Scripts written without
 * spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) give one token per character, so
 * their 4-word shingles are character 4-grams. Korean separates words with spaces and keeps word
 * tokens. Punctuation is ignored, so "I-REBOT.Lima" (slasherrb gold glues paragraphs) still splits.
 *
 * Scores compare shingle multisets: text repeated twice in the output costs precision.
 */

export const SHINGLE_SIZE = 4;

const NO_SPACE_SCRIPTS =
  '\\p{Script_Extensions=Han}\\p{Script_Extensions=Hiragana}\\p{Script_Extensions=Katakana}' +
  '\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/** Script_Extensions=Han also covers CJK punctuation ("。"), hence the letter/digit look-ahead. */
const TOKEN = new RegExp(
  `(?=[\\p{L}\\p{N}])[${NO_SPACE_SCRIPTS}]\\p{M}*|(?:(?![${NO_SPACE_SCRIPTS}])[\\p{L}\\p{N}\\p{M}])+`,
  'gu',
);

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenize(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

/** Shingles with their counts; a text shorter than `size` tokens is one shingle. */
export function shingleCounts(tokens: string[], size = SHINGLE_SIZE): Map<string, number> {
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const last = Math.max(0, tokens.length - size);
  for (let i = 0; i <= last; i += 1) {
    const shingle = tokens.slice(i, i + size).join(' ');
    counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  for (const [shingle, count] of a) common += Math.min(count, b.get(shingle) ?? 0);
  return common;
}

/**
 * Precision, recall and F1 of the output's shingles against the gold's. An empty output scores
 * 0/0/0 (a failed extraction is not "perfectly precise"); an empty gold is the caller's problem.
 */
export function shingleScore(output: string, gold: string, size = SHINGLE_SIZE): Prf {
  const out = shingleCounts(tokenize(output), size);
  const ref = shingleCounts(tokenize(gold), size);
  const outTotal = total(out);
  const refTotal = total(ref);
  if (outTotal === 0 || refTotal === 0) return { precision: 0, recall: 0, f1: 0 };
  const common = overlap(out, ref);
  return prf(common / outTotal, common / refTotal);
}

export function prf(precision: number, recall: number): Prf {
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Share of `part`'s shingles found in `text`: how much of a gold excerpt the output covers. */
export function shingleCoverage(part: string, text: string | Map<string, number>, size = SHINGLE_SIZE): number {
  const ref = shingleCounts(tokenize(part), size);
  const refTotal = total(ref);
  if (refTotal === 0) return 1;
  const out = typeof text === 'string' ? shingleCounts(tokenize(text), size) : text;
  return overlap(ref, out) / refTotal;
}

const SEPARATOR = '\u0001';

/**
 * Whether the gold prefix (goose3 `cleaned_text`, often cut after a few words) occurs in the
 * output as a token sequence. The prefix's last token may be cut mid-word, so it only has to start
 * an output token.
 */
export function prefixFound(output: string, prefix: string): boolean {
  const wanted = tokenize(prefix);
  if (wanted.length === 0) return true;
  const haystack = `${SEPARATOR}${tokenize(output).join(SEPARATOR)}${SEPARATOR}`;
  return haystack.includes(`${SEPARATOR}${wanted.join(SEPARATOR)}`);
}
