import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeArticleHtml, sanitizeDir, sanitizeLang } from '@/lib/sanitize/sanitize-article';
import { watchMissingImages } from './missing-images';

/** A block the reader removed, shown again on request (`r`) where it was. */
export interface ShownRemovedBlock {
  /** Untrusted, like the article: sanitised here. */
  html: string;
  /** The last words of the text before the block on the page. */
  after?: string;
  /** "Removed: share bars", in the UI language. */
  label: string;
}

export interface ArticleBodyProps {
  /** Untrusted article HTML, straight from the content script (ArticleView.html). */
  html: string;
  /** From the page too: only a well-formed language tag and ltr/rtl/auto reach the DOM. */
  lang: string;
  dir: string;
  /** Removed blocks to show where they were; those whose place is not in this body are left out. */
  removed?: readonly ShownRemovedBlock[];
  /** Put removed blocks whose place was not found at the end of this body (the story's last page). */
  placeUnmatched?: boolean;
}

/** Where a removed block can follow: after the text block whose words it followed on the page. */
const ANCHOR_CANDIDATES = 'p, li, h2, h3, h4, h5, h6, blockquote, figcaption, td, dd, pre';

/**
 * The only component that puts article HTML into the popup (tests/unit/html-sinks.test.ts
 * enforces it). The HTML is sanitised here, at the point of use, because the content script's
 * output is untrusted. The sanitised fragment is inserted as nodes: no serialise/parse round
 * trip, so what DOMPurify checked is exactly what the popup gets.
 */
export function ArticleBody({ html, lang, dir, removed, placeUnmatched = false }: ArticleBodyProps) {
  const ref = useRef<HTMLDivElement>(null);

  // Registered before the article goes in, so no image can fail unseen.
  useLayoutEffect(() => (ref.current ? watchMissingImages(ref.current) : undefined), []);

  // Layout effect: the article is in place before paint, so there is no empty frame and
  // scrolling to an outline section right after render finds its heading.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    root.replaceChildren(sanitizeArticleHtml(html, window));
    if (removed?.length) placeRemovedBlocks(root, removed, placeUnmatched);
  }, [html, removed, placeUnmatched]);

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

function placeRemovedBlocks(root: HTMLElement, blocks: readonly ShownRemovedBlock[], placeUnmatched: boolean): void {
  const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
  const anchors = [...root.querySelectorAll(ANCHOR_CANDIDATES)].map((element) => ({ element, text: normalize(element.textContent) }));
  for (const block of blocks) {
    const after = normalize(block.after ?? '');
    const anchor = after ? anchors.findLast((candidate) => candidate.text.endsWith(after)) : undefined;
    if (!anchor && !placeUnmatched) continue;
    const aside = root.ownerDocument.createElement('aside');
    aside.className = 'removed-block';
    aside.setAttribute('data-testid', 'removed-block');
    const label = root.ownerDocument.createElement('p');
    label.className = 'removed-block__label';
    label.textContent = block.label;
    aside.append(label, sanitizeArticleHtml(block.html, window));
    // A list item's place is after its list: an aside inside a list would break it.
    const container = anchor?.element.closest('ul, ol, table, dl');
    const place = anchor ? (container && root.contains(container) ? container : anchor.element) : null;
    // Several blocks can follow one paragraph: they keep their order after it.
    let last = place;
    while (last?.nextElementSibling?.classList.contains('removed-block')) last = last.nextElementSibling;
    if (last) last.after(aside);
    else root.append(aside);
  }
}
