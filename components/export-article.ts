import type { ArticleView as Article } from '../lib/extract/article-types';
import { articleHtmlFile } from '../lib/export/article-html-file';
import { articleMarkdown } from '../lib/export/article-markdown';
import type { ArticleSource } from '../lib/export/article-source';
import { articleFileName } from '../lib/export/file-name';
import { formatDate } from './messages';

// Loaded on first use (Turndown is most of this chunk), so the reader opens as fast as before.

/** Page markers and the removed blocks `r` shows are the reader's, not the article's. */
const NOT_THE_TEXT = '[aria-hidden="true"], .removed-block';
const PAGE_WRAPPER = 'section.article__page';

export function markdownOf(article: Article, shown: Element): string {
  return articleMarkdown(sourceOf(article), articleOnly(shown));
}

/** Downloads the article as a clean HTML or Markdown file named after its title; returns the file name. */
export function saveArticle(article: Article, shown: Element, format: 'html' | 'md'): string {
  const name = articleFileName(article.title, format);
  const body = articleOnly(shown);
  const file = format === 'html' ? articleHtmlFile(sourceOf(article), body) : articleMarkdown(sourceOf(article), body);
  downloadText(name, file, format === 'html' ? 'text/html' : 'text/markdown');
  return name;
}

/** A copy of the shown text with only the article in it: the pages of a split story joined as one. */
function articleOnly(shown: Element): Element {
  const copy = shown.cloneNode(true) as Element;
  for (const added of Array.from(copy.querySelectorAll(NOT_THE_TEXT))) added.remove();
  for (const page of Array.from(copy.querySelectorAll(PAGE_WRAPPER))) page.replaceWith(...Array.from(page.childNodes));
  return copy;
}

function sourceOf(article: Article): ArticleSource {
  const { title, byline, siteName, url, standfirst, lang, outline } = article;
  return { title, byline, siteName, url, standfirst, lang, outline, date: formatDate(article.publishedTime) };
}

/**
 * An `<a download>` on a Blob URL saves without the `downloads` permission, in the popup and the
 * tab alike. The URL is revoked once the browser has had time to start the download.
 */
function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
