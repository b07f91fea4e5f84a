import type { RefObject } from 'preact';
import type { ArticleView as Article } from '../lib/extract/article-types';
import { ArticleBody } from './article-body';
import { RemovalSummary } from './removal-summary';

export interface ArticleViewProps {
  article: Article;
  viewRef: RefObject<HTMLDivElement | null>;
}

/** The scrolling column: metadata above, then the body, then room for the last section to reach the top. */
export function ArticleView({ article, viewRef }: ArticleViewProps) {
  return (
    <div class="article-view" data-testid="article-view" ref={viewRef} tabIndex={-1}>
      <article class="article" lang={article.lang || undefined} dir={article.dir}>
        <header class="article__header">
          <h1 class="article__title" data-testid="article-title">
            <bdi>{article.title}</bdi>
          </h1>
          {article.standfirst && (
            <p class="article__standfirst" data-testid="article-standfirst">
              {article.standfirst}
            </p>
          )}
          {article.byline && (
            <p class="article__byline" data-testid="article-byline">
              <bdi>{article.byline}</bdi>
            </p>
          )}
          <p class="article__meta" data-testid="article-meta">
            {[article.siteName, formatDate(article.publishedTime, article.lang), `${article.readingMinutes} min read`]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <RemovalSummary removals={article.removals} />
        </header>
        <ArticleBody html={article.html} lang={article.lang} dir={article.dir} />
        <div class="article__end-space" aria-hidden="true" />
      </article>
    </div>
  );
}

function formatDate(iso: string, lang: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  try {
    return date.toLocaleDateString(lang || undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
