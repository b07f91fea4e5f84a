import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// Meta-test: page HTML reaches the popup DOM in one place only, components/article-body.tsx,
// and only through lib/sanitize/sanitize-article.ts (security.md, section 3). The source is
// scanned as text, comments included, so a sink cannot hide behind a bracket access, and a
// comment that names one needs rewording.

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** lib/ plus every folder whose code runs in extension pages (WXT auto-imports the last four). */
const SOURCE_DIRS = ['lib', 'entrypoints', 'components', 'hooks', 'utils', 'composables'];
const UI_DIRS = SOURCE_DIRS.filter((dir) => dir !== 'lib');
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|html)$/;

/** APIs that parse a string as HTML into a live document, or write markup into one. */
const SINKS: Record<string, RegExp> = {
  innerHTML: /\binnerHTML\b/,
  'outerHTML =': /\bouterHTML\s*\+?=(?!=)/,
  dangerouslySetInnerHTML: /\bdangerouslySetInnerHTML\b/,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/,
  'document.write': /\bdocument\s*\.\s*write(?:ln)?\b/,
  setHTMLUnsafe: /\bsetHTMLUnsafe\b/,
  // Same class, not in the original list: both parse HTML with scripts/handlers live.
  parseHTMLUnsafe: /\bparseHTMLUnsafe\b/,
  createContextualFragment: /\bcreateContextualFragment\b/,
  // <iframe srcdoc> renders a string as a document.
  srcdoc: /\bsrcdoc\b/i,
};

/**
 * The only files under lib/ that may name a sink, each for the sinks listed and with the reason.
 * Only reads are allowed there (checked below); UI folders get no exceptions.
 */
const ALLOWED_SINK_USES: { path: string; sinks: string[]; reason: string }[] = [
  {
    path: 'lib/extract/extract-article.ts',
    sinks: ['innerHTML'],
    reason:
      'Reads (never assigns) innerHTML of the cleaned clone in the content script to fill ' +
      'ArticleView.html; nothing is parsed, and the popup sanitises that string again.',
  },
  {
    path: 'lib/pagination/stitch-pages.ts',
    sinks: ['innerHTML'],
    reason:
      'Reads (never assigns) innerHTML of a later page parsed into an inert DOMParser document, ' +
      'after taking out what earlier pages showed; the popup sanitises the stitched string.',
  },
];

/** A module specifier that points at the sanitiser, however it is spelled. */
const SANITIZER_SPECIFIER = /(?:^|\/)sanitize-article(?:\.[cm]?[jt]sx?)?$|(?:^|\/)lib\/sanitize(?:\/(?:index(?:\.[jt]s)?)?)?$/;
const MODULE_SPECIFIERS = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"`])([^'"`\n]+)\1/g;
const SANITIZER_ENTRY = /\bsanitizeArticleHtml\b/;

function sourceFiles(dir: string): string[] {
  const root = join(REPO_ROOT, dir);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)))
    .sort();
}

function read(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

function sinksIn(text: string): string[] {
  return Object.entries(SINKS)
    .filter(([, pattern]) => pattern.test(text))
    .map(([name]) => name);
}

function importsSanitizer(text: string): boolean {
  const specifiers = Array.from(text.matchAll(MODULE_SPECIFIERS), (match) => match[2] ?? '');
  return specifiers.some((specifier) => SANITIZER_SPECIFIER.test(specifier)) || SANITIZER_ENTRY.test(text);
}

describe('HTML sinks', () => {
  const files = SOURCE_DIRS.flatMap(sourceFiles);

  test('finds the source to scan', () => {
    expect(files).toContain('components/article-body.tsx');
    expect(files).toContain('lib/sanitize/sanitize-article.ts');
  });

  test('no source file uses an HTML sink outside the allow-list', () => {
    const allowed = new Map(ALLOWED_SINK_USES.map(({ path, sinks }) => [path, sinks]));
    const offending = files.flatMap((path) => {
      const permitted = allowed.get(path) ?? [];
      return sinksIn(read(path))
        .filter((sink) => !permitted.includes(sink))
        .map((sink) => `${path}: ${sink}`);
    });
    expect(
      offending,
      'Render article HTML only through <ArticleBody>; if this is lib/ code that parses into an ' +
        'inert document, add it to ALLOWED_SINK_USES with the reason (reword comments that name a sink)',
    ).toEqual([]);
  });

  test.each(ALLOWED_SINK_USES)('allow-listed $path is in lib/, still needs it, and only reads', ({ path, sinks }) => {
    expect(path.startsWith('lib/')).toBe(true);
    const text = read(path);
    expect(sinksIn(text), 'drop the allow-list entry once the sink is gone').toEqual(sinks);
    expect(text).not.toMatch(/\b(?:inner|outer)HTML\s*\+?=(?!=)|\[\s*['"`](?:inner|outer)HTML['"`]\s*\]\s*=/);
  });
});

describe('sanitiser entry point', () => {
  test('components/article-body.tsx is the only UI file that imports sanitize-article', () => {
    const importers = UI_DIRS.flatMap(sourceFiles).filter((path) => importsSanitizer(read(path)));
    expect(importers).toEqual(['components/article-body.tsx']);
  });

  test.each([
    "import { sanitizeArticleHtml } from '@/lib/sanitize/sanitize-article';",
    "import { sanitizeLang } from '../lib/sanitize/sanitize-article.ts';",
    "export * from '~/lib/sanitize';",
    "const m = await import('@/lib/sanitize/sanitize-article');",
    'const fragment = sanitizeArticleHtml(html, window);',
  ])('recognises %s', (line) => {
    expect(importsSanitizer(line)).toBe(true);
  });

  test('ignores unrelated modules', () => {
    expect(importsSanitizer("import { sanitizeUrl } from '@/lib/reader/sanitize-url';")).toBe(false);
  });
});
