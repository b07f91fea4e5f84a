import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleView } from '../lib/extract/article-types';
import type { ReadAllOptions, ReadAllResult, ReadingStep } from '../lib/pagination/read-all-pages';
import type { StitchedArticle } from '../lib/pagination/stitch-pages';

/** Reads the story's later pages from the pages read so far: the popup asks the tab, tests answer from fixtures. */
export type ReadLaterPages = (
  readSoFar: ArticleView[],
  callbacks: Pick<ReadAllOptions, 'onReading' | 'onRead'>,
) => Promise<ReadAllResult>;

export interface WholeStory {
  /** Page 1 at first, then the story stitched so far. */
  article: ArticleView | StitchedArticle;
  /** The page being read now, for "Reading page 2 of 3…". */
  reading: ReadingStep | null;
  /** The page that could not be read; what came before it is shown, and Retry goes on from there. */
  failedPage: number | null;
  /** `reading` until every page that will be read is in; `done` for a story of one page. */
  status: 'reading' | 'done' | 'failed';
  retry: () => void;
}

/**
 * A story split over pages is read whole: page 1 shows at once, and each later page is appended as
 * it arrives. Nothing is read unless page 1 found links to the story's own next pages.
 */
export function useWholeStory(first: ArticleView, readLaterPages: ReadLaterPages | undefined): WholeStory {
  const [article, setArticle] = useState<ArticleView | StitchedArticle>(first);
  const [reading, setReading] = useState<ReadingStep | null>(null);
  const [failedPage, setFailedPage] = useState<number | null>(null);
  const [finished, setFinished] = useState(!first.pageLinks || !readLaterPages);
  const pagesRead = useRef<ArticleView[]>([first]);
  const alive = useRef(true);

  const readOn = useCallback(() => {
    if (!readLaterPages) return;
    setFailedPage(null);
    setFinished(false);
    readLaterPages(pagesRead.current, {
      onReading: (step) => alive.current && setReading(step),
      onRead: (stitched) => alive.current && setArticle(stitched),
    }).then(
      (result) => {
        if (!alive.current) return;
        pagesRead.current = result.pages;
        setArticle(result.article);
        setReading(null);
        setFinished(true);
        if (result.failure) setFailedPage(result.failure.page);
      },
      () => {
        if (!alive.current) return;
        setReading(null);
        setFinished(true);
        setFailedPage(pagesRead.current.length + 1);
      },
    );
  }, [readLaterPages]);

  useEffect(() => {
    alive.current = true;
    if (first.pageLinks) readOn();
    return () => {
      alive.current = false;
    };
  }, [first, readOn]);

  const status = failedPage !== null ? 'failed' : finished ? 'done' : 'reading';
  return { article, reading, failedPage, status, retry: readOn };
}
