/**
 * Source rewrites for two happy-dom 21 parser bugs that silently drop the rest of a page (all
 * three extractors then see an empty article). Browsers parse these pages fine, so without the
 * rewrites the CLI and the bench would measure happy-dom instead of the extractor. Each rewrite is
 * a no-op for what a browser would render as text.
 */

export interface ParserWorkaround {
  id: string;
  why: string;
  apply(html: string): string;
}

const SVG_BLOCK = /<svg\b[\s\S]*?<\/svg\s*>/gi;
const RAW_TEXT_IN_SVG = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** `</span-->`: the end-tag pattern wins over the comment end, so the comment never closes. */
const END_TAG_BEFORE_COMMENT_END = /<\/([^\s/!>?]+?)-->/g;

export const PARSER_WORKAROUNDS: ParserWorkaround[] = [
  {
    id: 'svg-style',
    // https://github.com/capricorn86/happy-dom/issues/2231 (22 of 258 fundus pages: EveningStandard,
    // BusinessInsider, RollingStone logos carry `<defs><style>`).
    why: '<style>/<script> with a closing tag inside <svg> swallows the rest of the document',
    apply: (html) => html.replace(SVG_BLOCK, (svg) => svg.replace(RAW_TEXT_IN_SVG, '')),
  },
  {
    id: 'comment-end-tag',
    // newspaper4k chinese_article.html: `<!--span class="tagline">(none)</span-->` hides the article.
    why: 'a comment ending in an end tag ("</span-->") is never closed',
    apply: (html) => html.replace(END_TAG_BEFORE_COMMENT_END, '</$1 -->'),
  },
];

/** The page source with every workaround applied, and which of them changed something. */
export function applyParserWorkarounds(html: string): { html: string; applied: string[] } {
  const applied: string[] = [];
  let current = html;
  for (const workaround of PARSER_WORKAROUNDS) {
    const next = workaround.apply(current);
    if (next !== current) applied.push(workaround.id);
    current = next;
  }
  return { html: current, applied };
}
