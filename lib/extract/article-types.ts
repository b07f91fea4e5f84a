/** Why a block of the page was left out of the article. */
export type ClutterKind =
  | 'read-also'
  | 'app-promo'
  | 'share'
  | 'follow'
  | 'newsletter'
  | 'related'
  | 'ad'
  | 'continue-reading'
  | 'comments'
  | 'tags'
  | 'author-box'
  | 'navigation'
  | 'modal'
  | 'hidden';

export interface Removal {
  ruleId: string;
  kind: ClutterKind;
  textLength: number;
  /** The block as it was (unsanitised), for showing it again on request; absent for large blocks. */
  html?: string;
  /** The last words of the text before the block, to show it again where it was. */
  after?: string;
}

export interface OutlineItem {
  /** Stable id of the heading inside `html`, usable as a fragment. */
  id: string;
  /** 2 = top-level section, 3 = subsection, and so on. */
  level: number;
  text: string;
}

/** Everything the reader shows, as plain structured-clone-safe data. */
export interface ArticleView {
  title: string;
  byline: string;
  siteName: string;
  /** ISO 8601 when the page states it; empty otherwise. */
  publishedTime: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  excerpt: string;
  /** The summary under the headline, taken out of the body to be shown with the title. */
  standfirst: string;
  /** Unsanitised article HTML: the popup sanitises it before display. */
  html: string;
  outline: OutlineItem[];
  wordCount: number;
  readingMinutes: number;
  url: string;
  /** False when the page does not look like an article (the reader offers "Show anyway"). */
  looksLikeArticle: boolean;
  removals: Removal[];
  /** Set when the page is one of several pages of the story (lib/pagination/find-next-page.ts). */
  pageLinks?: PageLinks;
}

/** What a page says about the rest of its story. */
export interface PageLinks {
  /** The next page of the same story, same origin. */
  nextUrl?: string;
  /** The whole story on one page: read it instead of page by page when it exists. */
  showAllUrl?: string;
  /** The highest page number the pager shows, for "Page 2 of 3"; absent when it shows none. */
  pageCount?: number;
}
