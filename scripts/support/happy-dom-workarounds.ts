/**
 * Source rewrites for happy-dom 21 parser bugs that silently drop the rest of a page (all
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
/**
 * Comments before the document (a test page's notes naming `<svg onload>`, `<script>`, `<style>`)
 * are not drawings. Further down, `<!--` also turns up inside scripts, so only these are passed over.
 */
const LEADING_COMMENTS = /^(?:\s*<!--[\s\S]*?-->)*/;
const RAW_TEXT_IN_SVG = /<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** `</span-->`: the end-tag pattern wins over the comment end, so the comment never closes. */
const END_TAG_BEFORE_COMMENT_END = /<\/([^\s/!>?]+?)-->/g;
/**
 * `r<e.length;…})()</script>`: inside a script, happy-dom still matches `<name` as a start tag,
 * and a name with no space, `/`, `!`, `>` or `?` before `</script>` swallows the end tag's `<`.
 */
const NAME_RUN_INTO_RAW_TEXT_END = /(<[^\s/!>?]*)(<\/(?:script|style)\b)/gi;

/** Elements a parser keeps in <head>; any other start tag opens the body. */
const HEAD_CONTENT = new Set(['html', 'head', 'base', 'basefont', 'bgsound', 'link', 'meta', 'noframes', 'noscript', 'script', 'style', 'template', 'title']);
/** Comments and raw-text blocks are skipped whole; the first group of a tag match is its name. */
const HEAD_TOKENS = /<!--[\s\S]*?-->|<(script|style|title|noscript|template|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>|<([a-zA-Z][^\s/>]*)/gi;

/** Puts the `<body>` a browser would imply before the first element that cannot be in <head>. */
function insertImpliedBody(html: string): string {
  if (/<body\b/i.test(html)) return html;
  const head = html.search(/<head\b/i);
  if (head < 0) return html;
  HEAD_TOKENS.lastIndex = head;
  for (let match = HEAD_TOKENS.exec(html); match; match = HEAD_TOKENS.exec(html)) {
    const name = match[2]?.toLowerCase();
    if (name && !HEAD_CONTENT.has(name)) return `${html.slice(0, match.index)}<body>${html.slice(match.index)}`;
  }
  return html;
}

export const PARSER_WORKAROUNDS: ParserWorkaround[] = [
  {
    id: 'svg-style',
    // https://github.com/capricorn86/happy-dom/issues/2231 (22 of 258 fundus pages: EveningStandard,
    // BusinessInsider, RollingStone logos carry `<defs><style>`).
    why: '<style>/<script> with a closing tag inside <svg> swallows the rest of the document',
    apply: (html) => {
      const comments = LEADING_COMMENTS.exec(html)![0];
      return comments + html.slice(comments.length).replace(SVG_BLOCK, (svg) => svg.replace(RAW_TEXT_IN_SVG, ''));
    },
  },
  {
    id: 'script-end-tag',
    // fundus jp/AsahiShimbun_2025_01_13: `for(r=0;r<e.length;…)…</script>` in <head> leaves an empty body.
    why: 'a "<" in script text followed by no space before "</script>" hides the end tag',
    apply: (html) => html.replace(NAME_RUN_INTO_RAW_TEXT_END, '$1 $2'),
  },
  {
    id: 'implied-body',
    // l3s-gn1 fbf01fe1…: `<head>…<div>` with no </head> or <body> keeps the whole article in <head>
    // (https://github.com/capricorn86/happy-dom/issues/1460).
    why: 'without a <body> tag, body content after an explicit <head> stays in <head>',
    apply: insertImpliedBody,
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
