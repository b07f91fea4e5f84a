/** The parts of a SpeechSynthesisVoice the choice needs, so tests can pass plain objects. */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
  readonly voiceURI: string;
}

export interface VoiceChoice<V extends VoiceLike> {
  /** The voice to speak with, or undefined when the reader should ask first. */
  voice: V | undefined;
  /** The article's language has at least one voice on this computer. */
  languageHasVoice: boolean;
}

/** Old ISO 639 codes some engines still report (Java-era Android reports Indonesian as `in`). */
const LEGACY_CODES: Record<string, string> = { in: 'id', iw: 'he', ji: 'yi', jw: 'jv', nb: 'no', nn: 'no' };

/** `id-ID`, `id_ID`, `in` → `id`; '' when there is no usable tag. */
export function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return '';
  return LEGACY_CODES[primary] ?? primary;
}

/** `in_ID` → `id-id`: comparable whatever separator, case or legacy code the engine uses. */
function normalizedTag(tag: string): string {
  const [, ...rest] = tag.toLowerCase().split(/[-_]/);
  return [primaryLanguage(tag), ...rest].join('-');
}

/**
 * The voices the reader may use: those on this computer, because the text must not leave it (Chrome
 * also offers Google's network voices). A browser that marks no voice as local does not make the
 * distinction at all: Firefox reports speech-dispatcher's voices, which are local, as not local.
 */
export function usableVoices<V extends VoiceLike>(voices: readonly V[]): V[] {
  return voices.some((voice) => voice.localService) ? voices.filter((voice) => voice.localService) : [...voices];
}

/**
 * The usable voices that speak `lang`, best first: an exact regional match (`pt-BR` for `pt-BR`),
 * then the system default, then the browser's order.
 */
export function voicesForLanguage<V extends VoiceLike>(voices: readonly V[], lang: string): V[] {
  const wanted = primaryLanguage(lang);
  if (!wanted) return [];
  const region = normalizedTag(lang);
  const score = (voice: V) => (normalizedTag(voice.lang) === region ? 2 : 0) + (voice.default ? 1 : 0);
  return usableVoices(voices)
    .filter((voice) => primaryLanguage(voice.lang) === wanted)
    .map((voice, index) => ({ voice, index, score: score(voice) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ voice }) => voice);
}

/**
 * Picks the voice for an article in `lang`. A voice the reader chose before for that language wins,
 * even one of another language (they may prefer it to none); otherwise the best voice of the
 * language. With neither there is no voice: the reader is told and chooses one.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: string, rememberedUri?: string): VoiceChoice<V> {
  const candidates = voicesForLanguage(voices, lang);
  const remembered = rememberedUri ? usableVoices(voices).find((voice) => voice.voiceURI === rememberedUri) : undefined;
  return { voice: remembered ?? candidates[0], languageHasVoice: candidates.length > 0 };
}

/** One voice per language, the best of each, for offering a choice when the article's language has none. */
export function bestVoicePerLanguage<V extends VoiceLike>(voices: readonly V[]): V[] {
  const languages = Array.from(new Set(voices.map((voice) => primaryLanguage(voice.lang)).filter(Boolean)));
  return languages.flatMap((lang) => voicesForLanguage(voices, lang).slice(0, 1));
}
