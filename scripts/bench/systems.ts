/**
 * The three extractors, run on ONE happy-dom parse of a page. Ours gets the live document (it
 * reads it and clones internally, as in the extension); Readability and Defuddle each get their
 * own clone, taken before ours runs so nothing ours might change can reach them.
 *
 * Timing: ours = `extractArticle`; Readability = `cloneNode(true)` + `parse()` (its documented
 * usage); Defuddle = `Defuddle(clone)` (it clones again internally). Turning the output HTML into
 * plain text is not timed.
 */
import { Readability } from '@mozilla/readability';
import { Defuddle } from 'defuddle/node';
import { articlePlainText } from '../../lib/extract/article-plain-text';
import { extractArticle } from '../../lib/extract/extract-article';
import { measurePageSize } from '../../lib/extract/page-size';
import { htmlToElement, parsePage } from '../support/make-dom';

export const SYSTEMS = ['ours', 'readability', 'defuddle'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export interface SystemOutput {
  articleBody: string;
  captions: string[];
  /** Outline texts: ours from `ArticleView.outline`, the others from h2–h6 in their content. */
  headings: string[];
  ms: number;
  error?: string;
}

export interface PageRun {
  parseMs: number;
  /** Parser workarounds applied to the source (see scripts/support/happy-dom-workarounds.ts). */
  workarounds: string[];
  /** Plain text of the whole parsed page: what any extractor could at best recover. */
  pageText: string;
  /** Element count of the live document changed while ours ran (it must not mutate it). */
  oursMutatedLiveDoc: boolean;
  /** One entry per system that was asked for. */
  outputs: Partial<Record<SystemName, SystemOutput>>;
}

const OUTLINE_HEADINGS = 'h2, h3, h4, h5, h6';

export async function runSystems(html: string, url: string, systems: readonly SystemName[] = SYSTEMS): Promise<PageRun> {
  const parseStart = performance.now();
  const page = parsePage(html, url);
  const parseMs = performance.now() - parseStart;
  try {
    const doc = page.document;
    const pageText = articlePlainText(doc.body ?? doc.documentElement).articleBody;
    const clones = new Map<SystemName, { doc: Document; ms: number }>();
    for (const system of systems.filter((name) => name !== 'ours')) {
      const cloneStart = performance.now();
      const clone = doc.cloneNode(true) as Document;
      clones.set(system, { doc: clone, ms: performance.now() - cloneStart });
    }
    const elementsBefore = doc.getElementsByTagName('*').length;
    const outputs: Partial<Record<SystemName, SystemOutput>> = {};

    if (systems.includes('ours')) {
      const ours = await timed(() => {
        // As the injected script does: the size it measured tells the pipeline how large the page is.
        const view = extractArticle(doc, { url, elementCount: measurePageSize(doc).elements });
        return { html: view.html, headings: view.outline.map((item) => item.text) };
      });
      outputs.ours = toOutput(doc, ours);
    }
    const oursMutatedLiveDoc = doc.getElementsByTagName('*').length !== elementsBefore;
    const readabilityInput = clones.get('readability');
    if (readabilityInput) {
      const readability = await timed(() => {
        const article = new Readability(readabilityInput.doc).parse();
        if (!article) throw new Error('Readability found no article');
        return { html: article.content ?? '' };
      });
      readability.ms += readabilityInput.ms; // Its documented usage includes the clone.
      outputs.readability = toOutput(doc, readability);
    }
    const defuddleInput = clones.get('defuddle');
    if (defuddleInput) {
      const defuddle = await timed(async () => {
        const result = await quietly(() => Defuddle(defuddleInput.doc, url, { useAsync: false }));
        return { html: result.content ?? '' };
      });
      outputs.defuddle = toOutput(doc, defuddle);
    }
    return { parseMs, workarounds: page.workarounds, pageText, oursMutatedLiveDoc, outputs };
  } finally {
    await page.close();
  }
}

/**
 * Defuddle logs its internal errors (happy-dom selector gaps) with console.error and carries on;
 * a thousand stack traces would bury the bench's own output.
 */
async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const { error, log, warn } = console;
  console.error = console.log = console.warn = () => {};
  try {
    return await run();
  } finally {
    Object.assign(console, { error, log, warn });
  }
}

interface Timed {
  ms: number;
  value?: { html: string; headings?: string[] };
  error?: string;
}

async function timed(run: () => { html: string; headings?: string[] } | Promise<{ html: string; headings?: string[] }>): Promise<Timed> {
  const start = performance.now();
  try {
    const value = await run();
    return { ms: performance.now() - start, value };
  } catch (error) {
    return { ms: performance.now() - start, error: error instanceof Error ? error.message : String(error) };
  }
}

function toOutput(doc: Document, result: Timed): SystemOutput {
  if (!result.value) return { articleBody: '', captions: [], headings: [], ms: result.ms, error: result.error };
  const content = htmlToElement(doc, result.value.html);
  const { articleBody, captions } = articlePlainText(content);
  const headings =
    result.value.headings ??
    Array.from(content.querySelectorAll(OUTLINE_HEADINGS)).map((heading) => (heading.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { articleBody, captions, headings, ms: result.ms };
}
