import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticleHtml, sanitizeDir, sanitizeLang } from '@/lib/sanitize/sanitize-article';

export interface ArticleBodyProps {
  /** Untrusted article HTML, straight from the content script (ArticleView.html). */
  html: string;
  /** From the page too: only a well-formed language tag and ltr/rtl/auto reach the DOM. */
  lang: string;
  dir: string;
}

/**
 * The only component that puts article HTML into the popup (tests/unit/html-sinks.test.ts
 * enforces it). The HTML is sanitised here, at the point of use, because the content script's
 * output is untrusted. The sanitised fragment is inserted as nodes: no serialise/parse round
 * trip, so what DOMPurify checked is exactly what the popup gets.
 */
export function ArticleBody({ html, lang, dir }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Layout effect: the article is in place before paint, so there is no empty frame and
  // scrolling to an outline section right after render finds its heading.
  useLayoutEffect(() => {
    ref.current?.replaceChildren(sanitizeArticleHtml(html, window));
  }, [html]);

  return (
    <div
      ref={ref}
      data-testid="article-body"
      class="article-body"
      lang={sanitizeLang(lang) || undefined}
      dir={sanitizeDir(dir)}
    />
  );
}
