/**
 * Aggregates per-page results into the tables of bench-results/quality-report.md, the stdout
 * summary and the chart. Averages: per set, the mean of per-page scores; "all pages" is the mean
 * over every scored page (micro over pages); "macro" is the mean of the per-set means.
 */
import { CLUTTER_PHRASES } from './clutter-phrases';
import { TEXT_SETS } from './gold-sets';
import { pooledOutline } from './outline-metrics';
import type { PageResult, SystemScore } from './score-page';
import { barChartSvg } from './svg-chart';
import type { SystemName } from './systems';
import type { Prf } from './text-metrics';

export interface RunInfo {
  systems: readonly SystemName[];
  startedAt: string;
  wallSeconds: number;
  workers: number;
  commit: string;
  versions: Record<string, string>;
  corpus: string;
}

const SYSTEM_COLORS: Record<SystemName, string> = { ours: '#2b6cb0', readability: '#dd6b20', defuddle: '#38a169' };
const CLUTTER_SETS = ['slasherrb', 'detik', 'idntimes'];
const WORST_PAGES = 12;
/** A page where ours trails the best other system by less than this is not a "loss". */
const LOSS_MARGIN = 0.03;
/** Ours is Readability plus cleaning: a page this far below bare Readability is a regression. */
const READABILITY_MARGIN = 0.02;
/** Pages whose gold is mostly absent from the parsed page: a gold/parse problem, not extraction. */
const UNREACHABLE_CEILING = 0.5;

type TextRow = { set: string; pages: number } & Record<SystemName, Prf>;

function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function meanPrf(scores: (Prf | undefined)[]): Prf {
  const present = scores.filter((score): score is Prf => score !== undefined);
  return {
    precision: mean(present.map((score) => score.precision)),
    recall: mean(present.map((score) => score.recall)),
    f1: mean(present.map((score) => score.f1)),
  };
}

function score(result: PageResult, system: SystemName): SystemScore | undefined {
  return result.scores[system];
}

/** Every requested system gets the same kinds of score on a page, so any of them tells. */
function scoredOn(result: PageResult, systems: readonly SystemName[], key: 'text' | 'prefix' | 'snippets' | 'outline' | 'clutter'): boolean {
  return systems.some((system) => score(result, system)?.[key] !== undefined);
}

export function textRows(results: PageResult[], systems: readonly SystemName[]): { sets: TextRow[]; all: TextRow; macro: TextRow } {
  const scored = results.filter((result) => systems.some((system) => score(result, system)?.text));
  const row = (set: string, pages: PageResult[]): TextRow => {
    const entry = { set, pages: pages.length } as TextRow;
    for (const system of systems) entry[system] = meanPrf(pages.map((page) => score(page, system)?.text));
    return entry;
  };
  const sets = TEXT_SETS.map((set) => row(set, scored.filter((result) => result.set === set))).filter((entry) => entry.pages > 0);
  const macro = { set: 'macro (mean of sets)', pages: scored.length } as TextRow;
  for (const system of systems) macro[system] = meanPrf(sets.map((entry) => entry[system]));
  return { sets, all: row('all pages (mean over pages)', scored), macro };
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const num = (value: number) => value.toFixed(3);

function bestOf(values: number[]): number {
  return Math.max(...values);
}

function markBest(values: number[], format: (value: number) => string): string[] {
  const best = bestOf(values);
  return values.map((value) => (value === best && values.length > 1 ? `**${format(value)}**` : format(value)));
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function textTable(results: PageResult[], systems: readonly SystemName[]): string {
  const { sets, all, macro } = textRows(results, systems);
  const header = ['set', 'pages', ...systems.map((system) => `${system} P / R / F1`)];
  const rows = [...sets, all, macro].map((entry) => {
    const f1s = markBest(systems.map((system) => entry[system].f1), num);
    return [
      entry.set,
      String(entry.pages),
      ...systems.map((system, index) => `${num(entry[system].precision)} / ${num(entry[system].recall)} / ${f1s[index]}`),
    ];
  });
  return table(header, rows);
}

export function summaryTable(results: PageResult[], systems: readonly SystemName[]): string {
  const { sets, all, macro } = textRows(results, systems);
  const pad = (text: string, width: number) => text.padEnd(width);
  const lines = [`${pad('text F1 (4-shingles)', 30)}${pad('pages', 7)}${systems.map((system) => pad(system, 13)).join('')}`];
  for (const entry of [...sets, all, macro]) {
    lines.push(`${pad(entry.set, 30)}${pad(String(entry.pages), 7)}${systems.map((system) => pad(num(entry[system].f1), 13)).join('')}`);
  }
  return lines.join('\n');
}

function prefixTable(results: PageResult[], systems: readonly SystemName[]): string {
  const pages = results.filter((result) => scoredOn(result, systems, 'prefix'));
  if (pages.length === 0) return '_no goose3 pages_';
  const found = systems.map((system) => mean(pages.map((page) => (score(page, system)?.prefix?.found ? 1 : 0))));
  const recall = systems.map((system) => mean(pages.map((page) => score(page, system)?.prefix?.recall ?? 0)));
  return table(
    ['goose3 (prefix gold)', 'pages', ...systems],
    [
      ['prefix found', String(pages.length), ...markBest(found, pct)],
      ['prefix shingle recall', String(pages.length), ...markBest(recall, num)],
    ],
  );
}

function snippetTotals(pages: PageResult[], system: SystemName) {
  const totals = { withFound: 0, withTotal: 0, withoutAbsent: 0, withoutTotal: 0 };
  for (const page of pages) {
    const snippets = score(page, system)?.snippets;
    if (!snippets) continue;
    totals.withFound += snippets.withFound;
    totals.withTotal += snippets.withTotal;
    totals.withoutAbsent += snippets.withoutAbsent;
    totals.withoutTotal += snippets.withoutTotal;
  }
  return totals;
}

function snippetTable(results: PageResult[], systems: readonly SystemName[]): string {
  const pages = results.filter((result) => scoredOn(result, systems, 'snippets'));
  if (pages.length === 0) return '_no trafilatura pages_';
  const totals = systems.map((system) => snippetTotals(pages, system));
  const withShare = totals.map((total) => total.withFound / Math.max(1, total.withTotal));
  const withoutShare = totals.map((total) => total.withoutAbsent / Math.max(1, total.withoutTotal));
  const both = withShare.map((share, index) => (share + withoutShare[index]!) / 2);
  return table(
    ['trafilatura evaldata', 'pages', ...systems],
    [
      [`\`with\` snippets found (of ${totals[0]!.withTotal})`, String(pages.length), ...markBest(withShare, pct)],
      [`\`without\` snippets absent (of ${totals[0]!.withoutTotal})`, String(pages.length), ...markBest(withoutShare, pct)],
      ['mean of the two', String(pages.length), ...markBest(both, pct)],
    ],
  );
}

function outlineTable(results: PageResult[], systems: readonly SystemName[]): string {
  const groups: [string, PageResult[]][] = [
    ['fundus (pages with ≥1 gold headline)', results.filter((result) => result.set === 'fundus' && scoredOn(result, systems, 'outline'))],
    ['IDN Times expected-outline.json', results.filter((result) => result.set === 'idntimes' && scoredOn(result, systems, 'outline'))],
  ];
  const rows = groups
    .filter(([, pages]) => pages.length > 0)
    .map(([label, pages]) => {
      const pooled = systems.map((system) => pooledOutline(pages.map((page) => score(page, system)!.outline!)));
      const f1 = pooled.map((entry) => (entry.precision + entry.recall === 0 ? 0 : (2 * entry.precision * entry.recall) / (entry.precision + entry.recall)));
      const marked = markBest(f1, num);
      return [
        label,
        String(pages.length),
        String(pooled[0]!.gold),
        ...pooled.map((entry, index) => `${num(entry.precision)} / ${num(entry.recall)} / ${marked[index]} (${entry.predicted} headings)`),
      ];
    });
  return table(['outline (pooled over headings)', 'pages', 'gold headlines', ...systems.map((system) => `${system} P / R / F1`)], rows);
}

function clutterTotals(pages: PageResult[], system: SystemName): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const page of pages) {
    for (const [phrase, count] of Object.entries(score(page, system)?.clutter ?? {})) totals[phrase] = (totals[phrase] ?? 0) + count;
  }
  return totals;
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((total, count) => total + count, 0);
}

function clutterTables(results: PageResult[], systems: readonly SystemName[]): string {
  const bySet = CLUTTER_SETS.map((set) => [set, results.filter((result) => result.set === set && scoredOn(result, systems, 'clutter'))] as const).filter(
    ([, pages]) => pages.length > 0,
  );
  const setRows = bySet.map(([set, pages]) => {
    const totals = systems.map((system) => sum(clutterTotals(pages, system)));
    const least = Math.min(...totals);
    return [set, String(pages.length), ...totals.map((total) => (total === least ? `**${total}**` : String(total)))];
  });
  const allPages = bySet.flatMap(([, pages]) => pages);
  const perSystem = systems.map((system) => clutterTotals(allPages, system));
  const totalOf = (phrase: string) => perSystem.reduce((total, counts) => total + (counts[phrase] ?? 0), 0);
  const phrases = [...new Set(perSystem.flatMap((counts) => Object.keys(counts)))].sort((a, b) => totalOf(b) - totalOf(a));
  const phraseRows = phrases.map((phrase) => [
    `${CLUTTER_PHRASES.includes(phrase) ? '' : '(IDN must_remove) '}${phrase}`,
    ...perSystem.map((counts) => String(counts[phrase] ?? 0)),
  ]);
  return [
    table(['clutter phrases left (occurrences)', 'pages', ...systems], setRows),
    '',
    phraseRows.length ? table(['phrase', ...systems], phraseRows) : '_no clutter phrase left by any system_',
  ].join('\n');
}

function timeTable(results: PageResult[], systems: readonly SystemName[]): string {
  const ok = results.filter((result) => !result.error);
  const times = systems.map((system) => ok.map((result) => score(result, system)?.ms ?? 0));
  const oursTimes = ok.map((result) => score(result, 'ours')?.ms ?? 0);
  const readabilityTimes = ok.map((result) => score(result, 'readability')?.ms ?? 0);
  const ratio = systems.includes('ours') && systems.includes('readability')
    ? `ours / readability (mean): **${(mean(oursTimes) / Math.max(1e-9, mean(readabilityTimes))).toFixed(2)}×**. `
    : '';
  return [
    table(
      ['time per page (ms)', 'happy-dom parse', ...systems],
      [
        ['mean', mean(ok.map((result) => result.parseMs)).toFixed(1), ...times.map((values) => mean(values).toFixed(1))],
        ['median', median(ok.map((result) => result.parseMs)).toFixed(1), ...times.map((values) => median(values).toFixed(1))],
      ],
    ),
    '',
    `${ratio}Side figure only: measured inside the bench's worker threads on a shared machine.`,
  ].join('\n');
}

function chart(results: PageResult[], systems: readonly SystemName[]): string {
  const { sets, all } = textRows(results, systems);
  return barChartSvg({
    title: 'Text F1 (4-word shingles) per gold set',
    series: systems.map((system) => ({ name: system, color: SYSTEM_COLORS[system] })),
    groups: [...sets, { ...all, set: 'all' }].map((entry) => ({
      label: `${entry.set} (${entry.pages})`,
      values: systems.map((system) => entry[system].f1),
    })),
  });
}

function quote(items: string[]): string {
  return items.map((item) => `    - “${item.replace(/\|/g, '\\|')}”`).join('\n');
}

interface TextGap {
  result: PageResult;
  ours: Prf;
  rival: SystemName;
  gap: number;
}

/** Text pages where ours trails `rivals` (the best of them) by more than `margin` F1, worst first. */
function textGaps(results: PageResult[], rivals: SystemName[], margin = LOSS_MARGIN, skipUnreachable = true): TextGap[] {
  return results
    .filter((result) => score(result, 'ours')?.text && (!skipUnreachable || (result.ceilingRecall ?? 1) >= UNREACHABLE_CEILING))
    .flatMap((result) => {
      const ours = score(result, 'ours')!.text!;
      const scored = rivals.map((rival) => ({ rival, f1: score(result, rival)?.text?.f1 ?? 0 }));
      const best = scored.reduce((a, b) => (b.f1 > a.f1 ? b : a), { rival: rivals[0]!, f1: -1 });
      const gap = best.f1 - ours.f1;
      return gap > margin ? [{ result, ours, rival: best.rival, gap }] : [];
    })
    .sort((a, b) => b.gap - a.gap);
}

function describeTextGap({ result, ours }: TextGap, systems: readonly SystemName[]): string {
  const others = systems.filter((system) => system !== 'ours').map((system) => `${system} ${num(score(result, system)?.text?.f1 ?? 0)}`);
  const lines = [`- \`${result.path}\` (${result.set}): ours F1 ${num(ours.f1)} (P ${num(ours.precision)}, R ${num(ours.recall)}), ${others.join(', ')}`];
  if (result.evidence?.dropped.length) lines.push('  - gold text ours drops (another system keeps it):', quote(result.evidence.dropped));
  if (result.evidence?.extra.length) lines.push('  - text ours keeps that the gold does not have:', quote(result.evidence.extra));
  return lines.join('\n');
}

function textLosses(results: PageResult[], systems: readonly SystemName[]): string {
  const rivals = systems.filter((system) => system !== 'ours');
  if (!systems.includes('ours') || rivals.length === 0) return '_needs ours and at least one other system._';
  const gaps = textGaps(results, rivals);
  if (gaps.length === 0) return `_ours is within ${LOSS_MARGIN} F1 of the best system on every text page._`;
  return [
    `${gaps.length} page(s) where ours trails the best other system by more than ${LOSS_MARGIN} F1; the ${Math.min(WORST_PAGES, gaps.length)} largest gaps:`,
    '',
    ...gaps.slice(0, WORST_PAGES).map((gap) => describeTextGap(gap, systems)),
  ].join('\n');
}

/**
 * Pages where ours scores more than READABILITY_MARGIN F1 below bare Readability, every page
 * counted (a page whose gold is hard to reach too): the target is none on any set.
 */
function readabilityGaps(results: PageResult[]): TextGap[] {
  return textGaps(results, ['readability'], READABILITY_MARGIN, false);
}

export function readabilityRegressionTable(results: PageResult[], systems: readonly SystemName[]): string {
  if (!systems.includes('ours') || !systems.includes('readability')) return '_needs ours and readability._';
  const gaps = readabilityGaps(results);
  const rows = TEXT_SETS.flatMap((set) => {
    const pages = results.filter((result) => result.set === set && score(result, 'ours')?.text).length;
    if (pages === 0) return [];
    const worse = gaps.filter((gap) => gap.result.set === set);
    const names = worse.map((gap) => `${gap.result.id.split('/').pop()} (${num(gap.ours.f1)} vs ${num(score(gap.result, 'readability')!.text!.f1)})`);
    return [[set, String(pages), String(worse.length), names.join(', ') || '–']];
  });
  return table([`more than ${READABILITY_MARGIN} F1 below Readability`, 'pages', 'worse', 'which (ours vs readability F1)'], rows);
}

function readabilityRegressions(results: PageResult[], systems: readonly SystemName[]): string {
  if (!systems.includes('ours') || !systems.includes('readability')) return '_needs ours and readability._';
  const gaps = readabilityGaps(results);
  if (gaps.length === 0) return `_ours is within ${READABILITY_MARGIN} F1 of bare Readability on every text page._`;
  return [
    `${gaps.length} page(s) where ours scores more than ${READABILITY_MARGIN} F1 below bare Readability:`,
    '',
    ...gaps.map((gap) => describeTextGap(gap, systems)),
  ].join('\n');
}

/** Indonesian pages with a gold text: slasherrb and fundus's Indonesian publisher. */
function junkGroups(results: PageResult[], systems: readonly SystemName[]): [string, PageResult[]][] {
  const scored = results.filter((result) => systems.some((system) => score(result, system)?.junkLines));
  return [
    ['slasherrb', scored.filter((result) => result.set === 'slasherrb')],
    ['fundus (id)', scored.filter((result) => result.set === 'fundus')],
  ];
}

export function junkLineTable(results: PageResult[], systems: readonly SystemName[]): string {
  const rows = junkGroups(results, systems)
    .filter(([, pages]) => pages.length > 0)
    .map(([label, pages]) => {
      const totals = systems.map((system) => pages.reduce((total, page) => total + (score(page, system)?.junkLines?.length ?? 0), 0));
      const least = Math.min(...totals);
      return [label, String(pages.length), ...totals.map((total) => (total === least ? `**${total}**` : String(total)))];
    });
  if (rows.length === 0) return '_no Indonesian page with a gold text_';
  return table(['junk lines (words mostly not in the gold)', 'pages', ...systems], rows);
}

function junkLineList(results: PageResult[]): string {
  const pages = junkGroups(results, ['ours']).flatMap(([, group]) => group).filter((result) => score(result, 'ours')?.junkLines?.length);
  if (pages.length === 0) return '_ours leaves no junk line._';
  return pages.map((result) => [`- \`${result.path}\`:`, quote(score(result, 'ours')!.junkLines!)].join('\n')).join('\n');
}

function snippetLosses(results: PageResult[], systems: readonly SystemName[]): string {
  if (!systems.includes('ours') || !systems.includes('readability')) return '_needs ours and readability._';
  const entries = results
    .filter((result) => score(result, 'ours')?.snippets)
    .map((result) => {
      const ours = score(result, 'ours')!.snippets!;
      const readability = score(result, 'readability')?.snippets;
      const missing = ours.missing.filter((snippet) => !readability?.missing.includes(snippet));
      const leftIn = ours.leftIn.filter((snippet) => !readability?.leftIn.includes(snippet));
      return { result, missing, leftIn };
    })
    .filter((entry) => entry.missing.length + entry.leftIn.length > 0)
    .sort((a, b) => b.missing.length + b.leftIn.length - (a.missing.length + a.leftIn.length))
    .slice(0, WORST_PAGES);
  if (entries.length === 0) return '_no trafilatura snippet where ours does worse than Readability._';
  return entries
    .map(({ result, missing, leftIn }) => {
      const lines = [`- \`${result.path}\``];
      if (missing.length) lines.push('  - `with` snippets ours misses (Readability finds them):', quote(missing));
      if (leftIn.length) lines.push('  - `without` snippets ours keeps (Readability removes them):', quote(leftIn));
      return lines.join('\n');
    })
    .join('\n');
}

/** Boilerplate ours still keeps on trafilatura pages, whoever else keeps it too. */
function snippetsLeftIn(results: PageResult[]): string {
  const counts = new Map<string, { count: number; pages: string[] }>();
  for (const result of results) {
    for (const snippet of score(result, 'ours')?.snippets?.leftIn ?? []) {
      const entry = counts.get(snippet) ?? { count: 0, pages: [] };
      entry.count += 1;
      entry.pages.push(result.id.split('/').pop() ?? result.id);
      counts.set(snippet, entry);
    }
  }
  const pages = results.filter((result) => (score(result, 'ours')?.snippets?.leftIn.length ?? 0) > 0);
  if (pages.length === 0) return '_none_';
  return [
    `${pages.length} page(s); the pages with most boilerplate left:`,
    '',
    ...pages
      .sort((a, b) => score(b, 'ours')!.snippets!.leftIn.length - score(a, 'ours')!.snippets!.leftIn.length)
      .slice(0, WORST_PAGES)
      .map((result) => `- \`${result.path}\`: ${score(result, 'ours')!.snippets!.leftIn.map((snippet) => `“${snippet}”`).join(', ')}`),
  ].join('\n');
}

function outlineLosses(results: PageResult[]): string {
  const entries = results
    .filter((result) => score(result, 'ours')?.outline && (score(result, 'ours')!.outline!.missed.length > 0 || score(result, 'ours')!.outline!.extra.length > 0))
    .map((result) => ({ result, outline: score(result, 'ours')!.outline! }))
    .sort((a, b) => b.outline.missed.length + b.outline.extra.length - (a.outline.missed.length + a.outline.extra.length))
    .slice(0, WORST_PAGES);
  if (entries.length === 0) return '_ours matches every gold outline._';
  const clipList = (items: string[]) => items.slice(0, 5).map((item) => `“${item.slice(0, 80)}”`).join(', ') + (items.length > 5 ? `, … (${items.length})` : '');
  return entries
    .map(({ result, outline }) =>
      [
        `- \`${result.path}\`: ${outline.matched}/${outline.gold} gold headlines matched, ${outline.extra.length} extra`,
        outline.missed.length ? `  - missed: ${clipList(outline.missed)}` : '',
        outline.extra.length ? `  - extra: ${clipList(outline.extra)}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
}

function clutterLosses(results: PageResult[]): string {
  const entries = results.filter((result) => result.clutterContext?.length);
  if (entries.length === 0) return '_ours leaves none of the clutter phrases._';
  return entries.map((result) => [`- \`${result.path}\`:`, quote(result.clutterContext ?? [])].join('\n')).join('\n');
}

function problems(results: PageResult[], systems: readonly SystemName[]): string {
  const lines: string[] = [];
  const failed = results.filter((result) => result.error);
  for (const result of failed) lines.push(`- page failed: \`${result.path}\`: ${result.error}`);
  for (const system of systems) {
    const errors = results.filter((result) => score(result, system)?.error);
    if (errors.length) {
      const examples = errors.slice(0, 5).map((result) => `\`${result.id}\` (${score(result, system)!.error})`).join('; ');
      lines.push(`- ${system} failed on ${errors.length} page(s) (scored as empty output): ${examples}`);
    }
  }
  const mutated = results.filter((result) => result.oursMutatedLiveDoc);
  if (mutated.length) lines.push(`- ours changed the live document's element count on ${mutated.length} page(s): ${mutated.slice(0, 5).map((result) => `\`${result.id}\``).join(', ')}`);
  const unreachable = results.filter((result) => (result.ceilingRecall ?? 1) < UNREACHABLE_CEILING);
  if (unreachable.length) {
    lines.push(
      `- ${unreachable.length} text page(s) whose gold is mostly not in the parsed page (recall of the whole page's text < ${UNREACHABLE_CEILING}; gold or parse problem, kept in the means): ` +
        unreachable.map((result) => `\`${result.id}\` (${num(result.ceilingRecall ?? 0)})`).join(', '),
    );
  }
  const noArticle = results.filter((result) => result.noArticle);
  if (noArticle.length) lines.push(`- not text-scored, gold says the page has no article: ${noArticle.map((result) => `\`${result.id}\``).join(', ')}`);
  const workarounds = new Map<string, number>();
  for (const result of results) for (const id of result.workarounds) workarounds.set(id, (workarounds.get(id) ?? 0) + 1);
  if (workarounds.size) {
    lines.push(
      `- happy-dom parser workarounds applied (scripts/support/happy-dom-workarounds.ts): ${[...workarounds].map(([id, count]) => `${id} on ${count} page(s)`).join(', ')}`,
    );
  }
  return lines.length ? lines.join('\n') : '_none_';
}

const METHOD = `## Method

- One happy-dom parse per page (scripts/support/make-dom.ts, with the parser workarounds); ours runs
  \`extractArticle\` on the live document; Readability runs \`new Readability(doc.cloneNode(true)).parse()\`;
  Defuddle runs \`Defuddle(clone, url, { useAsync: false })\` from \`defuddle/node\`. Every system's HTML goes
  through the same \`articlePlainText\`; only \`articleBody\` is scored (captions and the title are not).
- Text: multiset overlap of 4-token shingles. Tokens: NFKC + lowercase, runs of \`\\p{L}\\p{N}\\p{M}\`;
  Han / Hiragana / Katakana / Thai / Lao / Khmer / Myanmar characters are one token each, so their
  shingles are character 4-grams. An empty output scores 0. Set rows are means of per-page scores.
- Gold: slasherrb \`*_expectation.txt\` (paragraphs glued without spaces; sentences still split on
  punctuation); newspaper4k \`txt/\` (23 of 28: bengali, hindi, korean, nepali, cnn_summary have no html;
  the gold is newspaper4k's own output); fundus \`body.sections[].headline + paragraphs\` of the parser
  version paired with the page by date order (summary/lede not included); CleanEval dev+final and
  CleanPortalEval with \`URL:\`, \`<p>/<h>/<l>\` markers and entities removed; Dragnet plain text; L3S-GN1
  = text of the \`x-nc-sel1\` (headline) + \`x-nc-sel2\` (full text) spans of the annotated page.
- goose3 \`cleaned_text\` is only the article's opening (median ~80 characters), so it is scored as
  "prefix found" (token sequence, last token may be cut) and prefix shingle recall, not F1.
- trafilatura: substring checks after NFKC, lowercase, whitespace collapsing, over all snippets.
- Outline: one-to-one match of normalised heading texts (case, punctuation, spaces); ours = the
  \`ArticleView.outline\`, the others = h2–h6 in their content. Pooled over headings.
- Clutter: whole-word, case-insensitive occurrences in \`articleBody\` on slasherrb, detik and the
  IDN Times page (plus its \`must_remove\` list).
- Junk lines: lines of \`articleBody\` more than half of whose tokens never occur in the gold text, on
  the Indonesian pages that have one (slasherrb, fundus \`id/\`).
- Regressions: text pages where ours's F1 is more than ${READABILITY_MARGIN} below bare Readability's,
  counted per set over every page (also those whose gold is hard to reach).`;

export function renderReport(results: PageResult[], info: RunInfo): { markdown: string; svg: string; summary: string } {
  const { systems } = info;
  const textPages = results.filter((result) => scoredOn(result, systems, 'text')).length;
  const markdown = [
    '# Extraction quality: ours vs Readability vs Defuddle',
    '',
    `Run ${info.startedAt}, commit \`${info.commit}\`, ${results.length} pages (${textPages} text-scored) in ${info.wallSeconds.toFixed(0)} s ` +
      `on ${info.workers} worker thread(s). ${Object.entries(info.versions).map(([name, version]) => `${name} ${version}`).join(', ')}. Corpus: \`${info.corpus}\`.`,
    '',
    '## Text (4-word shingles against gold text)',
    '',
    textTable(results, systems),
    '',
    '![F1 per set](quality-chart.svg)',
    '',
    prefixTable(results, systems),
    '',
    '## trafilatura with / without snippets',
    '',
    snippetTable(results, systems),
    '',
    '## Outline',
    '',
    outlineTable(results, systems),
    '',
    '## Clutter phrases left (Indonesian pages)',
    '',
    clutterTables(results, systems),
    '',
    junkLineTable(results, systems),
    '',
    '## Time (side figure)',
    '',
    timeTable(results, systems),
    '',
    '## Where ours loses',
    '',
    '### Text: regressions against bare Readability',
    '',
    readabilityRegressionTable(results, systems),
    '',
    readabilityRegressions(results, systems),
    '',
    '### Text: largest F1 gap to the best other system',
    '',
    textLosses(results, systems),
    '',
    '### trafilatura snippets ours gets wrong and Readability gets right',
    '',
    snippetLosses(results, systems),
    '',
    '### trafilatura boilerplate ours keeps',
    '',
    snippetsLeftIn(results),
    '',
    '### Outline',
    '',
    outlineLosses(results),
    '',
    '### Clutter phrases ours keeps',
    '',
    clutterLosses(results),
    '',
    '### Junk lines ours keeps (Indonesian pages)',
    '',
    junkLineList(results),
    '',
    '## Problems and skipped pages',
    '',
    problems(results, systems),
    '',
    METHOD,
    '',
  ].join('\n');
  const summary = [
    summaryTable(results, systems),
    '',
    prefixTable(results, systems),
    '',
    snippetTable(results, systems),
    '',
    outlineTable(results, systems),
    '',
    clutterTables(results, systems).split('\n\n')[0],
    '',
    junkLineTable(results, systems),
    '',
    readabilityRegressionTable(results, systems),
    '',
    timeTable(results, systems),
  ].join('\n');
  return { markdown, svg: chart(results, systems), summary };
}
