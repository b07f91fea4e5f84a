/**
 * Speed and size, side by side in one run. Prints two tables and asserts nothing.
 *
 *   npm run bench:speed [-- --reps 2] [--corpus DIR] [--no-build] [--json FILE]
 *
 * 1. Extraction time on SPEED_PAGES (41 fixed pages of the shared corpus, listed below): for each
 *    page, happy-dom parse, ours (`extractArticle`, lib/extract/extract-article.ts) and bare
 *    Readability (`new Readability(doc.cloneNode(true)).parse()`, its documented usage). Both
 *    extractors clone the document they are given, so both timings include one `cloneNode(true)`.
 *    - One untimed warm-up pass over every page first (JIT, happy-dom's lazy module loading).
 *    - Then per page, `--reps` rounds (default 2), interleaved and order-alternating (ours, bare,
 *      bare, ours, …) so that drift in machine speed hits both alike.
 *    - Every run gets its own fresh parse, so neither side sees caches the other side (or its own
 *      earlier run) left on the document; each of those parses is a parse sample.
 *    - Per page: the median of its samples. Totals are sums of the per-page medians; "median" is
 *      the median over pages. The ratio ours / bare is total over total, and also the median of
 *      the per-page ratios.
 *    - File reading and gunzip are not timed. Parse time includes window creation and the
 *      parser workarounds of scripts/support/happy-dom-workarounds.ts (as in the CLI and
 *      bench:quality). A garbage collection runs before each page when it can be forced.
 * 2. Bundle sizes: `npx wxt build` into the default .output (skip with --no-build), then raw and
 *    gzip -9 sizes of .output/chrome-mv3/extract.js, the popup chunk(s) and CSS, and of every
 *    .output/*.zip that a previous `npx wxt zip` left (not rebuilt here: their age is shown).
 *
 * Runtime: about 2 minutes with the defaults on an idle 2-core machine (build included); ours
 * dominates it. `--reps 1` halves the timed pass.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract-article';
import { listBenchPages } from './bench/gold-sets';
import { HAPPY_DOM_VERSION, fileUrl, installedVersion, parsePage } from './support/make-dom';
import { readPageFile } from './support/read-page';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** CI puts shared/ beside the clone; developers have it at /work/shared. */
const CORPUS_CANDIDATES = [join(REPO_ROOT, '../shared/corpus'), '/work/shared/corpus'];
/** The address Readability's own test suite gives its test pages. */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/**
 * The fixed page list, corpus-relative. Chosen to cover what the reader is for (Indonesian news),
 * Readability's own test pages, recent clutter-heavy news (fundus, several languages and scripts)
 * and the largest pages (marked with their size, parsed).
 */
export const SPEED_PAGES: readonly string[] = [
  // Indonesian: every full page in the corpus (16).
  'indonesian/slasherrb-2015/detik.html',
  'indonesian/slasherrb-2015/kompas.html',
  'indonesian/slasherrb-2015/liputan6.html',
  'indonesian/slasherrb-2015/merdeka.html',
  'indonesian/slasherrb-2015/okezone.html',
  'indonesian/slasherrb-2015/suara.html',
  'indonesian/slasherrb-2015/thejakartaglobe.html',
  'indonesian/slasherrb-2015/thejakartapost.html',
  'indonesian/slasherrb-2015/tribunnews.html',
  'indonesian/slasherrb-2015/viva.html',
  'indonesian/detik/detik-1.html',
  'indonesian/detik/detik-2.html',
  'indonesian/detik/detik-4.html',
  'indonesian/detik/detik-inet.html',
  'indonesian/detik/detik-travel.html',
  'indonesian/idntimes/idntimes-kisah-inspiratif-2021-08.excerpt.html',
  // Readability test pages (12).
  'readability/ars-1/source.html',
  'readability/bbc-1/source.html',
  'readability/cnn/source.html',
  'readability/guardian-1/source.html', // 1.2 MB
  'readability/heise/source.html',
  'readability/lemonde-1/source.html',
  'readability/medium-1/source.html',
  'readability/nytimes-1/source.html',
  'readability/qq/source.html',
  'readability/wapo-1/source.html',
  'readability/wikipedia/source.html',
  'readability/yahoo-2/source.html', // 1.6 MB
  // fundus (.html.gz, 13).
  'fundus/test_data/id/MediaIndonesia_2026_01_20.html.gz',
  'fundus/test_data/my/MalayMail_2024_11_22.html.gz',
  'fundus/test_data/uk/BBC_2024_08_01.html.gz',
  'fundus/test_data/uk/iNews_2025_01_28.html.gz',
  'fundus/test_data/uk/EuronewsEN_2026_01_06.html.gz',
  'fundus/test_data/uk/TheGuardian_2024_02_24.html.gz',
  'fundus/test_data/us/APNews_2024_09_03.html.gz',
  'fundus/test_data/us/Wired_2024_04_28.html.gz', // 1.6 MB unpacked
  'fundus/test_data/de/Taz_2023_04_28.html.gz',
  'fundus/test_data/de/BoersenZeitung_2025_11_06.html.gz', // 2.2 MB unpacked, the largest fundus page
  'fundus/test_data/fr/LeMonde_2023_09_01.html.gz',
  'fundus/test_data/jp/AsahiShimbun_2025_01_13.html.gz',
  'fundus/test_data/lb/LBCGroup_2026_01_08.html.gz', // Arabic, RTL
];

interface PageTimes {
  page: string;
  kb: number;
  parse: number[];
  ours: number[];
  bare: number[];
  errors: string[];
}

interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
  note?: string;
}

function findCorpus(explicit: string | undefined): string {
  const dir = explicit ?? CORPUS_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!dir || !existsSync(dir)) throw new Error(`corpus not found (tried ${CORPUS_CANDIDATES.join(', ')}); pass --corpus DIR`);
  return dir;
}

/** Page addresses as bench:quality gives them (site packs key on the hostname). */
function pageUrls(corpus: string): Map<string, string> {
  const urls = new Map<string, string>();
  for (const page of listBenchPages(corpus)) if (page.url) urls.set(relative(corpus, page.path), page.url);
  return urls;
}

/** A forced collection between pages, so one page's garbage is not collected on another's clock. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => {};
}

type System = 'ours' | 'bare';

/** One fresh parse, one extractor run on it; returns [parse ms, extractor ms]. */
async function measure(system: System, html: string, url: string): Promise<[number, number]> {
  const start = performance.now();
  const page = parsePage(html, url);
  const parsed = performance.now();
  try {
    if (system === 'ours') {
      extractArticle(page.document, { url });
    } else {
      new Readability(page.document.cloneNode(true) as Document).parse();
    }
    return [parsed - start, performance.now() - parsed];
  } finally {
    await page.close();
  }
}

/** Untimed: both extractors once on one parse. Returns what failed, for the report. */
async function warmUp(html: string, url: string): Promise<string[]> {
  const errors: string[] = [];
  const page = parsePage(html, url);
  try {
    const bareDoc = page.document.cloneNode(true) as Document;
    try {
      extractArticle(page.document, { url });
    } catch (error) {
      errors.push(`ours: ${String(error)}`);
    }
    try {
      new Readability(bareDoc).parse();
    } catch (error) {
      errors.push(`bare: ${String(error)}`);
    }
  } finally {
    await page.close();
  }
  return errors;
}

async function timePages(corpus: string, reps: number): Promise<PageTimes[]> {
  const urls = pageUrls(corpus);
  const sources = await Promise.all(
    SPEED_PAGES.map(async (page) => {
      const path = join(corpus, page);
      const html = await readPageFile(path);
      return { page, html, url: urls.get(page) ?? (page.startsWith('readability/') ? READABILITY_TEST_URL : fileUrl(path)) };
    }),
  );
  const gc = collector();
  const results: PageTimes[] = sources.map(({ page, html }) => ({
    page,
    kb: Buffer.byteLength(html) / 1024,
    parse: [],
    ours: [],
    bare: [],
    errors: [],
  }));

  const quietConsole = silenceConsole();
  try {
    process.stderr.write('warm-up pass');
    for (const [index, { html, url }] of sources.entries()) {
      results[index]!.errors.push(...(await warmUp(html, url)));
      process.stderr.write('.');
    }
    process.stderr.write(`\ntimed pass (${reps} rounds per page)`);
    for (const [index, { html, url }] of sources.entries()) {
      const result = results[index]!;
      gc();
      for (let round = 0; round < reps; round += 1) {
        const order: System[] = round % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
        for (const system of order) {
          try {
            const [parseMs, ms] = await measure(system, html, url);
            result.parse.push(parseMs);
            result[system].push(ms);
          } catch {
            // Already recorded in the warm-up pass; the page is reported, not fatal.
          }
        }
      }
      process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    quietConsole();
  }
  return results;
}

/** happy-dom and the extractors may log about odd markup; keep the tables readable. */
function silenceConsole(): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  console.log = console.info = console.warn = console.error = console.debug = () => {};
  return () => Object.assign(console, saved);
}

function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function table(header: string[], rows: string[][], alignLeft = 1): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < alignLeft ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function speedReport(results: PageTimes[], reps: number): string {
  const perPage = results.map((result) => ({
    ...result,
    parseMedian: median(result.parse),
    oursMedian: median(result.ours),
    bareMedian: median(result.bare),
  }));
  const rows = perPage.map((page) => [
    page.page.replace(/^fundus\/test_data\//, 'fundus/').replace(/\/source\.html$/, '').replace(/\.html(\.gz)?$/, ''),
    page.kb.toFixed(0),
    ms(page.parseMedian),
    ms(page.oursMedian),
    ms(page.bareMedian),
    ratio(page.oursMedian / page.bareMedian),
    page.errors.length ? `ERROR ${page.errors.join('; ')}` : '',
  ]);
  const timed = perPage.filter((page) => Number.isFinite(page.oursMedian) && Number.isFinite(page.bareMedian));
  const totals = {
    parse: sum(timed.map((page) => page.parseMedian)),
    ours: sum(timed.map((page) => page.oursMedian)),
    bare: sum(timed.map((page) => page.bareMedian)),
  };
  const summary = [
    ['median of pages', '', ms(median(timed.map((p) => p.parseMedian))), ms(median(timed.map((p) => p.oursMedian))), ms(median(timed.map((p) => p.bareMedian))), ratio(median(timed.map((p) => p.oursMedian / p.bareMedian))), 'ratio: median of per-page ratios'],
    [`total (${timed.length} pages)`, sum(timed.map((p) => p.kb)).toFixed(0), ms(totals.parse), ms(totals.ours), ms(totals.bare), ratio(totals.ours / totals.bare), 'ratio: total ours / total bare'],
  ];
  return [
    `Extraction time, ms (median of ${reps} interleaved runs per page, each on a fresh parse; one warm-up pass before)`,
    table(['page', 'KiB', 'parse', 'ours', 'bare', 'ours/bare', ''], [...rows, summary[0]!.map(() => ''), ...summary]),
    '',
    `RATIO ours / bare Readability: ${ratio(totals.ours / totals.bare)} on total time, ${ratio(median(timed.map((p) => p.oursMedian / p.bareMedian)))} median per page` +
      ` (ours ${ms(totals.ours)} ms, bare ${ms(totals.bare)} ms, happy-dom parse ${ms(totals.parse)} ms)`,
  ].join('\n');
}

function build(): void {
  process.stderr.write('npx wxt build …\n');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    throw new Error('npx wxt build failed');
  }
}

function sizeOf(path: string, note?: string): SizeRow {
  const bytes = readFileSync(path);
  return { file: relative(REPO_ROOT, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, note };
}

function bundleSizes(): SizeRow[] {
  const out = join(REPO_ROOT, '.output');
  const chrome = join(out, 'chrome-mv3');
  const filesIn = (dir: string, pattern: RegExp) =>
    existsSync(dir) ? readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => join(dir, name)) : [];
  const rows = [
    sizeOf(join(chrome, 'extract.js'), 'injected into the tab on click'),
    ...filesIn(join(chrome, 'chunks'), /\.js$/).map((path) => sizeOf(path, /popup/.test(path) ? 'popup JS' : 'shared chunk')),
    ...filesIn(join(chrome, 'assets'), /\.css$/).map((path) => sizeOf(path, 'popup CSS')),
  ];
  const popup = rows.filter((row) => row.note === 'popup JS' || row.note === 'popup CSS' || row.note === 'shared chunk');
  rows.push({ file: 'popup total (JS + CSS)', raw: sum(popup.map((r) => r.raw)), gzip: sum(popup.map((r) => r.gzip)) });
  for (const zip of filesIn(out, /\.zip$/)) {
    const age = new Date(statSync(zip).mtimeMs).toISOString().slice(0, 16).replace('T', ' ');
    rows.push({ ...sizeOf(zip, `from npx wxt zip, ${age} UTC`), gzip: Number.NaN });
  }
  if (!rows.some((row) => row.file.endsWith('.zip'))) rows.push({ file: '(no .output/*.zip: run `npx wxt zip`)', raw: Number.NaN, gzip: Number.NaN });
  return rows;
}

function sizeReport(rows: SizeRow[]): string {
  const size = (bytes: number) => (Number.isFinite(bytes) ? kb(bytes) : '–');
  return [
    'Bundle sizes (.output/chrome-mv3; gzip -9; a zip is already compressed)',
    table(['file', 'raw', 'gzip', ''], rows.map((row) => [row.file, size(row.raw), size(row.gzip), row.note ?? ''])),
  ].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string', default: '2' },
      corpus: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const reps = Number(values.reps);
  if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be a positive integer');
  const corpus = findCorpus(values.corpus);
  const started = performance.now();

  const results = await timePages(corpus, reps);
  const speed = speedReport(results, reps);
  if (!values['no-build']) build();
  const sizes = bundleSizes();

  console.log(
    `bench:speed — node ${process.version}, happy-dom ${HAPPY_DOM_VERSION}, @mozilla/readability ${installedVersion('@mozilla/readability')}, corpus ${corpus}\n`,
  );
  console.log(speed);
  console.log('');
  console.log(sizeReport(sizes));
  console.log(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ reps, pages: results, sizes }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
