import type { ArticleView } from '../extract/article-types';

/** Everything the popup can be showing; one state at a time, never a blank popup. */
export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'article'; article: ArticleView }
  | { kind: 'not-article'; article: ArticleView }
  | { kind: 'cannot-read'; reason: string; hint: string }
  | { kind: 'error'; message: string };

export function stateForArticle(article: ArticleView): ReaderState {
  return article.looksLikeArticle ? { kind: 'article', article } : { kind: 'not-article', article };
}
