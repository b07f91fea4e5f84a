/** How the reader looks. Stored in extension storage, which page scripts may also reach in Chrome,
 * so every value is validated on read and anything unknown falls back to the default. */
export interface ReaderSettings {
  theme: Theme;
  fontSize: number;
  fontFamily: FontFamily;
  lineWidth: LineWidth;
  lineHeight: LineHeight;
  /** Read-aloud speed, one of SPEECH_RATES. */
  speechRate: number;
  /** The voice chosen for each language (primary subtag → voiceURI), remembered for the next article. */
  speechVoices: Readonly<Record<string, string>>;
}

export const THEMES = ['auto', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const FONT_FAMILIES = ['serif', 'sans'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
/** Measures, in characters: about 55, 68 and 85 per line (the comfortable range is 45–90). */
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export type LineWidth = (typeof LINE_WIDTHS)[number];
export const LINE_HEIGHTS = ['tight', 'normal', 'loose'] as const;
export type LineHeight = (typeof LINE_HEIGHTS)[number];

export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** A voice per language is plenty; the cap keeps a tampered store from growing without end. */
const MAX_REMEMBERED_VOICES = 50;
const MAX_VOICE_URI_CHARS = 300;

export const FONT_SIZE_STEPS = [14, 16, 18, 20, 22, 24] as const;

export const DEFAULT_SETTINGS: ReaderSettings = {
  theme: 'auto',
  fontSize: 18,
  fontFamily: 'serif',
  lineWidth: 'medium',
  lineHeight: 'normal',
  speechRate: 1,
  speechVoices: {},
};

export function normalizeSettings(raw: unknown): ReaderSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    theme: oneOf(THEMES, value.theme, DEFAULT_SETTINGS.theme),
    fontFamily: oneOf(FONT_FAMILIES, value.fontFamily, DEFAULT_SETTINGS.fontFamily),
    fontSize: nearestStep(value.fontSize),
    lineWidth: oneOf(LINE_WIDTHS, value.lineWidth, DEFAULT_SETTINGS.lineWidth),
    lineHeight: oneOf(LINE_HEIGHTS, value.lineHeight, DEFAULT_SETTINGS.lineHeight),
    speechRate: SPEECH_RATES.includes(value.speechRate as (typeof SPEECH_RATES)[number]) ? (value.speechRate as number) : DEFAULT_SETTINGS.speechRate,
    speechVoices: normalizeVoices(value.speechVoices),
  };
}

export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? DEFAULT_SETTINGS.theme;
}

/** One step larger (+1) or smaller (−1), stopping at the ends. */
export function stepFontSize(fontSize: number, direction: 1 | -1): number {
  const index = FONT_SIZE_STEPS.indexOf(nearestStep(fontSize) as (typeof FONT_SIZE_STEPS)[number]);
  const next = Math.min(FONT_SIZE_STEPS.length - 1, Math.max(0, index + direction));
  return FONT_SIZE_STEPS[next] ?? DEFAULT_SETTINGS.fontSize;
}

function normalizeVoices(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null) return {};
  const entries = Object.entries(raw as Record<string, unknown>).filter(
    (entry): entry is [string, string] =>
      /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length > 0 && entry[1].length <= MAX_VOICE_URI_CHARS,
  );
  return Object.fromEntries(entries.slice(-MAX_REMEMBERED_VOICES));
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function nearestStep(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.fontSize;
  return FONT_SIZE_STEPS.reduce((best, step) => (Math.abs(step - value) < Math.abs(best - value) ? step : best));
}
