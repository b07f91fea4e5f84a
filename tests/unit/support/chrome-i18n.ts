import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

export const LOCALES_DIR = join(__dirname, '../../../public/_locales');

export function readLocale(locale: string): LocaleMessages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as LocaleMessages;
}

/**
 * chrome.i18n.getMessage as the browser does it: named $PLACEHOLDERS$ (any case) take their content,
 * in which $1…$9 are the substitutions; $$ is a dollar sign; an unknown key gives ''.
 */
export function formatChromeMessage(messages: LocaleMessages, key: string, substitutions: string | string[] = []): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = placeholders[name.toLowerCase()];
      return content === undefined ? whole : fill(content);
    })
    .replace(/\$\$/g, '$');
}

/** Makes the fake browser speak one of the extension's locales, as the real one does with --lang. */
export function useLocale(locale: string): void {
  const messages = readLocale(locale);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    formatChromeMessage(messages, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
}
