import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `URL` is happy-dom's in this environment, so resolve with node:path only.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PARAGRAPH = 'Daniel Morris Manurung prints vaccination cards in Medan and ships them to customers across the country. ';

const ARTICLE = `<!doctype html>
<html lang="en"><head><title>Printing vaccination cards</title></head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a></nav>
  <article>
    <h1>Printing vaccination cards</h1>
    <p class="byline">By Rehia Sebayang</p>
    <p>${PARAGRAPH.repeat(4)}</p>
    <h2>1. How it started</h2>
    <p>${PARAGRAPH.repeat(3)}</p>
    <figure><img src="card.jpg" alt="A card"><figcaption>A printed card.</figcaption></figure>
    <h2>2. Working with printers</h2>
    <p>${PARAGRAPH.repeat(3)}</p>
  </article>
</body></html>`;

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runBatch(entries: unknown) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract-cli.ts', '--batch'], {
    cwd: ROOT,
    input: JSON.stringify(entries),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('extract --batch', () => {
  it('prints one JSON object with an entry per page, and an error entry for a missing file', () => {
    const page = join(dir, 'article.html');
    writeFileSync(page, ARTICLE);
    const run = runBatch([
      { id: 'ok', path: page, url: 'https://example.com/news/cards' },
      { id: 'missing', path: join(dir, 'does-not-exist.html'), url: 'https://example.com/x' },
    ]);

    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { version: string; output: Record<string, Record<string, unknown>> };
    expect(result.version).toMatch(/^\d+\.\d+\.\d+ \(happy-dom@\d+\.\d+\.\d+\)$/);
    expect(Object.keys(result.output).sort()).toEqual(['missing', 'ok']);

    const ok = result.output.ok!;
    expect(Object.keys(ok).sort()).toEqual(['articleBody', 'byline', 'captions', 'ms', 'outline', 'parse_ms', 'title'].sort());
    expect(ok.title).toBe('Printing vaccination cards');
    expect(ok.articleBody).toEqual(expect.stringContaining('Daniel Morris Manurung prints vaccination cards'));
    expect(ok.articleBody).not.toContain('A printed card.');
    expect(ok.captions).toEqual(['A printed card.']);
    expect(ok.outline).toEqual([
      { level: 2, text: '1. How it started' },
      { level: 2, text: '2. Working with printers' },
    ]);
    expect(typeof ok.ms).toBe('number');
    expect(typeof ok.parse_ms).toBe('number');
    expect(ok.parse_ms as number).toBeLessThanOrEqual(ok.ms as number);

    expect(result.output.missing).toEqual({ error: expect.stringContaining('ENOENT') });
    expect(run.stderr).toContain('missing');
  });

  it('reports malformed input on stderr with a failing status', () => {
    const run = runBatch({ not: 'an array' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('JSON array');
  });
});

describe('extract --format md', () => {
  it('gives the byline as the reader shows it: the writer alone when the page gives its date', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract-cli.ts', 'tests/fixtures/byline-with-date.html', '--format', 'md'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual(['# Pasar apung kembali ramai setelah sungai dikeruk', '', 'Rina Kusuma · Kabar Sungai · 2022-12-10']);
  });
});
