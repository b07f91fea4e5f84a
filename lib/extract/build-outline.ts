import type { OutlineItem } from './article-types';
import { comparableText, normalizedText } from './text-blocks';

const MAX_SLUG_CHARS = 60;

/**
 * Gives every section heading of the article a stable id derived from its text (the same page
 * gives the same ids) and returns the outline. Levels are relative: the top level present is 2.
 */
export function buildOutline(root: Element, title = ''): OutlineItem[] {
  const seen = new Set<string>();
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => {
    const text = normalizedText(heading);
    const key = comparableText(text);
    // A repeated heading is a teaser shown twice, and one that holds the title is a kicker over it.
    if (key.length === 0 || seen.has(key) || repeatsTitle(key, comparableText(title))) return false;
    seen.add(key);
    return true;
  });
  const topLevel = Math.min(...headings.map(headingLevel));
  const used = new Set<string>();
  return headings.map((heading, index) => {
    const text = normalizedText(heading);
    const id = uniqueId(slugify(text) || `section-${index + 1}`, used);
    heading.setAttribute('id', id);
    return { id, level: headingLevel(heading) - topLevel + 2, text };
  });
}

function headingLevel(heading: Element): number {
  return Number(heading.tagName.slice(1));
}

function repeatsTitle(heading: string, title: string): boolean {
  return title.length > 0 && (heading === title || (title.length >= 20 && heading.includes(title)));
}

/** Latin text keeps its words ("sec-1-rencana-sudah…"); other scripts fall back to a number. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/g, '');
}

function uniqueId(slug: string, used: Set<string>): string {
  let id = `sec-${slug}`;
  for (let n = 2; used.has(id); n += 1) id = `sec-${slug}-${n}`;
  used.add(id);
  return id;
}
