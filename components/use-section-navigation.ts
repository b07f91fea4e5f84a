import type { RefObject } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OutlineItem } from '../lib/extract/article-types';

/** A heading counts as "the current section" once it is this close to the top of the view. */
const CURRENT_THRESHOLD_PX = 24;
/** Breathing room above a heading after a jump. */
const JUMP_MARGIN_PX = 8;

export interface SectionNavigation {
  currentId: string | null;
  goTo: (id: string) => void;
  next: () => void;
  previous: () => void;
  byNumber: (n: number) => boolean;
  top: () => void;
  bottom: () => void;
  scrollByPage: (fraction: number) => void;
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
      const view = viewRef.current;
      const heading = view?.querySelector(`#${CSS.escape(id)}`);
      if (!view || !heading) return;
      const offset = heading.getBoundingClientRect().top - view.getBoundingClientRect().top;
      view.scrollTop += offset - JUMP_MARGIN_PX;
      setCurrentId(id);
    },
    [viewRef],
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
  // Photos on the way may still be loading and push the end down, so it is followed until they are in,
  // unless the reader has scrolled away meanwhile.
  const bottom = useCallback(() => {
    const view = viewRef.current;
    if (!view) return;
    const scrollToEnd = () => {
      const end = view.querySelector('.article__end-space');
      const textEnd = end ? end.getBoundingClientRect().top - view.getBoundingClientRect().top + view.scrollTop : view.scrollHeight;
      view.scrollTop = Math.max(0, textEnd - view.clientHeight);
      return view.scrollTop;
    };
    let landed = scrollToEnd();
    for (const image of view.querySelectorAll('img')) {
      if (image.complete) continue;
      image.addEventListener('load', () => {
        if (Math.abs(view.scrollTop - landed) < 2) landed = scrollToEnd();
      }, { once: true });
    }
    refresh();
  }, [viewRef, refresh]);

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

  return { currentId, goTo, next, previous, byNumber, top, bottom, scrollByPage };
}
