/**
 * A cheap guess at a text's language for choosing a voice when the page does not declare one:
 * count very common words of each language the reader's clutter rules know. Not a detector, only a
 * tie-breaker between voices; it says '' rather than guess from too little.
 */
const COMMON_WORDS: Record<string, readonly string[]> = {
  id: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada', 'juga', 'dalam', 'adalah', 'bahwa', 'oleh', 'sudah', 'kata'],
  ms: ['yang', 'dan', 'di', 'ini', 'itu', 'dengan', 'untuk', 'dari', 'tidak', 'akan', 'pada', 'juga', 'dalam', 'adalah', 'bahawa', 'oleh', 'telah', 'kerana'],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'are', 'be', 'this', 'by', 'have'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auch', 'ein', 'eine', 'auf', 'für', 'dem', 'wird', 'werden'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'du', 'que', 'dans', 'pour', 'pas', 'qui', 'sur', 'au', 'avec', 'sont', 'être'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'del', 'en', 'por', 'con', 'para', 'una', 'es', 'se', 'como', 'más', 'pero', 'fue'],
  pt: ['o', 'a', 'os', 'as', 'e', 'que', 'do', 'da', 'em', 'para', 'com', 'não', 'uma', 'por', 'mais', 'dos', 'foi', 'são'],
  it: ['il', 'la', 'che', 'e', 'di', 'per', 'non', 'una', 'sono', 'del', 'della', 'con', 'gli', 'anche', 'più', 'nel', 'essere', 'è'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'op', 'te', 'zijn', 'met', 'voor', 'ook', 'maar', 'wordt', 'werd', 'naar'],
  no: ['og', 'i', 'det', 'er', 'til', 'som', 'på', 'en', 'av', 'for', 'med', 'ikke', 'har', 'de', 'et', 'om', 'jeg', 'vil'],
};

/** Enough words to tell languages apart; the first few thousand characters are plenty. */
const SAMPLE_CHARS = 4000;
const MIN_HITS = 5;

export function guessLanguage(text: string): string {
  const words = text.slice(0, SAMPLE_CHARS).toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = '';
  let bestHits = MIN_HITS - 1;
  for (const [lang, common] of Object.entries(COMMON_WORDS)) {
    const set = new Set(common);
    const hits = words.filter((word) => set.has(word)).length;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return best;
}
