/**
 * Boilerplate phrases that should not survive extraction on the Indonesian pages (slasherrb,
 * detik, IDN Times). Counted case-insensitively as whole words, with curly and straight
 * apostrophes treated alike ("Editor’s picks").
 */
export const CLUTTER_PHRASES = [
  'Baca juga',
  'Baca artikel',
  'IDN App',
  'Simak juga',
  'Lihat juga',
  'Tonton juga',
  'Share',
  'Follow us',
  'ADVERTISEMENT',
  'Scroll untuk',
  'Gulir',
  'Berita Terkini Lainnya',
  'Editor’s picks',
  'Topic:',
];

function normalizeForPhrases(text: string): string {
  return text.normalize('NFKC').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Occurrences of `phrase` in `text` that are not part of a longer word ("Share" ≠ "shared"). */
export function countPhrase(text: string, phrase: string): number {
  const wanted = normalizeForPhrases(phrase).trim();
  if (!wanted) return 0;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}])`, 'gu');
  return normalizeForPhrases(text).match(pattern)?.length ?? 0;
}

/** Non-zero counts per phrase. */
export function countPhrases(text: string, phrases: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const phrase of phrases) {
    const count = countPhrase(text, phrase);
    if (count > 0) counts[phrase] = count;
  }
  return counts;
}
