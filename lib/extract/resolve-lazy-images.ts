import { elementsByTag } from './elements-by-tag';
/** Attributes where lazy loaders park the real image until it scrolls into view. */
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
/** Stand-ins shown before the real image loads: tiny data URIs, spacers, placeholders. */
const PLACEHOLDER_SOURCE = /^data:|placeholder|blank\.|spacer|transparent|lazy|loading|grey\.|gray\./i;
/** Every attribute that may hold an image's address, before or after the lazy loader runs. */
export const IMAGE_ADDRESS_ATTRIBUTES = ['src', 'srcset', ...LAZY_SOURCE_ATTRIBUTES, ...LAZY_SRCSET_ATTRIBUTES];

/** A stand-in many images share, which tells one photo from another no more than an empty `src`. */
export function isPlaceholderSource(address: string): boolean {
  return PLACEHOLDER_SOURCE.test(address);
}

/**
 * Puts each image's real address in `src`, so the reader shows photos a page had not loaded yet
 * (IDN Times `img.lazyload[data-src]`, `<noscript>` fallbacks). Readability does this only inside the
 * text it picks; the lead photo above the text needs it too.
 */
export function resolveLazyImages(root: Element): number {
  let resolved = 0;
  for (const image of elementsByTag(root, 'img')) {
    const current = image.getAttribute('src') ?? '';
    if (current && !isPlaceholderSource(current)) continue;
    const lazySource = LAZY_SOURCE_ATTRIBUTES.map((name) => image.getAttribute(name)).find(isImageUrl);
    const lazySrcset = LAZY_SRCSET_ATTRIBUTES.map((name) => image.getAttribute(name)).find(Boolean);
    if (lazySource) image.setAttribute('src', lazySource);
    if (lazySrcset) image.setAttribute('srcset', lazySrcset);
    if (lazySource || lazySrcset) resolved += 1;
  }
  return resolved;
}

/** Lazy attributes are page data: only web addresses become a `src`, never `javascript:` or JSON. */
function isImageUrl(value: string | null): value is string {
  const url = value?.trim() ?? '';
  return url !== '' && (/^(https?:)?\/\//i.test(url) || /^[./]?[\w-]/.test(url)) && !/^[\w+.-]+:(?!\/\/)/.test(url);
}

/** Absolute addresses, so images keep working once the HTML leaves the page. */
export function absolutizeImageUrls(root: Element, baseUrl: string): void {
  for (const image of root.querySelectorAll('img, source')) {
    const src = image.getAttribute('src');
    if (src) image.setAttribute('src', absolute(src, baseUrl));
    const srcset = image.getAttribute('srcset');
    if (srcset) {
      image.setAttribute(
        'srcset',
        srcset
          .split(',')
          .map((candidate) => candidate.trim().replace(/^\S+/, (url) => absolute(url, baseUrl)))
          .join(', '),
      );
    }
  }
}

function absolute(url: string, baseUrl: string): string {
  try {
    return new URL(url, baseUrl).href;
  } catch {
    return url;
  }
}
