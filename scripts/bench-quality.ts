/**
 * Extraction quality, side by side in one run: ours (`extractArticle` → `articlePlainText`) vs
 * bare Readability vs Defuddle, on the shared corpus's gold sets. Writes
 * bench-results/quality-report.md, quality-chart.svg and quality-pages.json (every page's scores),
 * and prints the summary tables.
 *
 *   npm run bench:quality [-- --workers 2] [--sets fundus,slasherrb] [--match /id/] [--limit 20] [--corpus DIR]
 *                         [--systems ours,readability]   (Defuddle is ~60% of the run time)
 *
 * Pages are spread over worker threads (one happy-dom parse per page, all three systems in-process
 * on it). A page that fails is reported, never fatal.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_CORPUS_DIR, listBenchPages, type BenchPage } from './bench/gold-sets';
import { renderReport } from './bench/report';
import { scorePage, type PageResult } from './bench/score-page';
import { SYSTEMS, type SystemName } from './bench/systems';
import { HAPPY_DOM_VERSION, installedVersion } from './support/make-dom';

const OUTPUT_DIR = new URL('../bench-results/', import.meta.url);
/**
 * Worker threads do not inherit tsx's loader hooks (https://github.com/privatenumber/tsx/issues/354),
 * so each worker starts from plain JS that registers tsx, then imports this file.
 */
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_BOOTSTRAP = `
  const { workerData } = require('node:worker_threads');
  import(workerData.tsxApi).then((tsx) => { tsx.register(); return import(workerData.entry); });
`;

interface WorkerInput {
  corpus: string;
  ids: string[];
  systems: SystemName[];
}

type WorkerRequest = { index: number } | { done: true };
type WorkerReply = { ready: true } | { index: number; result: PageResult };

/** `match` keeps pages whose id contains any of its comma-separated parts (`/id/` for fundus's Indonesian publisher). */
function selectPages(corpus: string, sets: string | undefined, match: string | undefined, limit: number | undefined): BenchPage[] {
  const wanted = sets ? new Set(sets.split(',').map((set) => set.trim())) : null;
  const parts = match ? match.split(',').map((part) => part.trim()).filter(Boolean) : [];
  const pages = listBenchPages(corpus).filter(
    (page) => (!wanted || wanted.has(page.set)) && (parts.length === 0 || parts.some((part) => page.id.includes(part))),
  );
  return limit ? pages.slice(0, limit) : pages;
}

async function main() {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS_DIR },
      sets: { type: 'string' },
      match: { type: 'string' },
      limit: { type: 'string' },
      workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      systems: { type: 'string', default: SYSTEMS.join(',') },
    },
  });
  const corpus = values.corpus;
  const systems = parseSystems(values.systems);
  const pages = selectPages(corpus, values.sets, values.match, values.limit ? Number(values.limit) : undefined);
  const workers = Math.max(1, Math.min(Number(values.workers) || 1, pages.length));
  const startedAt = new Date();
  // Taken before the workers load lib/: the code measured is this commit plus any local edits.
  const commit = gitCommit();
  console.error(`bench:quality: ${pages.length} pages on ${workers} worker(s), lib at ${commit}`);

  const results = await runOnWorkers({ corpus, ids: pages.map((page) => page.id), systems }, pages, workers);
  const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;

  const { markdown, svg, summary } = renderReport(results, {
    systems,
    startedAt: startedAt.toISOString(),
    wallSeconds,
    workers,
    commit,
    versions: {
      ours: projectVersion(),
      'happy-dom': HAPPY_DOM_VERSION,
      '@mozilla/readability': installedVersion('@mozilla/readability'),
      defuddle: installedVersion('defuddle'),
    },
    corpus,
  });
  mkdirSync(OUTPUT_DIR, { recursive: true });
  writeFileSync(new URL('quality-report.md', OUTPUT_DIR), markdown);
  writeFileSync(new URL('quality-chart.svg', OUTPUT_DIR), svg);
  writeFileSync(new URL('quality-pages.json', OUTPUT_DIR), `${JSON.stringify(results, null, 1)}\n`);
  process.stdout.write(`${summary}\n\n${pages.length} pages in ${wallSeconds.toFixed(0)} s. Report: bench-results/quality-report.md\n`);
}

/** Hands pages one at a time to whichever worker is free, so one slow page does not idle the rest. */
async function runOnWorkers(input: WorkerInput, pages: BenchPage[], count: number): Promise<PageResult[]> {
  const results: PageResult[] = new Array(pages.length);
  let next = 0;
  let finished = 0;
  await Promise.all(
    Array.from({ length: count }, () => {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { ...input, tsxApi: TSX_API, entry: import.meta.url } });
      return new Promise<void>((resolve) => {
        const dispatch = () => {
          const request: WorkerRequest = next < pages.length ? { index: next++ } : { done: true };
          worker.postMessage(request);
        };
        worker.on('message', (reply: WorkerReply) => {
          if ('result' in reply) {
            results[reply.index] = reply.result;
            finished += 1;
            if (finished % 50 === 0 || finished === pages.length) console.error(`  ${finished}/${pages.length}`);
          }
          dispatch();
        });
        // A crashed worker loses only its current page (reported below); the others go on.
        worker.on('error', (error: Error) => console.error(`bench:quality: worker failed: ${error.stack ?? error.message}`));
        worker.on('exit', () => resolve());
      });
    }),
  );
  // A worker that died takes its page with it; say so instead of leaving a hole.
  return results.map(
    (result, index) =>
      result ?? { id: pages[index]!.id, set: pages[index]!.set, path: pages[index]!.path, parseMs: 0, oursMutatedLiveDoc: false, workarounds: [], scores: {}, error: 'worker crashed' },
  );
}

function runWorker() {
  const { corpus, ids, systems } = workerData as WorkerInput;
  const wanted = new Set(ids);
  const pages = listBenchPages(corpus).filter((page) => wanted.has(page.id));
  const byId = new Map(pages.map((page) => [page.id, page]));
  const port = parentPort!;
  port.on('message', async (request: WorkerRequest) => {
    if ('done' in request) {
      port.close();
      return;
    }
    const page = byId.get(ids[request.index]!)!;
    const result = await scorePage(page, systems);
    if (result.error) console.error(`  ${page.id}: ${result.error}`);
    port.postMessage({ index: request.index, result } satisfies WorkerReply);
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
}

function parseSystems(list: string): SystemName[] {
  const names = list.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(SYSTEMS as readonly string[]).includes(name));
  if (unknown.length) throw new Error(`unknown system(s) ${unknown.join(', ')}; choose from ${SYSTEMS.join(', ')}`);
  return SYSTEMS.filter((system) => names.includes(system));
}

/** The checked-out commit, flagged when lib/ has uncommitted changes (others edit it meanwhile). */
function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'lib'], { encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted lib/ changes` : head;
  } catch {
    return 'unknown';
  }
}

function projectVersion(): string {
  return (JSON.parse(readFileSync(join(new URL('..', import.meta.url).pathname, 'package.json'), 'utf8')) as { version: string }).version;
}

if (isMainThread) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  });
} else {
  runWorker();
}
