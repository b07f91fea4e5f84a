/** Chromium and Firefox never make a toolbar popup larger than this. */
const POPUP_MAX = { width: 800, height: 600 } as const;

/**
 * The browser sizes a toolbar popup from its content's preferred size, then squeezes it to fit a narrow
 * window. A layout that fills 100% has no preferred size and opens as a sliver; a fixed 800×600 layout
 * spills out of a squeezed popup. So the reader asks for 800×600, and once the popup has its real size,
 * it takes exactly that size (--popup-width, --popup-height in reader.css).
 */
export function fitPopupToWindow(root: HTMLElement = document.documentElement): () => void {
  const fit = () => {
    const width = Math.min(POPUP_MAX.width, window.innerWidth);
    const height = Math.min(POPUP_MAX.height, window.innerHeight);
    // Before the popup is laid out its window can report 0; keep asking for the full size until then.
    if (width < 100 || height < 100) return;
    root.style.setProperty('--popup-width', `${width}px`);
    root.style.setProperty('--popup-height', `${height}px`);
  };
  fit();
  window.addEventListener('resize', fit);
  return () => window.removeEventListener('resize', fit);
}
