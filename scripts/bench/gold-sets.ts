/**
 * The bench's pages and what each is scored on, read from the shared corpus
 * (/work/shared/corpus/README.md describes every set). Loading is lazy per page: `loadGold()`
 * reads the gold file only when the page is scored.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../support/make-dom';
import { readPageFile, readTextFile } from '../support/read-page';

export const DEFAULT_CORPUS_DIR = '/work/shared/corpus';

/** Sets scored with shingle P/R/F1 against a full gold text, in report order. */
export const TEXT_SETS = ['slasherrb', 'newspaper4k', 'fundus', 'cleaneval', 'cleanportaleval', 'dragnet', 'l3s-gn1'] as const;

export interface Gold {
  /** Full article text: shingle precision / recall / F1. */
  text?: string;
  /** Opening words of the article only (goose3): "prefix found" and prefix recall. */
  prefix?: string;
  /** trafilatura annotations. */
  snippets?: { with: string[]; without: string[] };
  /** Section headlines (fundus, IDN Times): outline precision / recall. */
  outline?: string[];
  /** Count boilerplate phrases left in the output (Indonesian pages), plus page-specific ones. */
  clutterPhrases?: string[];
  /** Count output lines mostly absent from `text` (Indonesian pages with a gold text). */
  countJunkLines?: boolean;
}

export interface BenchPage {
  /** Corpus-relative path without extension, e.g. `fundus/test_data/uk/BBC_2024_08_01`. */
  id: string;
  set: string;
  path: string;
  url: string;
  loadGold(): Promise<Gold>;
}

export function listBenchPages(corpus = DEFAULT_CORPUS_DIR): BenchPage[] {
  return [
    ...slasherrbPages(corpus),
    ...detikPages(corpus),
    ...idnTimesPages(corpus),
    ...newspaper4kPages(corpus),
    ...fundusPages(corpus),
    ...cleaningBenchmarkPages(corpus),
    ...goose3Pages(corpus),
    ...trafilaturaPages(corpus),
  ];
}

function page(corpus: string, set: string, path: string, url: string, loadGold: () => Promise<Gold>): BenchPage {
  const relative = path.slice(corpus.length + 1).replace(/\.html(\.gz)?$/, '');
  return { id: relative, set, path, url, loadGold };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Page URLs of the slasherrb cases, from its SOURCE.txt: `  <site>   [(English)] http://…`. */
function slasherrbPages(corpus: string): BenchPage[] {
  const dir = join(corpus, 'indonesian/slasherrb-2015');
  const urls = new Map<string, string>();
  for (const match of readFileSync(join(dir, 'SOURCE.txt'), 'utf8').matchAll(/^\s+(\w+)\s+(?:\(\w+\)\s+)?(https?:\S+)/gm)) {
    urls.set(match[1]!, match[2]!);
  }
  return readdirSync(dir)
    .filter((name) => name.endsWith('_expectation.txt'))
    .sort()
    .map((name) => {
      const site = name.replace('_expectation.txt', '');
      return page(corpus, 'slasherrb', join(dir, `${site}.html`), urls.get(site) ?? '', async () => ({
        text: await readTextFile(join(dir, name)),
        clutterPhrases: [],
        countJunkLines: true,
      }));
    });
}

function detikPages(corpus: string): BenchPage[] {
  const dir = join(corpus, 'indonesian/detik');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => page(corpus, 'detik', join(dir, name), 'https://news.detik.com/', async () => ({ clutterPhrases: [] })));
}

interface IdnTimesExpectation {
  url: string;
  outline: { level: number; text: string }[];
  must_remove: string[];
}

function idnTimesPages(corpus: string): BenchPage[] {
  const dir = join(corpus, 'indonesian/idntimes');
  const expected = readJson<IdnTimesExpectation>(join(dir, 'expected-outline.json'));
  const html = readdirSync(dir).find((name) => name.endsWith('.html'));
  if (!html) return [];
  return [
    page(corpus, 'idntimes', join(dir, html), expected.url, async () => ({
      outline: expected.outline.map((item) => item.text),
      clutterPhrases: expected.must_remove,
    })),
  ];
}

/** newspaper4k txt/ has 28 gold texts; 5 of them (bengali, hindi, korean, nepali, cnn_summary) have no html. */
function newspaper4kPages(corpus: string): BenchPage[] {
  const dir = join(corpus, 'newspaper4k');
  return readdirSync(join(dir, 'txt'))
    .filter((name) => name.endsWith('.txt') && existsSync(join(dir, 'html', name.replace(/\.txt$/, '.html'))))
    .sort()
    .map((name) => {
      const stem = name.replace(/\.txt$/, '');
      const metadata = join(dir, 'metadata', `${stem}.json`);
      const url = existsSync(metadata) ? (readJson<{ url?: string }>(metadata).url ?? '') : '';
      return page(corpus, 'newspaper4k', join(dir, 'html', `${stem}.html`), url, async () => ({
        text: await readTextFile(join(dir, 'txt', name)),
      }));
    });
}

interface FundusArticle {
  body?: { sections?: { headline: string[]; paragraphs: string[] }[] };
}

/** "V1_1" → [1, 1]: parser versions in release order. */
function versionKey(version: string): number[] {
  return (version.match(/\d+/g) ?? []).map(Number);
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [versionKey(a), versionKey(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const diff = (x[i] ?? -1) - (y[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * fundus keeps one gold entry per parser version and one page per version: the n-th oldest page
 * (dates in the file name) goes with the n-th parser version. Checked on all 258 pages: a gold
 * paragraph of the paired version occurs in every page.
 */
function fundusPages(corpus: string): BenchPage[] {
  const root = join(corpus, 'fundus/test_data');
  const pages: BenchPage[] = [];
  for (const country of readdirSync(root).sort()) {
    const dir = join(root, country);
    const metaPath = join(dir, 'meta.info');
    const meta = existsSync(metaPath) ? readJson<Record<string, { url: string }>>(metaPath) : {};
    for (const jsonName of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
      const publisher = jsonName.replace(/\.json$/, '');
      const gold = join(dir, jsonName);
      const versions = Object.keys(readJson<Record<string, unknown>>(gold)).sort(compareVersions);
      const files = readdirSync(dir)
        .filter((name) => name.startsWith(`${publisher}_`) && /_\d{4}_\d\d_\d\d\.html\.gz$/.test(name))
        .sort();
      files.forEach((file, index) => {
        const version = versions[index];
        if (!version) return;
        pages.push(
          page(corpus, 'fundus', join(dir, file), meta[file]?.url ?? '', async () => {
            const article = readJson<Record<string, FundusArticle>>(gold)[version];
            const sections = article?.body?.sections ?? [];
            // A section's `headline` holds one string per consecutive heading (TheMirror, WDR).
            const outline = sections.flatMap((section) => section.headline.map((headline) => headline.trim())).filter(Boolean);
            const text = sections
              .flatMap((section) => [...section.headline, ...section.paragraphs])
              .filter((block) => block.trim())
              .join('\n\n');
            return { text, outline: outline.length > 0 ? outline : undefined, countJunkLines: country === 'id' };
          }),
        );
      });
    }
  }
  return pages;
}

/** CleanEval-style gold: a `URL:` line, then text with `<p>`, `<h>`, `<l>` paragraph markers. */
export function cleanEvalText(gold: string): string {
  return decodeEntities(
    gold
      .replace(/^\s*URL:.*$/m, '')
      .replace(/<!--[\s\S]*?-->/g, '') // "<!-- this page contains no article -->" (bbc.co.uk_news_04)
      .replace(/<\/?(p|h|l)>/gi, '\n'),
  );
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”',
  ldquo: '“', mdash: '—', ndash: '–', hellip: '…', bull: '•', copy: '©', reg: '®', eacute: 'é',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * L3S-GN1 gold is the page itself with content spans marked `x-nc-sel<n>`: 1 headline, 2 full
 * text, 3 supplemental, 4 related content, 5 comments, 0 not content. The article is 1 + 2.
 */
async function l3sGoldText(path: string): Promise<string> {
  const gold = parsePage(await readPageFile(path), 'https://localhost/');
  try {
    const marked = Array.from(gold.document.querySelectorAll('.x-nc-sel1, .x-nc-sel2'));
    return marked
      .filter((element) => !element.parentElement?.closest('.x-nc-sel1, .x-nc-sel2'))
      .map((element) => element.textContent ?? '')
      .join('\n');
  } finally {
    await gold.close();
  }
}

function cleaningBenchmarkPages(corpus: string): BenchPage[] {
  const root = join(corpus, 'cleaning-benchmarks');
  const folders: [string, string][] = [
    ['cleaneval-dev', 'cleaneval'],
    ['cleaneval-final', 'cleaneval'],
    ['cleanportaleval', 'cleanportaleval'],
    ['dragnet', 'dragnet'],
    ['l3s-gn1-page-signal', 'l3s-gn1'],
  ];
  return folders.flatMap(([folder, set]) => {
    const dir = join(root, folder);
    return readdirSync(join(dir, 'input'))
      .filter((name) => name.endsWith('.html') && existsSync(join(dir, 'GoldStandard', name.replace(/\.html$/, '.txt'))))
      .sort()
      .map((name) => {
        const goldPath = join(dir, 'GoldStandard', name.replace(/\.html$/, '.txt'));
        return page(corpus, set, join(dir, 'input', name), '', async () => {
          if (set === 'l3s-gn1') return { text: await l3sGoldText(goldPath) };
          const gold = await readTextFile(goldPath);
          return { text: set === 'dragnet' ? decodeEntities(gold) : cleanEvalText(gold) };
        });
      })
      .map((benchPage) => ({ ...benchPage, url: urlFromCleanEval(benchPage) }));
  });
}

/** CleanEval gold files start with the page's `URL:`; without it the file URL is used. */
function urlFromCleanEval(benchPage: BenchPage): string {
  const goldPath = benchPage.path.replace('/input/', '/GoldStandard/').replace(/\.html$/, '.txt');
  const head = readFileSync(goldPath, 'latin1').slice(0, 400);
  return /^\s*URL:\s*(\S+)/m.exec(head)?.[1] ?? '';
}

interface Goose3Expectation {
  url?: string;
  expected?: { cleaned_text?: string };
}

/**
 * goose3 `cleaned_text` is the opening of the article (median ~80 characters; a handful are
 * longer but not verifiably complete), so it gives "prefix found" and prefix recall, not F1.
 */
function goose3Pages(corpus: string): BenchPage[] {
  const dir = join(corpus, 'goose3/content');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.html') && existsSync(join(dir, name.replace(/\.html$/, '.json'))))
    .sort()
    .flatMap((name) => {
      const expectation = readJson<Goose3Expectation>(join(dir, name.replace(/\.html$/, '.json')));
      const prefix = expectation.expected?.cleaned_text?.trim();
      if (!prefix) return [];
      return [page(corpus, 'goose3', join(dir, name), expectation.url ?? '', async () => ({ prefix }))];
    });
}

interface TrafilaturaEntry {
  file: string;
  dir: string;
  with: string[];
  without: string[];
}

function trafilaturaPages(corpus: string): BenchPage[] {
  const dir = join(corpus, 'trafilatura');
  const evaldata = readJson<Record<string, TrafilaturaEntry>>(join(dir, 'evaldata.json'));
  return Object.entries(evaldata)
    .filter(([, entry]) => existsSync(join(dir, entry.dir, entry.file)))
    .sort(([, a], [, b]) => `${a.dir}/${a.file}`.localeCompare(`${b.dir}/${b.file}`))
    .map(([url, entry]) =>
      page(corpus, 'trafilatura', join(dir, entry.dir, entry.file), url, async () => ({
        snippets: { with: entry.with, without: entry.without },
      })),
    );
}
