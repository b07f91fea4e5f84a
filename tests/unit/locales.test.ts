import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_GROUPS, COMMANDS } from '@/lib/keys/commands';
import type { ClutterKind } from '@/lib/extract/article-types';
import { formatChromeMessage, readLocale, type LocaleMessage } from './support/chrome-i18n';

const en = readLocale('en');
const id = readLocale('id');
const LOCALES = { en, id };

/** Every ClutterKind; the type below fails to compile if one is added to the union and missing here. */
const CLUTTER_KINDS = [
  'read-also', 'app-promo', 'share', 'follow', 'newsletter', 'related', 'ad',
  'continue-reading', 'comments', 'tags', 'author-box', 'navigation', 'modal', 'hidden',
] as const satisfies readonly ClutterKind[];
type MissingKind = Exclude<ClutterKind, (typeof CLUTTER_KINDS)[number]>;
const allKindsListed: [MissingKind] extends [never] ? true : MissingKind = true;

function usedPlaceholders(entry: LocaleMessage): string[] {
  return [...new Set([...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();
}

function declaredPlaceholders(entry: LocaleMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
}

describe('locale files', () => {
  it('have exactly the same keys in en and id', () => {
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
  });

  it('declare the same placeholders with the same content in both languages', () => {
    for (const key of Object.keys(en)) {
      if (!id[key]) continue; // reported by the key test
      expect({ key, used: usedPlaceholders(id[key]) }).toEqual({ key, used: usedPlaceholders(en[key]!) });
      expect({ key, declared: declaredPlaceholders(id[key]) }).toEqual({ key, declared: declaredPlaceholders(en[key]!) });
    }
  });

  it.each(Object.entries(LOCALES))('%s: every placeholder used is declared and every declared one is used', (_, messages) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect({ key, placeholders: usedPlaceholders(entry) }).toEqual({
        key,
        placeholders: Object.keys(declaredPlaceholders(entry)).sort(),
      });
    }
  });

  it.each(Object.entries(LOCALES))('%s: no message is empty and every key is a valid Chrome message name', (_, messages) => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect({ key, message: entry.message.trim() }).not.toEqual({ key, message: '' });
    }
  });

  it('name their own locale', () => {
    expect(en.locale?.message).toBe('en');
    expect(id.locale?.message).toBe('id');
  });
});

describe('messages the code needs', () => {
  it('describe every command and every command group', () => {
    const needed = [...COMMANDS.map((c) => `command_${c.id}`), ...COMMAND_GROUPS.map((g) => `group_${g}`)];
    for (const messages of [en, id]) {
      expect(needed.filter((key) => !messages[key])).toEqual([]);
    }
  });

  it('name every kind of clutter', () => {
    expect(allKindsListed).toBe(true);
    const needed = CLUTTER_KINDS.map((kind) => `kind_${kind.replace(/-/g, '_')}`);
    for (const messages of [en, id]) {
      expect(needed.filter((key) => !messages[key])).toEqual([]);
    }
  });

  it('exist for every __MSG_x__ in the manifest', () => {
    const config = readFileSync(join(__dirname, '../../wxt.config.ts'), 'utf8');
    const names = [...config.matchAll(/__MSG_([A-Za-z0-9_@]+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const messages of [en, id]) {
      expect(names.filter((name) => !messages[name])).toEqual([]);
    }
  });
});

describe('formatChromeMessage', () => {
  it('fills named placeholders from the substitutions as Chrome does', () => {
    const messages = {
      sample: {
        message: 'Section $CURRENT$ of $TOTAL$',
        placeholders: { current: { content: '$1' }, total: { content: '$2' } },
      },
    };
    expect(formatChromeMessage(messages, 'sample', ['2', '4'])).toBe('Section 2 of 4');
  });
});
