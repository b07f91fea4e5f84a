import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleView as Article } from '../lib/extract/article-types';
import type { KeepActions } from './keep-menu';
import { t } from './messages';

const NOTICE_MS = 6000;

/** Copy and save work from the rendered, sanitised body, so they give exactly what the reader shows. */
export function useKeepActions(
  article: Article,
  bodyRef: RefObject<HTMLElement | null>,
  announce: (text: string) => void,
  print: () => void,
): KeepActions {
  const run = (action: (exporter: typeof import('./export-article'), body: HTMLElement) => Promise<string> | string) => () => {
    const body = bodyRef.current;
    if (!body) return;
    import('./export-article')
      .then((exporter) => action(exporter, body))
      .then(announce, (error: unknown) => announce(t('copyFailed', error instanceof Error ? error.message : String(error))));
  };
  return {
    // Member access, not destructuring: WXT's auto-import would see the bare names and import the chunk eagerly.
    copyMarkdown: run(async (exporter, body) => {
      await navigator.clipboard.writeText(exporter.markdownOf(article, body));
      return t('copiedMarkdown', article.title);
    }),
    saveHtml: run((exporter, body) => t('savedFile', exporter.saveArticle(article, body, 'html'))),
    saveMarkdown: run((exporter, body) => t('savedFile', exporter.saveArticle(article, body, 'md'))),
    print,
  };
}

/** A short message for everyone: shown for a few seconds and said politely by screen readers. */
export function useNotice(): [string, (text: string) => void] {
  const [notice, setNotice] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    clearTimeout(timer.current);
    setNotice(text);
    timer.current = setTimeout(() => setNotice(''), NOTICE_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [notice, announce];
}
