import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD } from './support/paths';

/**
 * The popup opens on every click: its first load stays small (gzip -9, as the bench measures). The
 * aim is 35 KB; main already passed it with split stories and removed blocks (36,671 bytes at
 * c479de9, before read aloud and export, which add about 2 KB here and load the rest on first use).
 * Until the popup is trimmed, this ceiling still catches a large regression such as Turndown (about
 * 7 KB) landing in the first load.
 */
const POPUP_INITIAL_JS_BUDGET = 40 * 1024;

/** The scripts popup.html loads before the reader can show anything: its module and its preloads. */
function initialScripts(): string[] {
  const html = readFileSync(join(CHROME_BUILD, 'popup.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  return scripts.map((match) => match[1]!);
}

function read(path: string): string {
  return readFileSync(join(CHROME_BUILD, path), 'utf8');
}

describe('the production popup bundle', () => {
  const files = initialScripts();

  test(`loads at most ${POPUP_INITIAL_JS_BUDGET} bytes of gzipped script before the reader shows`, () => {
    expect(files.length).toBeGreaterThan(0);
    const sizes = Object.fromEntries(files.map((file) => [file, gzipSync(read(file), { level: 9 }).length]));
    const total = Object.values(sizes).reduce((sum, size) => sum + size, 0);
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(POPUP_INITIAL_JS_BUDGET);
  });

  test('leaves Turndown and the speech code to chunks loaded on first use', () => {
    const initial = files.map(read).join('\n');
    expect(initial).not.toMatch(/turndown/i);
    expect(initial).not.toContain('voiceschanged');
    expect(initial).toMatch(/import\(`\.\/export-article-[^`]+\.js`\)/);
    expect(initial).toMatch(/import\(`\.\/read-aloud-player-[^`]+\.js`\)/);
  });
});
