/**
 * Runs the extension's extractor (`extractArticle` from lib/) on saved pages.
 *
 *   npm run extract -- <page.html|page.html.gz> [--url URL] [--format json|text|html|md]
 *   npm run --silent extract -- --batch < pages.json
 *
 * Batch mode reads `[{"id","path","url"}]` from stdin and writes ONE JSON object to stdout:
 * `{"version", "output": {"<id>": {articleBody, title, byline, captions, outline, ms, parse_ms}}}`;
 * a page that fails gets `{"error"}` and the batch goes on. Logs go to stderr only.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleView } from '../lib/extract/article-types';
import { shownByline } from '../lib/reader/byline-names';
import { readablePublishedTime } from '../lib/reader/published-time';
import { articlePlainText } from '../lib/extract/article-plain-text';
import { articleMarkdown } from '../lib/export/article-markdown';
import type { ArticleSource } from '../lib/export/article-source';
import { extractPage } from './support/extract-page';
import { HAPPY_DOM_VERSION, fileUrl } from './support/make-dom';
import { readPageFile } from './support/read-page';

const FORMATS = ['json', 'text', 'html', 'md'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: npm run extract -- <page.html[.gz]> [--url URL] [--format ${FORMATS.join('|')}]
       npm run --silent extract -- --batch < [{"id","path","url"}, ...]`;

interface BatchEntry {
  id: string;
  path: string;
  url?: string;
}

type BatchResult =
  | {
      articleBody: string;
      title: string;
      byline: string;
      captions: string[];
      outline: { level: number; text: string }[];
      ms: number;
      parse_ms: number;
    }
  | { error: string };

// stdout carries only the result: anything the pipeline or happy-dom logs goes to stderr.
console.log = console.error;
console.info = console.error;
console.debug = console.error;
console.warn = console.error;

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string', default: 'json' },
      batch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.batch) {
    await runBatch(readFileSync(0, 'utf8'));
    return;
  }
  const [file] = positionals;
  const format = values.format as Format;
  if (!file || positionals.length > 1 || !FORMATS.includes(format)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const path = userPath(file);
  const html = await readPageFile(path);
  const { view, derived } = await extractPage(html, values.url ?? fileUrl(path), (content, view) =>
    format === 'md' ? articleMarkdown(markdownSource(view), content) : format === 'text' ? articlePlainText(content).articleBody : '',
  );
  process.stdout.write(render(view, format, derived));
}

function render(view: ArticleView, format: Format, derived: string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(view, null, 2)}\n`;
    case 'html':
      return `${view.html}\n`;
    case 'text':
      return `${view.title}\n${view.byline}\n\n${derived}\n`;
    case 'md':
      return derived;
  }
}

/** The same Markdown as the reader's Copy and Save, with the byline as the reader shows it and the date as the page states it (ISO). */
function markdownSource(view: ArticleView): ArticleSource {
  const { title, siteName, url, standfirst, lang, outline } = view;
  const publishedTime = readablePublishedTime(view.publishedTime);
  return { title, byline: shownByline(view.byline, publishedTime), siteName, url, standfirst, lang, outline, date: publishedTime.slice(0, 10) };
}

async function runBatch(input: string) {
  const entries = parseBatch(input);
  const output: Record<string, BatchResult> = {};
  for (const [index, entry] of entries.entries()) {
    const id = typeof entry.id === 'string' && entry.id ? entry.id : String(index);
    output[id] = await batchPage(entry);
    if ('error' in output[id]!) console.error(`extract: ${id}: ${(output[id] as { error: string }).error}`);
  }
  process.stdout.write(`${JSON.stringify({ version: versionString(), output })}\n`);
}

async function batchPage(entry: Partial<BatchEntry>): Promise<BatchResult> {
  try {
    if (typeof entry.path !== 'string' || !entry.path) throw new Error('entry has no "path"');
    const path = userPath(entry.path);
    const html = await readPageFile(path);
    const { view, derived, ms, parseMs } = await extractPage(html, entry.url || fileUrl(path), articlePlainText);
    return {
      articleBody: derived.articleBody,
      title: view.title,
      byline: view.byline,
      captions: derived.captions,
      outline: view.outline.map(({ level, text }) => ({ level, text })),
      ms: round(ms),
      parse_ms: round(parseMs),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function parseBatch(input: string): Partial<BatchEntry>[] {
  const parsed: unknown = JSON.parse(input);
  if (!Array.isArray(parsed)) throw new Error('batch input must be a JSON array of {"id","path","url"}');
  return parsed.map((entry) => (entry && typeof entry === 'object' ? (entry as Partial<BatchEntry>) : {}));
}

/** `npm run` changes to the package folder; paths are meant relative to where the user typed them. */
function userPath(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function versionString(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return `${manifest.version} (happy-dom@${HAPPY_DOM_VERSION})`;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
