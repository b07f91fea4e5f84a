/**
 * Outline matching: predicted heading texts against gold section headlines, one-to-one (a
 * heading matches at most one gold headline), after normalising case, punctuation and spaces.
 */

export function normalizeHeading(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

export interface OutlineScore {
  matched: number;
  predicted: number;
  gold: number;
  /** Gold headlines not found and predicted headings not in the gold, for the report. */
  missed: string[];
  extra: string[];
}

export function outlineScore(predicted: string[], gold: string[]): OutlineScore {
  const remaining = new Map<string, number>();
  const goldKeys = gold.map(normalizeHeading).filter(Boolean);
  for (const key of goldKeys) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const predictedTexts = predicted.filter((text) => normalizeHeading(text));
  const extra: string[] = [];
  let matched = 0;
  for (const text of predictedTexts) {
    const key = normalizeHeading(text);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched += 1;
    } else {
      extra.push(text);
    }
  }
  const missed = gold.filter((text) => {
    const key = normalizeHeading(text);
    const left = remaining.get(key) ?? 0;
    if (left === 0) return false;
    remaining.set(key, left - 1);
    return true;
  });
  return { matched, predicted: predictedTexts.length, gold: goldKeys.length, missed, extra };
}

/** Precision and recall of summed outline scores (micro-average over headings). */
export function pooledOutline(scores: OutlineScore[]): { precision: number; recall: number; matched: number; predicted: number; gold: number } {
  const matched = scores.reduce((sum, s) => sum + s.matched, 0);
  const predicted = scores.reduce((sum, s) => sum + s.predicted, 0);
  const gold = scores.reduce((sum, s) => sum + s.gold, 0);
  return {
    precision: predicted === 0 ? 0 : matched / predicted,
    recall: gold === 0 ? 0 : matched / gold,
    matched,
    predicted,
    gold,
  };
}
