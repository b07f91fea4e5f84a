import type { CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ChromiumSession, launchChromium, openReaderTab, openRealPopup } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { type FirefoxSession, launchFirefox, openReaderTabFor } from './support/firefox';
import { eventually, normalizeText, ReaderPage } from './support/reader-page';
import { pollInPage } from './support/poll-in-page';

// The reader on a hostile page (tests/fixtures/hostile-article.html: hostile metadata, <base>, javascript: links,
// forms, iframes, clobbering ids, page CSS, and the 559-payload XSS corpus inserted into the article body).
// Whatever the page holds, the popup must show an article whose body is inert markup, keep its own UI, styles and
// #app root, open no dialog, and load nothing from outside 127.0.0.1 except the article's own images.
// Safe-use rules for the corpus: tests/fixtures/security/SOURCE.md. No request ever reaches the network: every
// request to a host other than 127.0.0.1 is aborted (and Chromium/Firefox are launched offline by the harness).

const FIXTURE = 'hostile-article.html';
/** The fixture's JSON-LD/og:title headline: it must be shown as this text, markup characters and all. */
const TITLE = 'Harbour city votes to rebuild its flood walls <img src=x onerror=alert(document.domain)>';
/** 559 corpus payloads minus the 4 form-clobbering ones that stop the extractor (see the known-bug test). */
const EXHIBITS = 555;
const EXHIBITS_WITH_FORM_CLOBBERING = 559;
/**
 * At least this many "Exhibit N (id)" notes must reach the reader body, so the corpus really went through the
 * pipeline (all 555 seen in Chromium 156 and Firefox ESR 153; Readability may drop some one day).
 */
const MIN_EXHIBITS_SHOWN = 500;

// ---------------------------------------------------------------------------------------------------------------
// Network: everything that would leave 127.0.0.1 is aborted and recorded.

interface SeenRequest {
  /** 'article' (the hostile tab), 'reader' (popup or reader tab), or 'other' (another frame or target). */
  from: string;
  type: string;
  url: string;
  /** Referer header as sent, '' when none. */
  referer: string;
  /**
   * Firefox only: the browser had already cancelled the request when we tried to abort it (BiDi reports requests
   * that the page's own CSP then blocks, NS_BINDING_ABORTED; failRequest answers "no such request"). Never sent.
   */
  cancelledByBrowser?: boolean;
}

/** data:, chrome-extension:, moz-extension: and http(s)://127.0.0.1 only. */
function staysLocal(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['data:', 'chrome-extension:', 'moz-extension:'].includes(parsed.protocol)) return true;
  return ['http:', 'https:'].includes(parsed.protocol) && parsed.hostname === '127.0.0.1';
}

function describeRequest(r: SeenRequest): string {
  const notes = [r.referer && `Referer: ${r.referer}`, r.cancelledByBrowser && 'cancelled by the browser'].filter(Boolean);
  return `${r.from} ${r.type} ${r.url.slice(0, 160)}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

/**
 * The requests that left the allowed set, minus the one kind the design allows (shared/design/security.md: CSP
 * img-src https: http: data:): the reader fetching an image that its sanitised article body shows, with no
 * Referer. Those are still aborted, so nothing leaves the machine; anything else is a failure.
 */
function unexpectedRequests(offHost: SeenRequest[], bodyImageUrls: Set<string>): string[] {
  return offHost
    .filter((r) => !r.cancelledByBrowser)
    .filter((r) => !(r.from === 'reader' && ['image', 'unknown'].includes(r.type) && isBodyImage(r.url, bodyImageUrls) && r.referer === ''))
    .map(describeRequest);
}

/**
 * One of the body's images, as the browser asks for it: Firefox upgrades an http: image on a
 * secure page (the extension's) to https: before it leaves.
 */
function isBodyImage(url: string, bodyImageUrls: Set<string>): boolean {
  return bodyImageUrls.has(url) || (url.startsWith('https:') && bodyImageUrls.has(`http:${url.slice('https:'.length)}`));
}

/**
 * Chromium: request interception for the whole browser (CDP Fetch on the browser target), so the real popup is
 * covered from its very first request, before puppeteer hands us its Page. Requests are told apart by frame:
 * a page's main-frame id is its target id.
 */
class ChromiumNetworkGuard {
  readonly offHost: SeenRequest[] = [];
  private readonly frames = new Map<string, string>();
  private readonly pending: { frameId: string; request: SeenRequest }[] = [];

  private constructor(private readonly cdp: CDPSession) {}

  static async attach(session: ChromiumSession): Promise<ChromiumNetworkGuard> {
    const cdp = await session.browser.target().createCDPSession();
    const guard = new ChromiumNetworkGuard(cdp);
    cdp.on('Fetch.requestPaused', (event) => {
      const { requestId, request, resourceType, frameId } = event;
      if (staysLocal(request.url)) {
        cdp.send('Fetch.continueRequest', { requestId }).catch(() => {});
        return;
      }
      const seen: SeenRequest = {
        from: 'other',
        type: resourceType.toLowerCase(),
        url: request.url,
        referer: request.headers.Referer ?? request.headers.referer ?? '',
      };
      guard.offHost.push(seen);
      guard.pending.push({ frameId, request: seen });
      cdp.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(() => {});
    });
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] });
    return guard;
  }

  /** Names a page's main frame, so its requests (also those already seen) are reported as `label`. */
  async label(page: Page, label: string): Promise<void> {
    const client = await page.createCDPSession();
    const { targetInfo } = await client.send('Target.getTargetInfo');
    await client.detach();
    this.frames.set(targetInfo.targetId, label);
  }

  /** Off-host requests so far, each attributed to the page it came from. */
  requests(): SeenRequest[] {
    for (const { frameId, request } of this.pending) request.from = this.frames.get(frameId) ?? 'other';
    return this.offHost;
  }

  async detach(): Promise<void> {
    await this.cdp.send('Fetch.disable').catch(() => {});
    await this.cdp.detach().catch(() => {});
  }
}

/** Firefox (WebDriver BiDi): puppeteer's per-page request interception. */
function guardPage(page: Page, from: string, offHost: SeenRequest[]): Promise<void> {
  page.on('request', (request: HTTPRequest) => {
    if (request.isInterceptResolutionHandled()) return;
    if (staysLocal(request.url())) {
      request.continue().catch(() => {});
      return;
    }
    const headers = request.headers();
    const seen: SeenRequest = { from, type: resourceTypeOf(request), url: request.url(), referer: headers.referer ?? headers.Referer ?? '' };
    offHost.push(seen);
    request.abort('blockedbyclient').catch((error: Error) => {
      if (/no such request/i.test(error.message)) seen.cancelledByBrowser = true;
    });
  });
  return page.setRequestInterception(true);
}

/** Resolves once `page` has sent no request for `quietMs` (or after `maxMs` in any case). */
function untilQuiet(page: Page, quietMs: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    let last = Date.now();
    const onRequest = () => (last = Date.now());
    page.on('request', onRequest);
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - last < quietMs && Date.now() - started < maxMs) return;
      clearInterval(timer);
      page.off('request', onRequest);
      resolve();
    }, 100);
  });
}

/** puppeteer 24.43 has no resource type over BiDi: 'unknown' there (the image check then goes by URL alone). */
function resourceTypeOf(request: HTTPRequest): string {
  try {
    return request.resourceType();
  } catch {
    return 'unknown';
  }
}

/** Records (and dismisses) every alert/confirm/prompt/beforeunload dialog the page opens. */
function recordDialogs(page: Page, from: string, dialogs: string[]): void {
  page.on('dialog', (dialog) => {
    dialogs.push(`${from}: ${dialog.type()} "${dialog.message()}"`);
    dialog.dismiss().catch(() => {});
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The reader's DOM. Runs inside the reader page, so it must not use anything from this module's scope.

interface ReaderAudit {
  /** Everything wrong with the article body, one line each. */
  body: string[];
  /** Everything wrong elsewhere in the reader: #app root, header, styles, scripts, stray elements. */
  page: string[];
  /** src and srcset URLs of the body's images, for the network check. */
  imageUrls: string[];
  /** Numbers of the "Exhibit N (id)" notes visible in the body. */
  exhibits: number[];
  titleText: string;
  bylineText: string;
  metaText: string;
  elements: number;
  links: number;
  images: number;
}

function auditReader(expected: { title: string }): ReaderAudit {
  const body: string[] = [];
  const page: string[] = [];
  const origin = location.origin;

  // If page markup got in unsanitised, it may clobber document.getElementById, form.attributes and the like: read
  // the DOM through the prototypes, never through properties of the nodes themselves.
  const getter = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;
  const DOC = {
    body: getter(Document.prototype, 'body'),
    head: getter(Document.prototype, 'head'),
    styleSheets: getter(Document.prototype, 'styleSheets'),
  };
  const tagOf = (el: Element): string => getter(Element.prototype, 'localName').call(el);
  const nsOf = (el: Element): string | null => getter(Element.prototype, 'namespaceURI').call(el);
  const attrsOf = (el: Element): Attr[] => [...(getter(Element.prototype, 'attributes').call(el) as NamedNodeMap)];
  const attr = (el: Element, name: string): string | null => Element.prototype.getAttribute.call(el, name);
  const parentOf = (node: Node): Element | null => getter(Node.prototype, 'parentElement').call(node);
  const textOf = (node: Node | null): string => (node ? (getter(Node.prototype, 'textContent').call(node) ?? '') : '');
  const all = (sel: string, root?: Element): Element[] =>
    root ? [...Element.prototype.querySelectorAll.call(root, sel)] : [...Document.prototype.querySelectorAll.call(document, sel)];
  const one = (sel: string, root?: Element): Element | null => all(sel, root)[0] ?? null;
  const describe = (el: Element) => {
    const attrs = attrsOf(el).map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ');
    return `<${tagOf(el)}${attrs ? ` ${attrs}` : ''}>`;
  };

  // Tags the sanitiser must never let through (security.md section 3), whatever Readability kept.
  const FORBIDDEN = new Set([
    'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button',
    'select', 'option', 'textarea', 'svg', 'math', 'meta', 'base', 'link', 'template', 'dialog', 'noscript',
    'portal', 'slot', 'canvas', 'video', 'audio', 'track', 'area', 'map', 'param', 'marquee', 'isindex', 'title',
  ]);
  // The attributes an article element may carry: the sanitiser's ALLOWED_ATTR plus what its hooks set.
  const ALLOWED_ATTRIBUTES = new Set([
    'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers',
    'span', 'datetime', 'cite', 'lang', 'dir', 'start', 'reversed', 'type', 'media', 'value', 'id',
    'target', 'rel', 'loading', 'decoding', 'referrerpolicy',
  ]);
  const HEADING_ID = /^sec-[a-z0-9-]{1,80}$/;
  const XHTML = 'http://www.w3.org/1999/xhtml';
  const isHttp = (v: string) => /^https?:\/\//i.test(v) && URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol);
  const isMailto = (v: string) => /^mailto:/i.test(v) && URL.canParse(v) && new URL(v).protocol === 'mailto:';
  const isImageUrl = (v: string) => isHttp(v) || v.startsWith('data:image/');
  // URL and descriptor split as browsers do it (commas inside a URL, e.g. in data:, belong to it).
  const srcsetUrls = (v: string) =>
    v.split(/,(?=\s)|,$/).map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);

  const root = one('[data-testid=article-body]');
  const imageUrls: string[] = [];
  if (!root) {
    body.push('no [data-testid=article-body]');
  } else {
    for (const { name } of attrsOf(root)) {
      if (!['data-testid', 'class', 'lang', 'dir'].includes(name)) body.push(`body root: attribute ${name}`);
    }
    if (attr(root, 'class') !== 'article-body') body.push(`body root: class="${attr(root, 'class')}"`);
    for (const el of all('*', root)) {
      const tag = tagOf(el);
      if (nsOf(el) !== XHTML) body.push(`${nsOf(el)} namespace: ${describe(el)}`);
      if (FORBIDDEN.has(tag)) body.push(`element: ${describe(el)}`);
      for (const { name, value } of attrsOf(el)) {
        // The reader's own marks where an image failed to load (components/missing-images.ts), exactly.
        const readerMark = (tag === 'img' && name === 'data-missing' && value === '') || (tag === 'span' && name === 'class' && value === 'missing-image');
        if (readerMark) continue;
        if (/^on/i.test(name)) body.push(`event handler: ${describe(el)}`);
        else if (name === 'style' || name === 'class') body.push(`${name} attribute: ${describe(el)}`);
        else if (!ALLOWED_ATTRIBUTES.has(name)) body.push(`attribute ${name}: ${describe(el)}`);
        else if (name === 'id' && !(/^h[1-6]$/.test(tag) && HEADING_ID.test(value))) body.push(`id: ${describe(el)}`);
        else if (name === 'href' && !(isHttp(value) || isMailto(value))) body.push(`href: ${describe(el)}`);
        else if (name === 'src' && !isImageUrl(value)) body.push(`src: ${describe(el)}`);
        else if (name === 'cite' && !isHttp(value)) body.push(`cite: ${describe(el)}`);
        else if (name === 'srcset' && !srcsetUrls(value).every(isImageUrl)) body.push(`srcset: ${describe(el)}`);
      }
      if (tag === 'a' && attr(el, 'href') !== null && (attr(el, 'target') !== '_blank' || !/\bnoopener\b/.test(attr(el, 'rel') ?? ''))) {
        body.push(`link without target=_blank rel=noopener: ${describe(el)}`);
      }
      if (tag === 'img' || tag === 'source') {
        const src = attr(el, 'src');
        if (src && URL.canParse(src, location.href)) imageUrls.push(new URL(src, location.href).href);
        for (const url of srcsetUrls(attr(el, 'srcset') ?? '')) {
          if (URL.canParse(url, location.href)) imageUrls.push(new URL(url, location.href).href);
        }
      }
    }
  }

  // The popup's own document: one #app, Preact's root, not shadowed by anything from the page.
  const apps = all('#app');
  const app = apps[0];
  if (apps.length !== 1) page.push(`${apps.length} elements with id="app"`);
  if (!app || tagOf(app) !== 'div' || parentOf(app) !== DOC.body.call(document)) page.push(`#app is ${app ? describe(app) : 'missing'}, not <div> in <body>`);
  if (!app || !one(':scope > div.reader[data-state]', app)) page.push('#app does not hold the reader (div.reader[data-state])');
  if ((window as unknown as Record<string, unknown>).app !== app) page.push('window.app is not the #app root (clobbered)');
  if (all('[name=app]').length > 0) page.push('an element named "app"');

  // Title, byline and meta line are text: the markup in them is visible characters, never elements.
  const header = one('[data-testid=article-view] header');
  const titleText = textOf(one('[data-testid=article-title]'));
  if (!titleText.includes(expected.title)) page.push(`title text is "${titleText}"`);
  // The reader's own controls in the removal summary ("Keep on this site") are the only other elements.
  const ownControls = header ? all('button.link-button[data-testid=keep-kind], span.removal-summary__kept', header) : [];
  for (const el of header ? all('*', header) : []) {
    const allowed = ['h1', 'p', 'bdi', 'details', 'summary', 'ul', 'li'].includes(tagOf(el)) || ownControls.includes(el);
    if (!allowed) page.push(`header element: ${describe(el)}`);
    for (const { name } of attrsOf(el)) if (/^on/i.test(name) || name === 'style') page.push(`header ${name}: ${describe(el)}`);
  }

  // Styles: only the extension's own stylesheet files; no <style>, no adopted or page sheets.
  for (const sheet of DOC.styleSheets.call(document) as StyleSheetList) {
    const owner = sheet.ownerNode as Element | null;
    if (!sheet.href?.startsWith(`${origin}/`) || !owner || tagOf(owner) !== 'link' || parentOf(owner) !== DOC.head.call(document)) {
      page.push(`stylesheet ${sheet.href ?? `inline <${owner ? tagOf(owner) : '?'}>`} not the extension's own`);
    }
  }
  if ((document.adoptedStyleSheets ?? []).length > 0) page.push(`${document.adoptedStyleSheets.length} adopted stylesheets`);
  for (const el of all('style, base, iframe, frame, object, embed, form, meta[http-equiv]')) page.push(`in the page: ${describe(el)}`);
  for (const el of all('script')) {
    if (!new URL(attr(el, 'src') ?? '', location.href).href.startsWith(`${origin}/`) || !attr(el, 'src')) page.push(`script not from the extension: ${describe(el)}`);
  }
  for (const el of all('*')) {
    for (const { name } of attrsOf(el)) if (/^on/i.test(name)) page.push(`event handler in the page: ${describe(el)}`);
  }
  const baseURI = getter(Node.prototype, 'baseURI').call(document);
  if (baseURI !== location.href) page.push(`document.baseURI is ${baseURI}`);
  for (const a of all('nav[data-testid=outline] a')) {
    if (!/^#sec-[a-z0-9-]{1,80}$/.test(attr(a, 'href') ?? '')) page.push(`outline link: ${describe(a)}`);
  }

  const text = textOf(root);
  const exhibits = [...new Set([...text.matchAll(/Exhibit (\d+) \(/g)].map((m) => Number(m[1])))];
  return {
    body,
    page,
    imageUrls,
    exhibits,
    titleText,
    bylineText: textOf(one('[data-testid=article-byline]')),
    metaText: textOf(one('[data-testid=article-meta]')),
    elements: root ? all('*', root).length : 0,
    links: root ? all('a[href]', root).length : 0,
    images: root ? all('img', root).length : 0,
  };
}

/**
 * Everything the reader must show for the hostile page. Soft assertions, so one run lists every problem.
 * Returns the audit for the caller's network check.
 */
async function expectHarmlessArticle(reader: ReaderPage, dialogs: string[]): Promise<ReaderAudit> {
  const audit = await reader.page.evaluate(auditReader, { title: TITLE });
  expect.soft(dialogs, 'dialogs opened').toEqual([]);
  expect.soft(capped(audit.body), 'article body violations').toEqual([]);
  expect.soft(capped(audit.page), 'reader page violations').toEqual([]);

  // The markup in the metadata is visible as characters.
  expect.soft(normalizeText(await reader.title()), 'title shown as text').toBe(TITLE);
  expect.soft(normalizeText(audit.bylineText), 'byline shown as text').toContain('<b onmouseover=');
  expect.soft(normalizeText(audit.metaText), 'site name shown as text').toContain('The Daily Courier <script>');

  // <h2 id="app"> is there, under its outline id.
  expect.soft(await reader.headingText('sec-who-pays-for-the-walls'), 'the id="app" heading').toBe('Who pays for the walls');

  // The corpus went through the pipeline: its notes reached the body, and so did the prose.
  expect.soft(audit.exhibits.length, `exhibits shown (of ${EXHIBITS})`).toBeGreaterThanOrEqual(MIN_EXHIBITS_SHOWN);
  const text = await reader.bodyText();
  expect.soft(text, 'article prose').toContain('The city council voted eleven to four on Friday night');
  expect.soft(text, 'the code sample stays text').toContain("<script>alert('this is text in a code sample')</script>");
  // The lead photo is shown once, although its image cannot load (its address is on a blocked host).
  expect.soft(text.split('The old sea wall at low tide, seen from the').length - 1, 'lead photo captions').toBe(1);
  return audit;
}

/** A failure lists the first 40 problems, not a thousand. */
function capped(lines: string[], max = 40): string[] {
  return lines.length <= max ? lines : [...lines.slice(0, max), `… and ${lines.length - max} more`];
}

async function openHostilePage(browserPage: Page, url: string, exhibits: number): Promise<void> {
  await browserPage.goto(url, { waitUntil: 'load' });
  const inserted = await pollInPage(browserPage, () => document.documentElement.getAttribute('data-exhibits'), [], { timeout: 10_000 });
  expect(Number(inserted), 'payloads inserted by the fixture').toBe(exhibits);
}

// ---------------------------------------------------------------------------------------------------------------

describe('Chromium: reader on a hostile page', () => {
  let chromium: ChromiumSession;
  let server: FixtureServer;
  let network: ChromiumNetworkGuard;
  const pages: Page[] = [];

  beforeAll(async () => {
    [chromium, server] = await Promise.all([launchChromium(), startFixtureServer()]);
    network = await ChromiumNetworkGuard.attach(chromium);
  });

  afterAll(async () => {
    // A tab stuck in the extractor's loop (known-bug test) may never close: the browser's exit ends it.
    await Promise.race([Promise.all(pages.map((p) => p.close().catch(() => {}))), new Promise((r) => setTimeout(r, 1_000))]);
    await network?.detach();
    await Promise.all([chromium?.close(), server?.close()]);
  });

  async function newTab(url: string, exhibits = EXHIBITS): Promise<{ article: Page; dialogs: string[] }> {
    const article = await chromium.browser.newPage();
    pages.push(article);
    await network.label(article, 'article');
    const dialogs: string[] = [];
    recordDialogs(article, 'article', dialogs);
    await openHostilePage(article, url, exhibits);
    return { article, dialogs };
  }

  test('real toolbar popup and popup.html?tab=<id>: an inert article, the popup intact, nothing fetched but its images', async () => {
    const { article, dialogs } = await newTab(server.url(FIXTURE));

    // 1. The real popup, opened by the toolbar button (this also grants activeTab for step 2).
    const { popup, tabId } = await openRealPopup(chromium, article);
    pages.push(popup);
    await network.label(popup, 'reader');
    recordDialogs(popup, 'popup', dialogs);
    const popupReader = new ReaderPage(popup, 'chromium-popup-hostile');
    const popupState = await popupReader.settledState();
    await popupReader.screenshot('opened');
    expect(popupState).toBe('article');
    const popupAudit = await expectHarmlessArticle(popupReader, dialogs);

    // 2. The reader as a tab, for the same page.
    const tab = await openReaderTab(chromium, tabId);
    pages.push(tab);
    await network.label(tab, 'reader');
    recordDialogs(tab, 'reader tab', dialogs);
    const tabReader = new ReaderPage(tab, 'chromium-tab-hostile');
    const tabState = await tabReader.settledState();
    await tabReader.screenshot('opened');
    expect(tabState).toBe('article');
    const tabAudit = await expectHarmlessArticle(tabReader, dialogs);
    await tabReader.press('3'); // the corpus section
    await tabReader.settledScroll();
    await tabReader.screenshot('exhibits');
    await tabReader.press('G'); // scroll through the body: lazy images load (or not) here too
    await tabReader.settledScroll();
    await tabReader.screenshot('bottom');

    // What the sanitiser was given: the ArticleView html is full of what the checks above found none of.
    const raw = await tab.evaluate(rawArticleStats, tabId);
    // (Seen: 78 on* attributes, 59 javascript: URLs, 107 such elements, 107 ids, 2 "app".)
    expect.soft(raw.handlers, 'on* attributes in ArticleView.html').toBeGreaterThanOrEqual(40);
    expect.soft(raw.javascriptUrls, 'javascript: URLs in ArticleView.html').toBeGreaterThanOrEqual(30);
    expect.soft(raw.forbidden, 'script/style/iframe/form/svg/math… in ArticleView.html').toBeGreaterThanOrEqual(50);
    expect.soft(raw.ids, 'non-heading ids in ArticleView.html').toBeGreaterThanOrEqual(50);
    expect.soft(raw.app, 'id="app" / name="app" in ArticleView.html').toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 300)); // let late image loads show up
    const images = new Set([...popupAudit.imageUrls, ...tabAudit.imageUrls]);
    expect.soft(unexpectedRequests(network.requests(), images), 'requests that left 127.0.0.1').toEqual([]);
    expect.soft(article.url(), 'the hostile page stayed put (no refresh, no navigation)').toBe(server.url(FIXTURE));
    console.info(
      `[hostile-page chromium] exhibits shown ${popupAudit.exhibits.length}/${EXHIBITS}; body ${popupAudit.elements} elements, ` +
        `${popupAudit.links} links, ${popupAudit.images} images; ArticleView.html had ${JSON.stringify(raw)}; ` +
        `aborted off-host requests: ${network.requests().map(describeRequest).join(', ') || 'none'}`,
    );
  });

  // All 559 payloads, with the 4 form-clobbering ones (<form><input name=parentNode>, <form><img name=textContent>):
  // a form's own properties are shadowed by its named controls, which once made Readability's _getNextNode walk
  // form -> input -> form forever and our text reads throw. The extractor now reads the live page through the
  // platform's getters and turns the clone's forms into divs. Runs last: a regression would spin the tab's renderer.
  test('form-clobbering payloads (?all) do not stop the extractor: the reader shows the article', async () => {
    const { article } = await newTab(server.url(`${FIXTURE}?all`), EXHIBITS_WITH_FORM_CLOBBERING);
    const { popup } = await openRealPopup(chromium, article);
    pages.push(popup);
    const reader = new ReaderPage(popup, 'chromium-popup-hostile-all');
    // 559 payloads take ~1.5 s to extract; a stuck extractor leaves the reader "loading" here (error at 10 s).
    const state = await reader.settledState(5_000);
    await reader.screenshot('settled');
    expect(state).toBe('article');
  });
});

describe('Firefox ESR: reader on a hostile page', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;

  beforeAll(async () => {
    [firefox, server] = await Promise.all([launchFirefox(), startFixtureServer()]);
  });

  afterAll(async () => {
    await Promise.all([firefox?.close(), server?.close()]);
  });

  // Test-only build (127.0.0.1 host permission instead of activeTab), reader as popup.html?tab=<id>.
  test('popup.html?tab=<id>: an inert article, the page intact, nothing fetched but its images', async () => {
    const offHost: SeenRequest[] = [];
    const dialogs: string[] = [];
    const article = await firefox.browser.newPage();
    recordDialogs(article, 'article', dialogs);
    await openHostilePage(article, server.url(FIXTURE), EXHIBITS);
    // From here on, any request of the page is one the reader made it send. The page's own loads of its
    // payloads (iframes, images), which its CSP blocks, Firefox 140 reports late and at random before it
    // cancels them: the watch starts once the page has been quiet for a second.
    await untilQuiet(article, 1_000, 10_000);
    await guardPage(article, 'article', offHost);

    const page = await openReaderTabFor(firefox, article);
    recordDialogs(page, 'reader tab', dialogs);
    // The helper has already navigated: intercept from now on, then read the page again under interception.
    await guardPage(page, 'reader', offHost);
    await page.evaluate(() => {
      (window as { beforeReload?: boolean }).beforeReload = true;
      setTimeout(() => location.reload());
    });
    const reloaded = await eventually(
      () => page.evaluate(() => !(window as { beforeReload?: boolean }).beforeReload && !!document.querySelector('div.reader')).catch(() => false),
      (done) => done,
      5_000,
    );
    expect(reloaded, 'reader reloaded under interception').toBe(true);
    const reader = new ReaderPage(page, 'firefox-tab-hostile');
    const state = await reader.settledState();
    await reader.screenshot('opened');
    expect(state).toBe('article');

    const audit = await expectHarmlessArticle(reader, dialogs);
    await reader.press('G');
    await reader.settledScroll();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect.soft(unexpectedRequests(offHost, new Set(audit.imageUrls)), 'requests that left 127.0.0.1').toEqual([]);
    expect.soft(article.url(), 'the hostile page stayed put (no refresh, no navigation)').toBe(server.url(FIXTURE));
    console.info(
      `[hostile-page firefox] exhibits shown ${audit.exhibits.length}/${EXHIBITS}; body ${audit.elements} elements, ` +
        `${audit.links} links, ${audit.images} images; aborted off-host requests: ${offHost.map(describeRequest).join(', ') || 'none'}`,
    );
  });
});

// ---------------------------------------------------------------------------------------------------------------

/**
 * Runs the extractor again from the reader tab (Chromium, activeTab granted) and counts what the unsanitised
 * ArticleView.html holds, parsed in an inert DOMParser document (no scripts, no loads). Runs in the reader page.
 */
async function rawArticleStats(tabId: number) {
  const [result] = await chrome.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  const html = (result?.result as { html?: string } | undefined)?.html ?? '';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const all = [...doc.body.querySelectorAll('*')];
  const attrs = all.flatMap((el) => [...el.attributes].map((a) => ({ el, name: a.name, value: a.value })));
  const forbidden = 'script, style, iframe, frame, object, embed, form, input, button, textarea, select, svg, math, meta, base, link, template';
  return {
    chars: html.length,
    elements: all.length,
    handlers: attrs.filter((a) => /^on/i.test(a.name)).length,
    javascriptUrls: attrs.filter((a) => /^\s*javascript:/i.test(a.value)).length,
    styleAttributes: attrs.filter((a) => a.name === 'style').length,
    ids: attrs.filter((a) => a.name === 'id' && !/^h[1-6]$/.test(a.el.localName)).length,
    app: attrs.filter((a) => ['id', 'name'].includes(a.name) && a.value === 'app').length,
    forbidden: doc.body.querySelectorAll(forbidden).length,
  };
}
