import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleView } from '../lib/extract/article-types';
import type { ReadingPosition } from '../lib/reading-position/reading-positions';
import type { PositionStore } from './reader-app';

/** Scrolling stops for this long before the place is written down. */
const SAVE_DELAY_MS = 400;

export interface ReadingPlace {
  /** The place saved last time, offered until it is used, dismissed, or the reader scrolls on. */
  offer: ReadingPosition | null;
  resume: () => boolean;
  dismiss: () => void;
}

/**
 * Keeps where the reader is in this article, and offers to go back there when it is opened again.
 * The place is a share of the article's height, so it survives a change of text size or window.
 */
export function useReadingPosition(
  viewRef: RefObject<HTMLElement | null>,
  article: ArticleView,
  currentId: string | null,
  store: PositionStore | undefined,
): ReadingPlace {
  const [offer, setOffer] = useState<ReadingPosition | null>(null);
  const current = useRef({ currentId, title: '' });
  current.current = { currentId, title: article.outline.find((item) => item.id === currentId)?.text ?? '' };

  useEffect(() => {
    let cancelled = false;
    store?.loadOffer(article.url).then((found) => !cancelled && setOffer(found), () => undefined);
    return () => {
      cancelled = true;
    };
  }, [store, article.url]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !store) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      void store.save(article.url, {
        sectionId: current.current.currentId,
        sectionTitle: current.current.title,
        progress: scrollProgress(view),
        savedAt: Date.now(),
      });
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    // A popup closes without warning: the last scroll is saved by the timer, or here when the page goes away.
    const onHide = () => timer !== undefined && save();
    view.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', onHide);
    return () => {
      view.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', onHide);
      onHide();
    };
  }, [viewRef, store, article.url]);

  const resume = useCallback(() => {
    const view = viewRef.current;
    if (!view || !offer) return false;
    view.scrollTop = offer.progress * contentHeight(view);
    setOffer(null);
    view.focus({ preventScroll: true });
    return true;
  }, [viewRef, offer]);

  return { offer, resume, dismiss: () => setOffer(null) };
}

/** The article's own height: the space left after it for the last section to reach the top does not count. */
function contentHeight(view: HTMLElement): number {
  const body = view.querySelector<HTMLElement>('[data-testid=article-text]');
  if (!body) return view.scrollHeight;
  return body.getBoundingClientRect().bottom - view.getBoundingClientRect().top + view.scrollTop;
}

function scrollProgress(view: HTMLElement): number {
  return Math.min(1, Math.max(0, view.scrollTop / Math.max(1, contentHeight(view))));
}
