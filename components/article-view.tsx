import type { ComponentChildren, RefObject } from 'preact';
import type { ArticleView as Article } from '../lib/extract/article-types';
import type { StitchedArticle } from '../lib/pagination/stitch-pages';
import { ArticleBody, type ShownRemovedBlock } from './article-body';
import { formatDate, formatMinutes, formatNumber, t } from './messages';
import { RemovalSummary } from './removal-summary';

export interface ArticleViewProps {
  article: Article | StitchedArticle;
  viewRef: RefObject<HTMLElement | null>;
  /** Shown above the article: the offer to continue where the reader left off. */
  children?: ComponentChildren;
  /** Shown after the text: how reading the story's later pages is going. */
  footer?: ComponentChildren;
  /** The removed blocks, shown where they were while the reader asks for them (`r`). */
  removed?: readonly ShownRemovedBlock[];
  onKeep?: Parameters<typeof RemovalSummary>[0]['onKeep'];
}

/** The scrolling column and the page's one main landmark: metadata above, then the body, then room for the last section to reach the top. */
export function ArticleView({ article, viewRef, children, footer, removed, onKeep }: ArticleViewProps) {
  return (
    <main class="article-view" data-testid="article-view" ref={viewRef} tabIndex={-1} aria-label={t('articleLabel')}>
      {children}
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
          {/* The page's own words keep the page's language; the UI's words and dates are in the UI's. */}
          <p class="article__meta" data-testid="article-meta" lang={t('locale')} dir="auto">
            {[article.siteName && <bdi>{article.siteName}</bdi>, formatDate(article.publishedTime), t('readingTime', formatMinutes(article.readingMinutes))]
              .filter(Boolean)
              .flatMap((part, index) => (index === 0 ? [part] : [' · ', part]))}
          </p>
          <RemovalSummary removals={article.removals} onKeep={onKeep} />
        </header>
        <div class="article__text" data-testid="article-text">
          {'pages' in article && article.pages.length > 1 ? (
            article.pages.map((page, index, pages) => (
              <section key={page.page} class="article__page" data-page={page.page} aria-label={pageLabel(page.page, article.pageCount)}>
                {page.page > 1 && (
                  <p class="page-break" data-testid="page-break" aria-hidden="true">
                    {pageLabel(page.page, article.pageCount)}
                  </p>
                )}
                <ArticleBody html={page.html} lang={article.lang} dir={article.dir} removed={removed} placeUnmatched={index === pages.length - 1} />
              </section>
            ))
          ) : (
            <ArticleBody html={article.html} lang={article.lang} dir={article.dir} removed={removed} placeUnmatched />
          )}
        </div>
        {footer}
        <div class="article__end-space" aria-hidden="true" />
      </article>
    </main>
  );
}

/** "Page 2 of 3", or "Page 2" while the pager has not said how many there are. */
function pageLabel(page: number, pageCount: number): string {
  return pageCount >= page
    ? t('pageSeparator', formatNumber(page), formatNumber(pageCount))
    : t('pageSeparatorOpen', formatNumber(page));
}
