import { browser } from 'wxt/browser';

/**
 * The reader's words come from public/_locales through browser.i18n, so they follow the browser's
 * language (English by default, Indonesian for `id`). Keys are typed by WXT from the English file.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  // An empty message means a key missing from the bundle: showing the key beats a silent gap.
  return message || key;
}

/** `key_one` or `key_other`, chosen by the UI language's plural rules. */
export function tCount(key: 'sectionCount' | 'removed', count: number, ...rest: (string | number)[]): string {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, formatNumber(count), ...rest);
}

/**
 * The language of the translation in use, for Intl. It comes from the messages themselves rather than
 * getUILanguage(), so numbers and dates always match the language of the words around them.
 */
export function uiLocale(): string {
  const locale = t('locale');
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/** "5 min" in English, "5 menit" in Indonesian: how the translation prefers minutes written. */
export function formatMinutes(minutes: number, unitDisplay: 'short' | 'long' = readingUnitDisplay()): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit: 'minute', unitDisplay }).format(
    Math.max(1, Math.round(minutes)),
  );
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A publication date in the UI language, or '' when the page gave none or an invalid one. */
export function formatDate(iso: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // A day without a time is read as midnight UTC: shown in the reader's zone it would be the day before west of London.
  const timeZone = DATE_ONLY.test(iso) ? 'UTC' : undefined;
  return new Intl.DateTimeFormat(uiLocale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
}

function readingUnitDisplay(): 'short' | 'long' {
  return t('readingTimeUnitDisplay') === 'long' ? 'long' : 'short';
}
