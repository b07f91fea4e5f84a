/**
 * Speed and size, side by side in one run (issue 8). Prints every figure; with `--check` it also
 * exits non-zero when a budget is missed (never part of `npm test`).
 *
 *   npm run bench:speed [-- --check] [--pages 320] [--chromium-reps 2] [--no-chromium] [--no-build]
 *                       [--corpus DIR] [--json FILE]
 *
 * (a) Node: ours (`extractArticle`) vs bare Readability (`new Readability(doc.cloneNode(true)).parse()`,
 *     its documented usage) on the same DOM library (happy-dom), over `--pages` corpus pages spread
 *     evenly over every bench:quality set. Each run gets its own fresh parse (not timed), the order
 *     alternates page by page, and one untimed warm-up pass over a few pages comes first. Also how
 *     often the plain Readability run (the fallback, a second clone) fired.
 * (b) Chromium: the injected script's own time vs Readability alone injected into the same pages
 *     (scripts/bench/speed-chromium.ts), on SPEED_PAGES and on a generated size ladder, 4k to 500k
 *     elements (scripts/bench/size-ladder-page.ts); interleaved, each run on a fresh page load. The
 *     SPEED_PAGES are run twice: in one reused tab, and cold, each run in a renderer of its own; and
 *     cold once more, injected as the popup injects (scripts/bench/speed-injected.ts).
 * (c) Click to article shown in the real toolbar popup, from our performance marks, on a typical
 *     page and along the ladder.
 * (d) gzip -9 size of every built file (.output/chrome-mv3, after `npx wxt build`).
 * (e) The popup's JS heap after it renders the largest article of SPEED_PAGES.
 * Ratios are ours / bare: of the medians, of the 95th percentiles, and the median of per-page ratios.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../lib/extract/extract-article';
import { MAX_PAGE_ELEMENTS, measurePageSize } from '../lib/extract/page-size';
import { listBenchPages, type BenchPage } from './bench/gold-sets';
import { jsHeapUsed, startChromiumBench, type ChromiumBench, type InjectedRun } from './bench/speed-chromium';
import { injectedColdRuns, type InjectedColdRun } from './bench/speed-injected';
import { ladderPage, SIZE_LADDER } from './bench/size-ladder-page';
import { HAPPY_DOM_VERSION, fileUrl, installedVersion, parsePage } from './support/make-dom';
import { readPageFile } from './support/read-page';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
/** CI puts shared/ beside the clone; developers have it at /work/shared. */
const CORPUS_CANDIDATES = [join(REPO_ROOT, '../shared/corpus'), '/work/shared/corpus'];
/** The address Readability's own test suite gives its test pages. */
const READABILITY_TEST_URL = 'http://fakehost/test/page.html';

/** Budgets of issue 8. */
const BUDGET = {
  ratio: 1.25,
  shownAt160kMs: 1500,
  /** Between two rungs of the ladder, time may grow by at most this much more than the size. */
  linearSlack: 1.25,
  injectedGzipKiB: 40,
  popupJsGzipKiB: 35,
};

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

interface Sample {
  page: string;
  ours: number;
  bare: number;
}

interface Budget {
  name: string;
  value: string;
  limit: string;
  pass: boolean;
}

function findCorpus(explicit: string | undefined): string {
  const dir = explicit ?? CORPUS_CANDIDATES.find((candidate) => existsSync(candidate));
  if (!dir || !existsSync(dir)) throw new Error(`corpus not found (tried ${CORPUS_CANDIDATES.join(', ')}); pass --corpus DIR`);
  return dir;
}

/** `count` pages spread evenly over the bench:quality list (every set, in its order). */
function spreadPages(corpus: string, count: number): BenchPage[] {
  const all = listBenchPages(corpus);
  if (count >= all.length) return all;
  return Array.from({ length: count }, (_, index) => all[Math.floor((index * all.length) / count)]!);
}

/** A forced collection between pages, so one page's garbage is not collected on another's clock. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => {};
}

/** happy-dom and the extractors may log about odd markup; keep the tables readable. */
function silenceConsole(): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  console.log = console.info = console.warn = console.error = console.debug = () => {};
  return () => Object.assign(console, saved);
}

type System = 'ours' | 'bare';

/** One fresh parse (not timed), one extractor run on it. */
async function timeInNode(system: System, html: string, url: string, onPlainRun: () => void): Promise<number> {
  const page = parsePage(html, url);
  try {
    const started = performance.now();
    if (system === 'ours') {
      // The injected script's whole work: the size check, then the pipeline.
      const size = measurePageSize(page.document);
      if (!size.tooLarge) extractArticle(page.document, { url, onPlainRun, elementCount: size.elements });
    }
    else new Readability(page.document.cloneNode(true) as Document).parse();
    return performance.now() - started;
  } finally {
    await page.close();
  }
}

async function nodeBench(pages: BenchPage[]): Promise<{ samples: Sample[]; plainRuns: number; failed: string[] }> {
  const gc = collector();
  const samples: Sample[] = [];
  const failed: string[] = [];
  let plainRuns = 0;
  const restore = silenceConsole();
  try {
    process.stderr.write(`(a) node: ${pages.length} pages`);
    for (const page of pages.slice(0, 5)) {
      const html = await readPageFile(page.path);
      const url = page.url || fileUrl(page.path);
      await timeInNode('ours', html, url, () => {}).catch(() => 0);
      await timeInNode('bare', html, url, () => {}).catch(() => 0);
    }
    for (const [index, page] of pages.entries()) {
      const html = await readPageFile(page.path);
      const url = page.url || fileUrl(page.path);
      gc();
      const order: System[] = index % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
      const times: Partial<Record<System, number>> = {};
      let plain = false;
      try {
        for (const system of order) times[system] = await timeInNode(system, html, url, () => (plain = true));
        samples.push({ page: page.id, ours: times.ours!, bare: times.bare! });
        if (plain) plainRuns += 1;
      } catch (error) {
        failed.push(`${page.id}: ${String(error)}`);
      }
      if (index % 20 === 0) process.stderr.write('.');
    }
    process.stderr.write('\n');
  } finally {
    restore();
  }
  return { samples, plainRuns, failed };
}

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

const median = (values: number[]) => quantile(values, 0.5);
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 1 : 0) : '–');
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const kib = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KiB` : '–');

function table(header: string[], rows: string[][], alignLeft = 1): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column < alignLeft ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

interface Summary {
  medianOurs: number;
  medianBare: number;
  p95Ours: number;
  p95Bare: number;
  medianRatio: number;
  p95Ratio: number;
  perPageMedianRatio: number;
}

function summarize(samples: Sample[]): Summary {
  const ours = samples.map((s) => s.ours);
  const bare = samples.map((s) => s.bare);
  return {
    medianOurs: median(ours),
    medianBare: median(bare),
    p95Ours: quantile(ours, 0.95),
    p95Bare: quantile(bare, 0.95),
    medianRatio: median(ours) / median(bare),
    p95Ratio: quantile(ours, 0.95) / quantile(bare, 0.95),
    perPageMedianRatio: median(samples.map((s) => s.ours / s.bare)),
  };
}

function summaryTable(rows: Array<[string, Summary, number]>): string {
  return table(
    ['pages', 'n', 'median ours', 'median bare', 'ratio', 'p95 ours', 'p95 bare', 'ratio', 'per-page ratio, median'],
    rows.map(([label, s, n]) => [label, String(n), ms(s.medianOurs), ms(s.medianBare), ratio(s.medianRatio), ms(s.p95Ours), ms(s.p95Bare), ratio(s.p95Ratio), ratio(s.perPageMedianRatio)]),
  );
}

/**
 * The ladder's growth is a ratio of two medians. Of two runs the median is their mean, and one slow
 * run of a freshly loaded large page (a collection, the machine's other work) decided the check.
 */
const MIN_LADDER_REPS = 3;

interface ChromiumResults {
  typical: Sample[];
  /** The same pages, each run in a renderer of its own (ChromiumBench.injectCold). */
  cold: Sample[];
  /**
   * The same again, injected as the popup injects (scripting.executeScript with the file), each run on
   * a site of its own: timed inside the page, and from the call to the answer (scripts/bench/speed-injected.ts).
   */
  coldInjected: { inPage: Sample[]; call: Sample[] };
  ladder: Array<{ elements: number; ours: number[]; bare: number[]; shown: number; shownState: string; answer: string }>;
  typicalShown: { page: string; ms: number; state: string };
  /** A page just above the element limit: click to the reader saying so. */
  overLimit: { elements: number; ms: number; state: string };
  heap: { page: string; words: number; bytes: number };
}

/**
 * `rounds` runs of each system on one page, alternating which goes first (by page and by round), so
 * neither always runs on a page the other has just warmed. `oursAnswer` is ours's last run.
 */
async function interleaved(
  index: number,
  rounds: number,
  run: (system: System) => Promise<InjectedRun>,
): Promise<{ ours: number[]; bare: number[]; oursAnswer: InjectedRun | undefined }> {
  const times: Record<System, number[]> = { ours: [], bare: [] };
  let oursAnswer: InjectedRun | undefined;
  for (let round = 0; round < rounds; round += 1) {
    const order: System[] = (index + round) % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
    for (const system of order) {
      const result = await run(system);
      times[system].push(result.ms);
      if (system === 'ours') oursAnswer = result;
    }
  }
  return { ...times, oursAnswer };
}

/** Runs through the extension's own injection: each on a new site, so each takes a second or so. */
const INJECTED_COLD_ROUNDS = 2;

function perPageMedians(runs: InjectedColdRun[], time: (run: InjectedColdRun) => number): Sample[] {
  const pages = [...new Set(runs.map((run) => run.page))];
  const of = (page: string, system: System) => median(runs.filter((run) => run.page === page && run.system === system).map(time));
  return pages.map((page) => ({ page, ours: of(page, 'ours'), bare: of(page, 'bare') }));
}

async function chromiumBench(corpus: string, reps: number): Promise<ChromiumResults> {
  const typicalPages = await Promise.all(SPEED_PAGES.map(async (id) => ({ id, html: await readPageFile(join(corpus, id)) })));
  const ladderPages = SIZE_LADDER.map((elements) => ({ id: `ladder-${elements}`, html: ladderPage({ elements }) }));
  const overLimitElements = MAX_PAGE_ELEMENTS + 20_000;
  const overLimitPage = { id: 'over-limit', html: ladderPage({ elements: overLimitElements }) };
  const bench: ChromiumBench = await startChromiumBench(REPO_ROOT, [...typicalPages, ...ladderPages, overLimitPage]);
  try {
    const inTab = (id: string) => (system: System) => (system === 'ours' ? bench.injectOurs(id) : bench.injectBare(id));
    process.stderr.write(`(b) chromium: ${typicalPages.length} corpus pages × ${reps}`);
    const typical: Sample[] = [];
    const words = new Map<string, number>();
    for (const [index, { id }] of typicalPages.entries()) {
      const { ours, bare, oursAnswer } = await interleaved(index, reps, inTab(id));
      if (oursAnswer?.answer === 'article') words.set(id, oursAnswer.words);
      typical.push({ page: id, ours: median(ours), bare: median(bare) });
      process.stderr.write('.');
    }
    process.stderr.write(`\n(b) chromium, cold: ${typicalPages.length} corpus pages × ${reps}`);
    const cold: Sample[] = [];
    for (const [index, { id }] of typicalPages.entries()) {
      const { ours, bare } = await interleaved(index, reps, (system) => bench.injectCold(id, system));
      cold.push({ page: id, ours: median(ours), bare: median(bare) });
      process.stderr.write('.');
    }
    process.stderr.write(`\n(b) chromium, cold, injected by the extension: ${typicalPages.length} corpus pages × ${INJECTED_COLD_ROUNDS}`);
    const injected = await injectedColdRuns(REPO_ROOT, typicalPages, INJECTED_COLD_ROUNDS, () => process.stderr.write('.'));
    const coldInjected = { inPage: perPageMedians(injected, (run) => run.inPageMs), call: perPageMedians(injected, (run) => run.callMs) };
    const ladderReps = Math.max(reps, MIN_LADDER_REPS);
    process.stderr.write(`\n(b, c) chromium ladder × ${ladderReps}`);
    const ladder: ChromiumResults['ladder'] = [];
    for (const [index, elements] of SIZE_LADDER.entries()) {
      const id = `ladder-${elements}`;
      const { ours, bare, oursAnswer } = await interleaved(index, ladderReps, inTab(id));
      const answer = oursAnswer?.answer ?? '';
      const shown = await bench.clickToShown(id);
      ladder.push({ elements, ours, bare, shown: shown.ms, shownState: shown.state, answer });
      process.stderr.write('.');
    }
    process.stderr.write('\n(c, e) chromium popup\n');
    const typicalId = 'indonesian/detik/detik-1.html';
    const typicalShown = await bench.clickToShown(typicalId);
    const overLimit = await bench.clickToShown(overLimitPage.id);
    const [largest] = [...words.entries()].sort((a, b) => b[1] - a[1]);
    const heapRun = await bench.clickToShown(largest![0], { keepPopup: true });
    const bytes = await jsHeapUsed(heapRun.popup!);
    await heapRun.close();
    return {
      typical,
      cold,
      coldInjected,
      ladder,
      typicalShown: { page: typicalId, ms: typicalShown.ms, state: typicalShown.state },
      overLimit: { elements: overLimitElements, ms: overLimit.ms, state: overLimit.state },
      heap: { page: largest![0], words: largest![1], bytes },
    };
  } finally {
    await bench.close();
  }
}

interface SizeRow {
  file: string;
  raw: number;
  gzip: number;
  note: string;
}

function build(): void {
  process.stderr.write('(d) npx wxt build …\n');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    throw new Error('npx wxt build failed');
  }
}

/**
 * Every file of the Chrome build, with what it is. "popup JS" is what popup.html loads before the
 * reader can show anything (its module and the chunks it preloads); the parts loaded on first use
 * (export, read aloud, the page reader, the list of keys), the settings page and the injected scripts are listed apart.
 */
function bundleSizes(): SizeRow[] {
  const root = join(REPO_ROOT, '.output/chrome-mv3');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  const popupHtml = readFileSync(join(root, 'popup.html'), 'utf8');
  const firstLoad = new Set(
    [...popupHtml.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g), ...popupHtml.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g)].map((match) => match[1]!),
  );
  const popupStyles = new Set([...popupHtml.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/?([^"]+\.css)"/g)].map((match) => match[1]!));
  const noteFor = (file: string): string => {
    if (file === 'extract.js' || file === 'read-page.js') return 'injected into the tab on click';
    if (firstLoad.has(file)) return 'popup JS';
    if (popupStyles.has(file)) return 'popup CSS';
    if (/^(chunks|assets)\/options-/.test(file)) return 'settings page';
    return /\.(js|css)$/.test(file) ? 'loaded on first use' : '';
  };
  return files(root)
    .sort()
    .map((path) => {
      const bytes = readFileSync(path);
      const file = relative(root, path);
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, note: noteFor(file) };
    });
}

/**
 * Nothing of ours runs in a page until the user asks: the manifest declares no content scripts and
 * no background, and the injected script is not listed in it (only the popup injects it).
 */
function nothingRunsUnasked(): { pass: boolean; detail: string } {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, '.output/chrome-mv3/manifest.json'), 'utf8')) as Record<string, unknown>;
  const problems = [
    manifest.content_scripts ? 'content_scripts declared' : '',
    manifest.background ? 'a background script is declared' : '',
    JSON.stringify(manifest).includes('extract.js') ? 'extract.js is listed in the manifest' : '',
  ].filter(Boolean);
  return { pass: problems.length === 0, detail: problems.join('; ') || 'no content scripts, no background; extract.js only injected by the popup' };
}

function budgets(node: Summary, chromium: ChromiumResults | null, sizes: SizeRow[]): Budget[] {
  const list: Budget[] = [
    { name: '(a) node: median ours / bare', value: ratio(node.medianRatio), limit: `≤ ${BUDGET.ratio}×`, pass: node.medianRatio <= BUDGET.ratio },
    { name: '(a) node: p95 ours / bare', value: ratio(node.p95Ratio), limit: `≤ ${BUDGET.ratio}×`, pass: node.p95Ratio <= BUDGET.ratio },
  ];
  if (chromium) {
    const typical = summarize(chromium.typical);
    const cold = summarize(chromium.cold);
    list.push(
      { name: '(b) chromium: median ours / bare', value: ratio(typical.medianRatio), limit: `≤ ${BUDGET.ratio}×`, pass: typical.medianRatio <= BUDGET.ratio },
      { name: '(b) chromium: p95 ours / bare', value: ratio(typical.p95Ratio), limit: `≤ ${BUDGET.ratio}×`, pass: typical.p95Ratio <= BUDGET.ratio },
      { name: '(b) chromium, cold: median ours / bare', value: ratio(cold.medianRatio), limit: `≤ ${BUDGET.ratio}×`, pass: cold.medianRatio <= BUDGET.ratio },
      { name: '(b) chromium, cold: p95 ours / bare', value: ratio(cold.p95Ratio), limit: `≤ ${BUDGET.ratio}×`, pass: cold.p95Ratio <= BUDGET.ratio },
    );
    const at160k = chromium.ladder.find((rung) => rung.elements === 160_000);
    list.push({
      name: '(c) 160k elements: click to article shown',
      value: at160k ? `${ms(at160k.shown)} ms (${at160k.shownState})` : '–',
      limit: `≤ ${BUDGET.shownAt160kMs} ms`,
      pass: !!at160k && at160k.shownState === 'article' && at160k.shown <= BUDGET.shownAt160kMs,
    });
    list.push({
      name: '(c) above the limit: click to "too large" shown',
      value: `${ms(chromium.overLimit.ms)} ms (${chromium.overLimit.state})`,
      limit: '≤ 1000 ms',
      pass: chromium.overLimit.state === 'cannot-read' && chromium.overLimit.ms <= 1000,
    });
    const steps = chromium.ladder.slice(1).map((rung, index) => {
      const previous = chromium.ladder[index]!;
      const size = rung.elements / previous.elements;
      return {
        label: `${previous.elements / 1000}k→${rung.elements / 1000}k`,
        injected: median(rung.ours) / median(previous.ours) / size,
        shown: rung.shown / previous.shown / size,
      };
    });
    const worst = Math.max(...steps.flatMap((step) => [step.injected, step.shown]));
    list.push({
      name: '(b, c) ladder: growth of time / growth of size',
      value: steps.map((step) => `${step.label} ${step.injected.toFixed(2)}/${step.shown.toFixed(2)}`).join(', '),
      limit: `each ≤ ${BUDGET.linearSlack} (injected/shown)`,
      pass: worst <= BUDGET.linearSlack,
    });
    list.push({
      name: '(b) ladder: every rung read, not refused',
      value: chromium.ladder.map((rung) => `${rung.elements / 1000}k ${rung.answer}`).join(', '),
      limit: 'article up to 500k',
      pass: chromium.ladder.every((rung) => rung.answer === 'article' && rung.shownState === 'article'),
    });
  }
  // Both scripts the popup injects: the page's own, and the one it runs on a story's later pages.
  for (const file of ['extract.js', 'read-page.js']) {
    const injected = sizes.find((row) => row.file === file);
    list.push({ name: `(d) injected script (${file}), gzip`, value: kib(injected?.gzip ?? Number.NaN), limit: `≤ ${BUDGET.injectedGzipKiB} KiB`, pass: !!injected && injected.gzip <= BUDGET.injectedGzipKiB * 1024 });
  }
  const popupJs = sizes.filter((row) => row.note === 'popup JS').reduce((total, row) => total + row.gzip, 0);
  list.push({ name: '(d) popup JS, gzip', value: kib(popupJs), limit: `≤ ${BUDGET.popupJsGzipKiB} KiB`, pass: popupJs > 0 && popupJs <= BUDGET.popupJsGzipKiB * 1024 });
  const unasked = nothingRunsUnasked();
  list.push({ name: 'nothing runs in any page until the user asks', value: unasked.detail, limit: 'manifest', pass: unasked.pass });
  return list;
}

function machine(): string {
  const cpu = cpus();
  let chromium = '';
  try {
    chromium = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'chromium: unknown';
  }
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; happy-dom ${HAPPY_DOM_VERSION}; @mozilla/readability ${installedVersion('@mozilla/readability')}; ${chromium}`;
}

async function main() {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      pages: { type: 'string', default: '320' },
      'chromium-reps': { type: 'string', default: '2' },
      'no-chromium': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      corpus: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const started = performance.now();
  const corpus = findCorpus(values.corpus);
  const reps = Number(values['chromium-reps']);
  if (!values['no-build']) build();
  const sizes = bundleSizes();

  const node = await nodeBench(spreadPages(corpus, Number(values.pages)));
  const nodeSummary = summarize(node.samples);
  const chromium = values['no-chromium'] ? null : await chromiumBench(corpus, reps);

  const out: string[] = [`bench:speed — ${machine()}`, `corpus ${corpus}`, ''];
  out.push(`(a) Node (happy-dom): ours vs bare Readability, ms per page (each run on its own fresh parse, not timed)`);
  const bySet = new Map<string, Sample[]>();
  for (const sample of node.samples) {
    const set = sample.page.split('/')[0]!;
    bySet.set(set, [...(bySet.get(set) ?? []), sample]);
  }
  out.push(
    summaryTable([
      ...[...bySet.entries()].map(([set, samples]) => [set, summarize(samples), samples.length] as [string, Summary, number]),
      ['all', nodeSummary, node.samples.length],
    ]),
  );
  out.push(`plain Readability fallback (second clone and run) fired on ${node.plainRuns} of ${node.samples.length} pages (${((100 * node.plainRuns) / Math.max(1, node.samples.length)).toFixed(1)}%)`);
  if (node.failed.length) out.push(`failed: ${node.failed.join('; ')}`);
  out.push('');

  if (chromium) {
    out.push(`(b) Chromium: injected script's own time vs Readability alone injected, ms (median of ${reps} interleaved runs, each on a fresh load)`);
    out.push(
      summaryTable([
        ['corpus (SPEED_PAGES)', summarize(chromium.typical), chromium.typical.length],
        ['same, cold (own renderer)', summarize(chromium.cold), chromium.cold.length],
        ['same, cold, injected by the extension', summarize(chromium.coldInjected.inPage), chromium.coldInjected.inPage.length],
        ['  the same runs, call to answer', summarize(chromium.coldInjected.call), chromium.coldInjected.call.length],
      ]),
    );
    out.push('cold: each run in a new browser context, as on a reader\'s first click on a site; the first rows reuse one tab, where the engine keeps what it compiled for the page before');
    out.push(`injected by the extension: scripting.executeScript with the built file, each run on a site of its own (median of ${INJECTED_COLD_ROUNDS}); the call to the answer includes sending the script and its answer`);
    out.push('');
    out.push('(b, c) Size ladder (article inside long link lists), Chromium');
    out.push(
      table(
        ['elements', 'ours injected', 'bare injected', 'ours / bare', 'click to article shown', 'answer'],
        chromium.ladder.map((rung) => [
          rung.elements.toLocaleString('en'),
          ms(median(rung.ours)),
          ms(median(rung.bare)),
          ratio(median(rung.ours) / median(rung.bare)),
          `${ms(rung.shown)} ms`,
          rung.shownState,
        ]),
      ),
    );
    out.push(`(c) typical page ${chromium.typicalShown.page}: click to article shown ${ms(chromium.typicalShown.ms)} ms (${chromium.typicalShown.state})`);
    out.push(`(c) about ${chromium.overLimit.elements.toLocaleString('en')} elements, above the limit: click to the reader saying so ${ms(chromium.overLimit.ms)} ms (${chromium.overLimit.state})`);
    out.push('');
  }
  out.push('(d) Built files (.output/chrome-mv3), gzip -9');
  out.push(table(['file', 'raw', 'gzip', ''], sizes.map((row) => [row.file, kib(row.raw), kib(row.gzip), row.note])));
  out.push('');
  if (chromium) {
    out.push(`(e) Popup JS heap after rendering the largest article (${chromium.heap.page}, ${chromium.heap.words} words): ${kib(chromium.heap.bytes)} (${(chromium.heap.bytes / 2 ** 20).toFixed(1)} MiB)`);
    out.push('');
  }
  const checks = budgets(nodeSummary, chromium, sizes);
  out.push('Budgets (issue 8)');
  out.push(table(['budget', 'measured', 'limit', ''], checks.map((check) => [check.name, check.value, check.limit, check.pass ? 'pass' : 'FAIL'])));
  if (!chromium) out.push('(Chromium budgets not measured: --no-chromium)');
  out.push(`\n(${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log(out.join('\n'));
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ node, chromium, sizes, checks }, null, 2)}\n`);
  if (values.check && (checks.some((check) => !check.pass) || !chromium)) {
    console.error('bench:speed --check: budget missed');
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
