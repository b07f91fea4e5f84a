import type { ArticleView } from '../extract/article-types';

/** Everything the popup can be showing; one state at a time, never a blank popup. */
export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'article'; article: ArticleView }
  | { kind: 'not-article'; article: ArticleView }
  | { kind: 'cannot-read'; reason: CannotReadReason; elements?: number; limit?: number }
  | { kind: 'error'; message: string };

/**
 * Browser pages, extension stores, local files without file access, any other refusal, and pages
 * above the size limit (with their element count and the limit).
 */
export type CannotReadReason = 'browserPage' | 'storePage' | 'localFile' | 'refused' | 'tooLarge';

export function stateForArticle(article: ArticleView): ReaderState {
  return article.looksLikeArticle ? { kind: 'article', article } : { kind: 'not-article', article };
}
