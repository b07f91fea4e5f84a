/**
 * Junk lines: lines of an extraction whose words are mostly not in the gold text. Shingle
 * precision hides a short stray line ("Rate artikel ini", a tag, a credit) among hundreds of good
 * shingles; counting lines shows each one.
 */
import { tokenize } from './text-metrics';

/** A line is junk when more than this share of its words never occur in the gold. */
export const JUNK_SHARE = 0.5;

export function junkLines(output: string, gold: string): string[] {
  const goldWords = new Set(tokenize(gold));
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => {
      const words = tokenize(line);
      if (words.length === 0) return false;
      const unknown = words.filter((word) => !goldWords.has(word)).length;
      return unknown / words.length > JUNK_SHARE;
    });
}
