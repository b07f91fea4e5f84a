import type { OutlineItem } from '../extract/article-types';

/** What an exported copy says above the text; `date` is already formatted for the reader. */
export interface ArticleSource {
  title: string;
  byline: string;
  siteName: string;
  date: string;
  url: string;
  standfirst: string;
  lang: string;
  outline: readonly OutlineItem[];
}

/** Byline, site and date in one line, skipping what the page did not give. */
export function creditLine(source: Pick<ArticleSource, 'byline' | 'siteName' | 'date'>): string {
  return [source.byline, source.siteName, source.date].filter(Boolean).join(' · ');
}

/** Only web addresses are worth linking back to: a file:// or extension address means nothing elsewhere. */
export function linkableUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '';
}
