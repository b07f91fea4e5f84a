import type { ReaderState } from '@/lib/reader/reader-state';

/**
 * Performance marks for `npm run bench:speed`: the popup's own clock starts when the toolbar button
 * is clicked (the popup document is created then), so the "shown" mark's time is click to article.
 */
export const POPUP_START_MARK = 'reader:popup-start';
export const ARTICLE_SHOWN_MARK = 'reader:article-shown';
export const ANSWER_SHOWN_MARK = 'reader:answer-shown';

export function markPopupStart(): void {
  performance.mark(POPUP_START_MARK);
}

/**
 * Marks once the state is on screen: Preact renders the state in a microtask, the frame after it
 * paints it, and a task queued from that frame runs after the paint.
 */
export function markWhenShown(state: ReaderState): ReaderState {
  requestAnimationFrame(() =>
    setTimeout(() => performance.mark(state.kind === 'article' ? ARTICLE_SHOWN_MARK : ANSWER_SHOWN_MARK, { detail: state.kind })),
  );
  return state;
}
