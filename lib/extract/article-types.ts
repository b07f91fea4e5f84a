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
}
