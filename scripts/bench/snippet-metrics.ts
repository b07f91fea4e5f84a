/**
 * trafilatura-style snippet checks: each `with` snippet must occur in the output, each `without`
 * snippet (boilerplate) must not. Compared after NFKC, lowercasing and whitespace collapsing.
 */

/** Zero-width characters and soft hyphens are invisible and break substring checks. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

export function normalizeForSnippets(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export interface SnippetScore {
  withFound: number;
  withTotal: number;
  withoutAbsent: number;
  withoutTotal: number;
  /** The snippets that went wrong, for the failure examples in the report. */
  missing: string[];
  leftIn: string[];
}

export function snippetScore(output: string, withSnippets: string[], withoutSnippets: string[]): SnippetScore {
  const text = normalizeForSnippets(output);
  const contains = (snippet: string) => {
    const wanted = normalizeForSnippets(snippet);
    return wanted.length > 0 && text.includes(wanted);
  };
  const missing = withSnippets.filter((snippet) => !contains(snippet));
  const leftIn = withoutSnippets.filter((snippet) => contains(snippet));
  return {
    withFound: withSnippets.length - missing.length,
    withTotal: withSnippets.length,
    withoutAbsent: withoutSnippets.length - leftIn.length,
    withoutTotal: withoutSnippets.length,
    missing,
    leftIn,
  };
}
