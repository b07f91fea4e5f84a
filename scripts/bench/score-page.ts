/**
 * Runs the requested systems on one bench page and scores each against the page's gold. Never
 * throws: a page that cannot be read or parsed comes back with `error`, a system that fails comes
 * back with its own `error` (and empty output, which scores 0).
 */
import { countPhrases, CLUTTER_PHRASES } from './clutter-phrases';
import type { BenchPage, Gold } from './gold-sets';
import { junkLines } from './junk-lines';
import { outlineScore, type OutlineScore } from './outline-metrics';
import { snippetScore, type SnippetScore } from './snippet-metrics';
import { SYSTEMS, runSystems, type SystemName, type SystemOutput } from './systems';
import { prefixFound, shingleCounts, shingleCoverage, shingleScore, tokenize, type Prf } from './text-metrics';
import { fileUrl } from '../support/make-dom';
import { readPageFile } from '../support/read-page';

export interface SystemScore {
  ms: number;
  error?: string;
  chars: number;
  text?: Prf;
  prefix?: { found: boolean; recall: number };
  snippets?: SnippetScore;
  outline?: OutlineScore;
  clutter?: Record<string, number>;
  /** Lines of the output whose words are mostly not in the gold (Indonesian pages). */
  junkLines?: string[];
}

/** Concrete evidence for the report: what ours dropped that the gold keeps, and what it kept extra. */
export interface TextEvidence {
  /** Gold blocks ours misses (coverage < 25%) although another system covers them (≥ 75%). */
  dropped: string[];
  /** Blocks of ours with < 25% of their shingles in the gold. */
  extra: string[];
}

export interface PageResult {
  id: string;
  set: string;
  path: string;
  parseMs: number;
  oursMutatedLiveDoc: boolean;
  /** Parser workarounds that changed the page source. */
  workarounds: string[];
  /** Share of the gold text present anywhere in the parsed page (low: a gold or parse problem). */
  ceilingRecall?: number;
  /** The gold text has no words (CleanPortalEval "this page contains no article"): not text-scored. */
  noArticle?: boolean;
  error?: string;
  scores: Partial<Record<SystemName, SystemScore>>;
  evidence?: TextEvidence;
  /** Lines of ours' text that still contain a clutter phrase. */
  clutterContext?: string[];
}

const LOW_COVERAGE = 0.25;
const HIGH_COVERAGE = 0.75;
const MIN_EVIDENCE_TOKENS = 6;
const EVIDENCE_ITEMS = 4;
const EVIDENCE_CHARS = 220;

export async function scorePage(page: BenchPage, systems: readonly SystemName[] = SYSTEMS): Promise<PageResult> {
  const result: PageResult = {
    id: page.id,
    set: page.set,
    path: page.path,
    parseMs: 0,
    oursMutatedLiveDoc: false,
    workarounds: [],
    scores: {},
  };
  try {
    const [html, gold] = await Promise.all([readPageFile(page.path), page.loadGold()]);
    if (gold.text !== undefined && tokenize(gold.text).length === 0) {
      result.noArticle = true;
      delete gold.text;
    }
    const run = await runSystems(html, page.url || fileUrl(page.path), systems);
    result.parseMs = run.parseMs;
    result.oursMutatedLiveDoc = run.oursMutatedLiveDoc;
    result.workarounds = run.workarounds;
    for (const system of systems) {
      const output = run.outputs[system];
      if (output) result.scores[system] = scoreSystem(output, gold);
    }
    const ours = run.outputs.ours;
    if (gold.text) {
      result.ceilingRecall = shingleCoverage(gold.text, run.pageText);
      if (ours) result.evidence = textEvidence(ours, [run.outputs.readability, run.outputs.defuddle], gold.text);
    }
    if (gold.clutterPhrases && ours) result.clutterContext = clutterContext(ours.articleBody, [...CLUTTER_PHRASES, ...gold.clutterPhrases]);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  return result;
}

function scoreSystem(output: SystemOutput, gold: Gold): SystemScore {
  const text = output.articleBody;
  const score: SystemScore = { ms: output.ms, error: output.error, chars: text.length };
  if (gold.text) score.text = shingleScore(text, gold.text);
  if (gold.prefix) score.prefix = { found: prefixFound(text, gold.prefix), recall: shingleCoverage(gold.prefix, text) };
  if (gold.snippets) score.snippets = snippetScore(text, gold.snippets.with, gold.snippets.without);
  if (gold.outline) score.outline = outlineScore(output.headings, gold.outline);
  if (gold.clutterPhrases) score.clutter = countPhrases(text, [...CLUTTER_PHRASES, ...gold.clutterPhrases]);
  if (gold.countJunkLines && gold.text) score.junkLines = junkLines(text, gold.text).map(clip);
  return score;
}

/** Gold texts without paragraph breaks (slasherrb) are split into sentences instead. */
function goldBlocks(gold: string): string[] {
  const blocks = gold.split(/\n\s*\n|\n/).map((block) => block.trim()).filter(Boolean);
  return blocks.length > 1 ? blocks : gold.split(/(?<=[.!?”"])\s*(?=[A-Z“"])/u).map((block) => block.trim()).filter(Boolean);
}

function textEvidence(ours: SystemOutput, others: (SystemOutput | undefined)[], gold: string): TextEvidence {
  const oursShingles = shingleCounts(tokenize(ours.articleBody));
  const otherShingles = others.flatMap((other) => (other ? [shingleCounts(tokenize(other.articleBody))] : []));
  const goldShingles = shingleCounts(tokenize(gold));
  const long = (block: string) => tokenize(block).length >= MIN_EVIDENCE_TOKENS;
  const dropped = goldBlocks(gold)
    .filter(long)
    .filter((block) => shingleCoverage(block, oursShingles) < LOW_COVERAGE)
    .filter((block) => otherShingles.some((other) => shingleCoverage(block, other) >= HIGH_COVERAGE));
  const extra = ours.articleBody
    .split('\n\n')
    .filter(long)
    .filter((block) => shingleCoverage(block, goldShingles) < LOW_COVERAGE);
  return { dropped: dropped.slice(0, EVIDENCE_ITEMS).map(clip), extra: extra.slice(0, EVIDENCE_ITEMS).map(clip) };
}

function clutterContext(text: string, phrases: string[]): string[] {
  const lines = text.split('\n').filter((line) => Object.keys(countPhrases(line, phrases)).length > 0);
  return lines.slice(0, EVIDENCE_ITEMS).map(clip);
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EVIDENCE_CHARS ? `${flat.slice(0, EVIDENCE_CHARS - 1)}…` : flat;
}
