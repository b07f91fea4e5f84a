import { isProbablyReaderable } from '@mozilla/readability';
import type { ArticleView, Removal } from './article-types';
import { boxesAroundArticle } from './article-scope';
import { buildOutline } from './build-outline';
import { clonePage } from './clone-page';
import { cloneWithShadowRoots, findShadowHosts, shadowRootInliner } from './clone-with-shadow-roots';
import { unwrapForms } from './dom-clobbering';
import { findHiddenBoxes, hiddenByClassName, removeHiddenBoxes, type HiddenProbe } from './hidden-boxes';
import { findLeadFigure, restoreLeadFigure } from './lead-figure';
import { dropBlankBlocks } from './drop-blank-blocks';
import { findLongLinkLists, longLinkListRemovals } from './long-link-lists';
import { dropOrphanCaptions, markCaptions } from './mark-captions';
import { moveBylineLines } from './move-byline-lines';
import { moveStandfirst } from './move-standfirst';
import { dropFollowingStories } from './other-stories';
import { completeTitle, readPageMetadata } from './page-metadata';
import { findPhotoStory, restorePhotoStory } from './photo-story';
import { promotePseudoHeadings } from './promote-pseudo-headings';
import { readingTime } from './reading-time';
import { readMainText } from './read-main-text';
import { resolveLazyImages } from './resolve-lazy-images';
import { namesOnlyPublisher } from './publisher-byline';
import { siteNameApartFromTitle, withoutSiteName } from './title-site-name';
import { collapsedText, comparableText, firstProseParagraph, normalizedText, precedes } from './text-blocks';
import { clutterRulesFor } from '../rules/clutter-rules';
import { elementsOfTags } from './elements-by-tag';

export interface ExtractOptions {
  /** The page's address; defaults to the document's. */
  url?: string;
  /** Whether the live page hides an element: computed style in the browser; class names otherwise. */
  isHidden?: HiddenProbe;
  /** Clutter rules the reader asked to keep on this site ("Always keep this kind on this site"). */
  keepRuleIds?: readonly string[];
  /** How many elements the page holds (counted by the size check): very large pages lose their long link lists first. */
  elementCount?: number;
  /** Told when the cleaned run kept too little and a plain Readability run (a second clone) follows. */
  onPlainRun?: () => void;
}

/** A title this long (letters and digits) is found inside a heading with a kicker run into it. */
const MIN_TITLE_IN_KICKER = 15;
const MAX_KICKER_CHARS = 60;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi', 'dv', 'ckb']);

/**
 * The whole pipeline, one named step per line. Reads the live document only to decide whether it
 * looks like an article; every change happens on a clone.
 */
export function extractArticle(doc: Document, options: ExtractOptions = {}): ArticleView {
  const url = options.url ?? doc.URL;
  const longLists = doc.body ? findLongLinkLists(doc.body, options.elementCount ?? 0) : new Set<Element>();
  const shadowHosts = findShadowHosts(doc, longLists);
  // The article's box is found from the light DOM's text: a page with shadow roots is copied whole.
  const leaveOut = doc.body && shadowHosts.length === 0 ? new Set([...longLists, ...boxesAroundArticle(doc.body, longLists)]) : longLists;
  // A story inside web components has no text in the light DOM: judge the page as it shows.
  const looksReaderable = isProbablyReaderable(doc) || (shadowHosts.length > 0 && isProbablyReaderable(cloneWithShadowRoots(doc, shadowHosts)));
  const metadata = readPageMetadata(doc);
  const hiddenBoxes = doc.body ? findHiddenBoxes(doc.body, options.isHidden ?? hiddenByClassName(doc.body), leaveOut) : [];
  const listRemovals = longLinkListRemovals(longLists);
  let hiddenRemovals: Removal[] = [];
  let leadFigure: Element | null = null;
  let photoStory: Element[] = [];
  const preparePage = (): Document => {
    const clone = clonePage(doc, leaveOut);
    // Pairs hosts with their copies by position: a copy that left long link lists out reads no shadow roots.
    const inlineShadowRoots = shadowRootInliner(shadowHosts, doc, clone);
    const body = clone.body ?? clone.documentElement;
    hiddenRemovals = [...removeHiddenBoxes(body, hiddenBoxes), ...listRemovals];
    inlineShadowRoots();
    unwrapForms(clone);
    removeScripts(body);
    resolveLazyImages(body);
    markCaptions(body);
    leadFigure = findLeadFigure(body);
    photoStory = findPhotoStory(body);
    return clone;
  };
  const { parsed, removals } = readMainText(preparePage, clutterRulesFor(hostnameOf(url), options.keepRuleIds), options.onPlainRun);
  const content = parsed?.content ?? fallbackContent(preparePage());

  const pageTitle = (parsed?.title || doc.title || '').trim();
  const declaredSiteName = (parsed?.siteName || metadata.siteName || hostnameOf(url).replace(/^www\./, '')).trim();
  const siteName = siteNameApartFromTitle(declaredSiteName, pageTitle);
  const title = withoutSiteName(completeTitle(pageTitle, metadata.headlines), siteName, hostnameOf(url), metadata.headlines);
  dropFollowingStories(content, doc, title);
  const bylineLines = moveBylineLines(content, parsed?.byline ?? '');
  removeTitleHeading(content, title);
  const standfirst = moveStandfirst(content, metadata.description);
  if (!restorePhotoStory(content, photoStory)) restoreLeadFigure(content, leadFigure);
  promotePseudoHeadings(content);
  dropOrphanCaptions(content);
  dropBlankBlocks(content);
  const outline = buildOutline(content, title);

  const lang = (parsed?.lang || doc.documentElement.lang || '').trim();
  const text = normalizedText(content);
  const { wordCount, readingMinutes } = readingTime(text, lang);
  return {
    title,
    byline: writerByline([parsed?.byline, metadata.byline, bylineLines.find(isBylineText)], siteName, hostnameOf(url)),
    siteName,
    publishedTime: (parsed?.publishedTime || metadata.publishedTime || '').trim(),
    lang,
    dir: directionOf(parsed?.dir, lang),
    excerpt: (parsed?.excerpt ?? '').trim(),
    standfirst,
    html: content.innerHTML,
    outline,
    wordCount,
    readingMinutes,
    url,
    looksLikeArticle: looksReaderable && parsed !== null && wordCount > 0,
    removals: [...hiddenRemovals, ...removals],
  };
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** When Readability finds nothing, "Show anyway" still shows the page's text, minus its scripts. */
function fallbackContent(clone: Document): Element {
  const body = clone.body ?? clone.documentElement;
  for (const element of body.querySelectorAll('script, style, noscript, nav, header, footer, form, iframe')) {
    element.remove();
  }
  return body;
}

/** Script and style text would count as prose in the clutter rules' length and density checks. */
function removeScripts(root: Element) {
  for (const element of elementsOfTags(root, 'script', 'style', 'template')) element.remove();
}

/**
 * The reader shows the title above the text, so the page's own headline goes from the body: the
 * first heading when it repeats the title, or else the first heading above the text that holds the
 * title with a kicker run into it ("Die Eisheiligen 2024 Wann sie sind …").
 */
function removeTitleHeading(content: Element, title: string) {
  const key = comparableText(title);
  if (key.length === 0) return;
  const first = content.querySelector('h1, h2');
  if (first && comparableText(normalizedText(first)) === key) {
    first.remove();
    return;
  }
  const firstProse = firstProseParagraph(content);
  for (const heading of content.querySelectorAll('h1, h2, h3')) {
    if (firstProse && precedes(firstProse, heading)) return;
    const text = comparableText(normalizedText(heading));
    const holdsTitle = text === key || (key.length >= MIN_TITLE_IN_KICKER && text.includes(key) && text.length <= key.length + MAX_KICKER_CHARS);
    if (holdsTitle) {
      heading.remove();
      return;
    }
  }
}

function isBylineText(line: string): boolean {
  return !/\d/.test(line);
}

/** The first byline that names a writer: one that names only the site goes, and the next is tried. */
function writerByline(candidates: Array<string | null | undefined>, siteName: string, hostname: string): string {
  for (const candidate of candidates) {
    const byline = cleanByline(candidate ?? '');
    if (byline !== '' && !namesOnlyPublisher(byline, siteName, hostname)) return byline;
  }
  return '';
}

/** The lead word must stand alone: "Byron", "Parker" and "Vonnegut" are names. */
function cleanByline(byline: string): string {
  return collapsedText(byline).replace(/^(by|oleh|penulis|reporter|written by|von|por|par)\b\s*[:\-–]?\s*/i, '');
}

function directionOf(dir: string | null | undefined, lang: string): 'ltr' | 'rtl' {
  if (dir === 'rtl' || dir === 'ltr') return dir;
  return RTL_LANGUAGES.has(lang.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
