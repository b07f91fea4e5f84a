import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePage } from '../../../scripts/support/make-dom';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');
/** Saved pages copied from the shared corpus, so the unit tests need nothing outside the clone. */
export const CORPUS_DIR = resolve(FIXTURES_DIR, 'corpus');

export function readPage(path: string): string {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
}

/**
 * A document for a saved page, at its real address, with no scripts, styles or network: parsed
 * exactly as the command line and the benchmarks parse it.
 */
export function pageDocument(html: string, url = 'https://example.org/article'): Document {
  return parsePage(html, url).document;
}

/** Article HTML as the text a reader sees, whitespace folded. */
export function visibleText(html: string, url = 'https://example.org/'): string {
  const doc = pageDocument(`<body>${html}</body>`, url);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The fixture's address from its first-line comment (`<!-- {"url":"…"} -->`), as defuddle's fixtures do. */
export function fixtureUrl(html: string, fallback = 'https://example.org/article'): string {
  const match = /<!--\s*(\{.*?\})\s*-->/.exec(html.slice(0, 500));
  if (!match?.[1]) return fallback;
  return (JSON.parse(match[1]) as { url?: string }).url ?? fallback;
}
