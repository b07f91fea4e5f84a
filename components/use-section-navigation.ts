import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { OutlineItem } from '../lib/extract/article-types';

/** A heading counts as "the current section" once it is this close to the top of the view. */
const CURRENT_THRESHOLD_PX = 24;
/** Breathing room above a heading after a jump. */
const JUMP_MARGIN_PX = 8;
/** How long a jump keeps its target in place while photos around it finish loading. */
const SETTLE_MS = 3000;

export interface SectionNavigation {
  currentId: string | null;
  goTo: (id: string) => void;
  next: () => void;
  previous: () => void;
  byNumber: (n: number) => boolean;
  top: () => void;
  bottom: () => void;
  scrollByPage: (fraction: number) => void;
  /** To the next (+1) or previous (−1) page of a story split over pages; false when there is none. */
  jumpPage: (direction: 1 | -1) => boolean;
}

/**
 * Section jumps and scroll-spy over the article view. The current section is the last heading that
 * has reached the top of the view, so the outline follows the reader while they scroll.
 */
export function useSectionNavigation(
  viewRef: RefObject<HTMLElement | null>,
  outline: OutlineItem[],
): SectionNavigation {
  const [currentId, setCurrentId] = useState<string | null>(null);
  const stopSettling = useRef<() => void>(() => undefined);

  /**
   * Scrolls with `align`, then aligns again each time a photo in the article loads or fails, for a few
   * seconds: lazy photos near the target take their height only once the jump brings them close, and
   * would push the target away. A reader who scrolls meanwhile keeps their own position. The second
   * alignment waits for the next frame, after every other handler of the event: a photo that failed
   * gives way to its words only then (missing-images.ts), and aligning before that left the target
   * a photo's height off.
   */
  const scrollAndSettle = useCallback(
    (align: (view: HTMLElement) => void) => {
      const view = viewRef.current;
      if (!view) return;
      stopSettling.current();
      align(view);
      let landed = view.scrollTop;
      let frame = 0;
      const onMediaSettled = () => {
        if (Math.abs(view.scrollTop - landed) >= 2) return stop();
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => {
          align(view);
          landed = view.scrollTop;
        });
      };
      const timer = setTimeout(() => stop(), SETTLE_MS);
      const stop = () => {
        clearTimeout(timer);
        cancelAnimationFrame(frame);
        view.removeEventListener('load', onMediaSettled, true);
        view.removeEventListener('error', onMediaSettled, true);
      };
      // load and error do not bubble, but they can be caught on the way down.
      view.addEventListener('load', onMediaSettled, true);
      view.addEventListener('error', onMediaSettled, true);
      stopSettling.current = stop;
    },
    [viewRef],
  );
  useEffect(() => () => stopSettling.current(), []);

  const headingOffsets = useCallback((): number[] => {
    const view = viewRef.current;
    if (!view) return [];
    const viewTop = view.getBoundingClientRect().top;
    return outline.map((item) => {
      const heading = view.querySelector(`#${CSS.escape(item.id)}`);
      return heading ? heading.getBoundingClientRect().top - viewTop : Number.POSITIVE_INFINITY;
    });
  }, [viewRef, outline]);

  const currentIndex = useCallback((): number => {
    const offsets = headingOffsets();
    let index = -1;
    offsets.forEach((offset, i) => {
      if (offset <= CURRENT_THRESHOLD_PX) index = i;
    });
    return index;
  }, [headingOffsets]);

  const refresh = useCallback(() => {
    setCurrentId(outline[currentIndex()]?.id ?? null);
  }, [outline, currentIndex]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    refresh();
    view.addEventListener('scroll', refresh, { passive: true });
    return () => view.removeEventListener('scroll', refresh);
  }, [viewRef, refresh]);

  const goTo = useCallback(
    (id: string) => {
      if (!viewRef.current?.querySelector(`#${CSS.escape(id)}`)) return;
      scrollAndSettle((view) => {
        const heading = view.querySelector(`#${CSS.escape(id)}`);
        if (!heading) return;
        const offset = heading.getBoundingClientRect().top - view.getBoundingClientRect().top;
        view.scrollTop += offset - JUMP_MARGIN_PX;
      });
      setCurrentId(id);
    },
    [viewRef, scrollAndSettle],
  );

  const goToIndex = useCallback(
    (index: number) => {
      const item = outline[index];
      if (item) goTo(item.id);
    },
    [outline, goTo],
  );

  const top = useCallback(() => {
    if (viewRef.current) viewRef.current.scrollTop = 0;
    refresh();
  }, [viewRef, refresh]);

  // The end of the text, at the bottom of the view: not the blank room left after it for section jumps.
  const bottom = useCallback(() => {
    scrollAndSettle((view) => {
      const end = view.querySelector('.article__end-space');
      const textEnd = end ? end.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop : view.scrollHeight;
      view.scrollTop = Math.max(0, textEnd - view.clientHeight);
    });
    refresh();
  }, [scrollAndSettle, refresh]);

  const next = useCallback(() => {
    goToIndex(Math.min(outline.length - 1, currentIndex() + 1));
  }, [outline, currentIndex, goToIndex]);

  // Mid-section, "previous" first returns to the start of the section being read, as in most readers.
  const previous = useCallback(() => {
    const index = currentIndex();
    const offset = headingOffsets()[index] ?? 0;
    if (index >= 0 && offset < -JUMP_MARGIN_PX * 2) goToIndex(index);
    else if (index <= 0) top();
    else goToIndex(index - 1);
  }, [currentIndex, headingOffsets, goToIndex, top]);

  // Digits address the top-level sections, so "3" is the third numbered item of a list article.
  const byNumber = useCallback(
    (n: number): boolean => {
      const topLevel = outline.filter((item) => item.level === 2);
      const target = (topLevel.length > 0 ? topLevel : outline)[n - 1];
      if (!target) return false;
      goTo(target.id);
      return true;
    },
    [outline, goTo],
  );

  const scrollByPage = useCallback(
    (fraction: number) => {
      const view = viewRef.current;
      if (view) view.scrollTop += view.clientHeight * fraction;
    },
    [viewRef],
  );

  // Like sections: mid-page, "previous" first returns to the start of the page being read.
  const jumpPage = useCallback(
    (direction: 1 | -1): boolean => {
      const view = viewRef.current;
      const pages = [...(view?.querySelectorAll<HTMLElement>('.article__page') ?? [])];
      if (!view || pages.length < 2) return false;
      const offsetOf = (page: HTMLElement) => page.getBoundingClientRect().top - view.getBoundingClientRect().top;
      const current = pages.reduce((found, page, index) => (offsetOf(page) <= CURRENT_THRESHOLD_PX ? index : found), 0);
      const backToStart = direction < 0 && offsetOf(pages[current]!) < -JUMP_MARGIN_PX * 2;
      const target = backToStart ? current : current + direction;
      if (target < 0 || target >= pages.length) return false;
      if (target === 0) top();
      else scrollAndSettle(() => (view.scrollTop += offsetOf(pages[target]!) - JUMP_MARGIN_PX));
      refresh();
      return true;
    },
    [viewRef, top, scrollAndSettle, refresh],
  );

  return { currentId, goTo, next, previous, byNumber, top, bottom, scrollByPage, jumpPage };
}
