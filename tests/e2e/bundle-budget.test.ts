import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD } from './support/paths';

/**
 * The popup opens on every click, so what it loads first stays small. The 35 KB budget itself is
 * checked by `npm run bench:speed -- --check` (budgets stay out of `npm test`); this test guards
 * the structure that keeps it: the large, rarely used parts load on first use.
 */

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

  test('leaves Turndown, the speech code, the page reader and the list of keys to chunks loaded on first use', () => {
    expect(files.length).toBeGreaterThan(0);
    const initial = files.map(read).join('\n');
    expect(initial).not.toMatch(/turndown/i);
    expect(initial).not.toContain('voiceschanged');
    expect(initial).toMatch(lazyImportOf('export-article'));
    expect(initial).toMatch(lazyImportOf('read-aloud-player'));
    expect(initial).not.toContain('data-page-break');
    expect(initial).toMatch(lazyImportOf('read-all-pages'));
    expect(initial).not.toContain('key-help__group');
    expect(initial).toMatch(lazyImportOf('key-help-dialog'));
  });
});

/** `import("./name-<hash>.js")`, in whichever quotes the minifier writes. */
function lazyImportOf(chunk: string): RegExp {
  return new RegExp(String.raw`import\((["'\x60])\./${chunk}-[^"'\x60]+\.js\1\)`);
}
