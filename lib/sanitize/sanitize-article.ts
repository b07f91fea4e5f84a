import createDOMPurify, {
  type Config,
  type DOMPurify,
  type UponSanitizeAttributeHookEvent,
  type WindowLike,
} from 'dompurify';

// The one sanitizer for article HTML. The HTML comes from a hostile page (via the content
// script) and is shown in the popup, a privileged extension page, so everything not needed
// to read an article is dropped. Design and sources: shared/design/security.md, section 3.
//
// DOMPurify rules (security.md, section 2): one static config, a dedicated instance per
// window, hooks added once when the instance is created. Never SAFE_FOR_TEMPLATES, IN_PLACE,
// USE_PROFILES, CUSTOM_ELEMENT_HANDLING, ADD_* functions or setConfig: most 2025-26
// DOMPurify advisories need one of them.

/**
 * Article markup only. Not listed, so dropped (their text is kept unless DOMPurify's
 * FORBID_CONTENTS drops it too): forms and their controls (phishing inside trusted UI),
 * iframe/object/embed, svg/math (the main mXSS class), template/dialog, meta/base/link,
 * style, audio/video.
 */
const ALLOWED_TAGS = [
  'a', 'abbr', 'article', 'aside', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite',
  'code', 'col', 'colgroup', 'data', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'i',
  'img', 'ins', 'kbd', 'li', 'main', 'mark', 'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby',
  's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
  // Only ever DOMPurify's own walk root: the parser merges any <body> tag of the input into it,
  // and RETURN_DOM_FRAGMENT returns its children, never it. Not listed, DOMPurify unwraps the
  // root by hoisting deep clones of the unsanitised input into its parse document on every call
  // (seen in Firefox: `<img name=createElement>` then clobbers that document's createElement).
  'body',
];

/**
 * No `style` (UI redressing, CSS exfiltration of popup inputs), no `class`/`name` (popup
 * styles, DOM clobbering), no `on*`, `data-*`, `aria-*`, `target`, `rel`, `popover`.
 * `id` is listed only so DOMPurify lets the heading ids through; ATTRIBUTE_CHECKS.id drops every
 * other id. `target`/`rel` and the image loading attributes are set by setLinkAndImageDefaults.
 */
const ALLOWED_ATTR = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan',
  'scope', 'headers', 'span', 'datetime', 'cite', 'lang', 'dir', 'start', 'reversed', 'type',
  'media', 'value', 'id',
];

/**
 * DOMPurify applies this to every attribute outside its URI-safe list (alt, title, value, id…),
 * not just to URLs. The last two alternations must stay, or `lang="en"` and `width="100"`
 * are stripped. It lets relative URLs through: the hooks below reject those.
 */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.\-]+(?:[^a-z+.\-:]|$))/i;

const SANITIZE_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP,
  // The defaults are true: data-* and aria-* would let the page drive our styles and a11y tree.
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // A fragment owned by DOMPurify's inert document: the caller inserts it without a reparse,
  // so there is no serialise/parse round trip for mutation XSS to exploit.
  RETURN_DOM_FRAGMENT: true,
} satisfies Config & { RETURN_DOM_FRAGMENT: true };

/** Ids lib/extract/build-outline.ts gives headings for the outline. Nothing else keeps an id. */
const HEADING_ID_PATTERN = /^sec-[a-z0-9-]{1,80}$/;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Absolute only: a relative URL would resolve against chrome-extension://<our id>/ and could
 * point at our own pages. The pipeline absolutises URLs before this, so dropping is safe.
 * Two slashes are required, so `https:evil` and `https:\\evil` (parsed by browsers) go too.
 */
const HTTP_URL_PATTERN = /^https?:\/\//i;
const MAILTO_URL_PATTERN = /^mailto:/i;
/** Lowercase `data:` only, because DOMPurify's own data-URI exception is case-sensitive. */
const DATA_IMAGE_URL_PATTERN = /^data:image\//;
/** Elements where `data:image/` is accepted (DOMPurify's DATA_URI_TAGS narrows this again). */
const DATA_IMAGE_TAGS = new Set(['img', 'source']);

/** BCP 47 shape, or empty ("language unknown"). */
const LANG_PATTERN = /^(?:[a-z]{1,8}(?:-[a-z0-9]{1,8})*)?$/i;
const DIR_VALUES = new Set(['ltr', 'rtl', 'auto']);

/** `1x`, `1.5x`, `800w` (and the proposed `600h`); anything else drops its srcset candidate. */
const SRCSET_DESCRIPTOR_PATTERN = /^(?:\d+[wh]|(?:\d+(?:\.\d+)?|\.\d+)x)$/;
const SRCSET_WHITESPACE = /[\t\n\f\r ]/;

// Set on every kept link: open outside the popup, give the page no handle on us, no Referer.
const LINK_DEFAULTS = { target: '_blank', rel: 'noopener noreferrer' } as const;
// Images never tell the page's server that (and from where) the reader opened it.
const IMAGE_DEFAULTS = { loading: 'lazy', decoding: 'async', referrerpolicy: 'no-referrer' } as const;

/** Returns the value to keep (possibly normalised), or null to drop the attribute. */
type AttributeCheck = (value: string, tag: string) => string | null;

/**
 * Value checks by attribute name. DOMPurify has already checked the name against ALLOWED_ATTR
 * and trimmed the value; after a check keeps a value, DOMPurify still applies its own URI and
 * data-URI checks, so a value must pass both.
 */
const ATTRIBUTE_CHECKS: Record<string, AttributeCheck> = {
  href: (value) => (isHttpUrl(value) || isMailtoUrl(value) ? value : null),
  src: (value, tag) => (isImageUrl(value, tag) ? value : null),
  cite: (value) => (isHttpUrl(value) ? value : null),
  srcset: filterSrcset,
  id: (value, tag) => (HEADING_TAGS.has(tag) && HEADING_ID_PATTERN.test(value) ? value : null),
  lang: (value) => sanitizeLang(value) ?? null,
  dir: (value) => sanitizeDir(value) ?? null,
};

const DOCUMENT_FRAGMENT_NODE = 11;

/**
 * Run once per window. DOMPurify reports `isSupported` in DOM implementations where it silently
 * returns nearly unsanitised HTML, e.g. happy-dom 21 (capricorn86/happy-dom#2182: elements have
 * an empty nodeName; #2310: the walk stops after the first unwrapped element). The probe needs
 * an allowed element, an unwrapped one, then a handler and a script after it.
 */
const SELF_TEST_HTML = '<p>a</p><x-probe><b>b</b></x-probe><i onclick="c">c</i><script>d</script>';
const SELF_TEST_EXPECTED_TAGS = 'p b i';

const purifiers = new WeakMap<Window, DOMPurify>();

/**
 * Sanitises untrusted article HTML into a fragment ready for `replaceChildren`.
 * `window` is a parameter so the same code runs in the popup, in happy-dom tests and in Node
 * with happy-dom's Window. Throws rather than returning anything unsanitised.
 */
export function sanitizeArticleHtml(html: string, window: Window): DocumentFragment {
  if (typeof html !== 'string') {
    // DOMPurify would import a Node as is, or stringify other objects.
    throw new TypeError('sanitizeArticleHtml expects an HTML string');
  }
  const fragment: DocumentFragment | null = getPurifier(window).sanitize(html, SANITIZE_CONFIG);
  // Typed as DocumentFragment, but null when parsing leaves no <body>: a leading <frameset>
  // replaces it (xss-payloads.json h5sc-031 in Chromium and Firefox). Nothing to show then.
  if (fragment === null) return window.document.createDocumentFragment();
  if (fragment.nodeType !== DOCUMENT_FRAGMENT_NODE) {
    throw new Error('DOMPurify did not return a DocumentFragment');
  }
  return fragment;
}

/** `lang` if it has the shape of a language tag, else undefined. Also for the article container. */
export function sanitizeLang(value: string): string | undefined {
  return LANG_PATTERN.test(value) ? value : undefined;
}

/** `dir` lowercased if it is ltr, rtl or auto, else undefined. Also for the article container. */
export function sanitizeDir(value: string): 'ltr' | 'rtl' | 'auto' | undefined {
  const lower = value.toLowerCase();
  return DIR_VALUES.has(lower) ? (lower as 'ltr' | 'rtl' | 'auto') : undefined;
}

function getPurifier(window: Window): DOMPurify {
  let purify = purifiers.get(window);
  if (!purify) {
    // lib.dom's Window interface lacks the constructors (DocumentFragment, Element…) that
    // DOMPurify reads from it; every real window, and happy-dom's, has them.
    purify = createDOMPurify(window as unknown as WindowLike);
    // An unsupported instance returns its input unchanged: fail closed instead.
    if (!purify.isSupported || !passesSelfTest(purify)) {
      throw new Error(
        'DOMPurify fails its self-test in this window, refusing to sanitise ' +
          '(happy-dom? see tests/unit/support/happy-dom-dompurify.ts)',
      );
    }
    purify.addHook('uponSanitizeAttribute', checkAttributeValue);
    purify.addHook('afterSanitizeAttributes', setLinkAndImageDefaults);
    purifiers.set(window, purify);
  }
  return purify;
}

function passesSelfTest(purify: DOMPurify): boolean {
  const fragment = purify.sanitize(SELF_TEST_HTML, SANITIZE_CONFIG);
  const tags = Array.from(fragment.children, (element) => element.localName).join(' ');
  return tags === SELF_TEST_EXPECTED_TAGS && fragment.querySelector('[onclick]') === null;
}

function checkAttributeValue(element: Element, event: UponSanitizeAttributeHookEvent): void {
  const check = ATTRIBUTE_CHECKS[event.attrName];
  if (!check) return;
  const value = check(event.attrValue, element.localName);
  if (value === null) {
    event.keepAttr = false;
  } else {
    event.attrValue = value;
  }
}

function setLinkAndImageDefaults(element: Element): void {
  const defaults =
    element.localName === 'a' && element.hasAttribute('href')
      ? LINK_DEFAULTS
      : element.localName === 'img'
        ? IMAGE_DEFAULTS
        : undefined;
  if (!defaults) return;
  for (const [name, value] of Object.entries(defaults)) {
    element.setAttribute(name, value);
  }
}

function isHttpUrl(value: string): boolean {
  return HTTP_URL_PATTERN.test(value) && URL.canParse(value);
}

function isMailtoUrl(value: string): boolean {
  return MAILTO_URL_PATTERN.test(value) && URL.canParse(value);
}

function isImageUrl(value: string, tag: string): boolean {
  return isHttpUrl(value) || (DATA_IMAGE_TAGS.has(tag) && DATA_IMAGE_URL_PATTERN.test(value));
}

/**
 * Keeps the srcset candidates whose URL is an allowed image URL and whose descriptor is valid,
 * re-serialised as `url descriptor, …`. Drops the attribute when none is left.
 *
 * DOMPurify then tests the whole value with ALLOWED_URI_REGEXP, so a srcset whose first kept
 * candidate is a data: URL is dropped entirely. We keep that extra check rather than make
 * srcset URI-safe; a leading data: candidate is almost always a lazy-loading placeholder.
 */
function filterSrcset(value: string, tag: string): string | null {
  const kept = parseSrcset(value)
    .filter(({ url, descriptor }) => isImageUrl(url, tag) && isValidDescriptor(descriptor))
    .map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url));
  return kept.length > 0 ? kept.join(', ') : null;
}

function isValidDescriptor(descriptor: string): boolean {
  return descriptor === '' || SRCSET_DESCRIPTOR_PATTERN.test(descriptor);
}

/**
 * The URL/descriptor split of the HTML "parse a srcset attribute" algorithm, so we check the
 * same URLs a browser would fetch: a URL is a run of non-whitespace (commas inside it, as in
 * data: URLs, belong to it) minus trailing commas; its descriptors run to the next comma
 * outside parentheses. https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute
 */
function parseSrcset(value: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let position = 0;
  while (position < value.length) {
    while (position < value.length && (value[position] === ',' || isSrcsetSpace(value[position]))) {
      position++;
    }
    if (position >= value.length) break;
    const urlStart = position;
    while (position < value.length && !isSrcsetSpace(value[position])) position++;
    let url = value.slice(urlStart, position);
    if (url.endsWith(',')) {
      // A URL ending in commas has no descriptors.
      url = url.replace(/,+$/, '');
      candidates.push({ url, descriptor: '' });
      continue;
    }
    const descriptorStart = position;
    let depth = 0;
    while (position < value.length && (value[position] !== ',' || depth > 0)) {
      if (value[position] === '(') depth++;
      else if (value[position] === ')' && depth > 0) depth--;
      position++;
    }
    candidates.push({ url, descriptor: value.slice(descriptorStart, position).trim() });
    position++; // past the comma
  }
  return candidates;
}

function isSrcsetSpace(char: string | undefined): boolean {
  return char !== undefined && SRCSET_WHITESPACE.test(char);
}
