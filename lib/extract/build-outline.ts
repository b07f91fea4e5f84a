import type { OutlineItem } from './article-types';
import { comparableText, firstProseParagraph, linkDensity, normalizedText, precedes } from './text-blocks';

const MAX_SLUG_CHARS = 60;
const NUMBERED_SECTION = /^\d{1,2}\s*[.)]\s/;
/** Text a video card or photo box may hold besides its title: a duration, a date, a credit. */
const MAX_MEDIA_BOX_EXTRA_CHARS = 100;
const MEDIA = 'img, picture, video, audio, iframe';
/** Boxes beside the story: page navigation, another story's header, a sidebar. */
const BESIDE_THE_STORY = 'nav, header, aside';
/** Class names of a fact box or info box set in the text ("metro-factbox", "infobox", "flexmodule--factbox"). */
const SIDE_BOX_CLASS = /(?:^|[\s_-])(?:fact|info)-?box(?:$|[\s_-])/i;
/** Most of a teaser's heading is its link to the other page. */
const MIN_TEASER_LINK_SHARE = 0.5;

/**
 * Gives every section heading of the article a stable id derived from its text (the same page
 * gives the same ids) and returns the outline. Levels are relative: the top level present is 2.
 */
export function buildOutline(root: Element, title = ''): OutlineItem[] {
  const seen = new Set<string>();
  const firstProse = firstProseParagraph(root);
  const namesMedia = mediaNamer();
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => {
    const text = normalizedText(heading);
    const key = comparableText(text);
    // A repeated heading is a teaser shown twice, and one that holds the title is a kicker over it.
    if (key.length === 0 || seen.has(key) || repeatsTitle(key, comparableText(title))) return false;
    seen.add(key);
    // A list article may open straight on its first numbered item, next to its photo: "1. …" stays.
    if (NUMBERED_SECTION.test(text)) return true;
    return (
      !namesMedia(heading, text) &&
      !isHeaderMaterial(heading, firstProse) &&
      !isBesideTheStory(heading, root) &&
      !isTeaserLink(heading)
    );
  });
  const topLevel = Math.min(...headings.map(headingLevel));
  const used = new Set<string>();
  return headings.map((heading, index) => {
    const text = normalizedText(heading);
    const id = uniqueId(slugify(text) || `section-${index + 1}`, used);
    heading.setAttribute('id', id);
    return { id, level: headingLevel(heading) - topLevel + 2, text };
  });
}

/**
 * Headings above the first paragraph are the page's kicker, standfirst or author line ("Finanzmärkte",
 * "ku Frankfurt"): a section introduces text, and there is none yet.
 */
function isHeaderMaterial(heading: Element, firstProse: Element | undefined): boolean {
  return firstProse !== undefined && precedes(heading, firstProse);
}

/**
 * A caption set as a heading (NZZ) or the title of an embedded video (DW, CBC) names a picture,
 * not a section: its small box holds the media and little else. Sibling headings share their
 * boxes, so each box is searched and measured once.
 */
function mediaNamer(): (heading: Element, text: string) => boolean {
  const mediaTextLength = new Map<Element, number | null>();
  const lengthIfMedia = (box: Element): number | null => {
    let length = mediaTextLength.get(box);
    if (length === undefined) {
      length = box.querySelector(MEDIA) ? normalizedText(box).length : null;
      mediaTextLength.set(box, length);
    }
    return length;
  };
  return (heading, text) => {
    if (heading.closest('figure, figcaption')) return true;
    let box = heading.parentElement;
    for (let depth = 0; box && depth < 3; depth += 1, box = box.parentElement) {
      const length = lengthIfMedia(box);
      if (length !== null) return length <= text.length + MAX_MEDIA_BOX_EXTRA_CHARS;
    }
    return false;
  };
}

/**
 * A heading in the page navigation, in the header of another story, or on a fact box names that
 * box: the box sits beside the story's own sections.
 */
function isBesideTheStory(heading: Element, root: Element): boolean {
  const box = heading.closest(BESIDE_THE_STORY);
  if (box && root.contains(box)) return true;
  for (let element: Element | null = heading; element && element !== root; element = element.parentElement) {
    if (SIDE_BOX_CLASS.test(element.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * A heading that is mostly a link to another page is a teaser for that page, not a part of this one.
 * Links made absolute keep their "#part", so a link with one may point into this page and is let be.
 */
function isTeaserLink(heading: Element): boolean {
  const leavesThePage = [...heading.querySelectorAll('a[href]')].some((link) => !link.getAttribute('href')!.includes('#'));
  return leavesThePage && linkDensity(heading) >= MIN_TEASER_LINK_SHARE;
}

function headingLevel(heading: Element): number {
  return Number(heading.tagName.slice(1));
}

function repeatsTitle(heading: string, title: string): boolean {
  return title.length > 0 && (heading === title || (title.length >= 20 && heading.includes(title)));
}

/** Latin text keeps its words ("sec-1-rencana-sudah…"); other scripts fall back to a number. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/g, '');
}

function uniqueId(slug: string, used: Set<string>): string {
  let id = `sec-${slug}`;
  for (let n = 2; used.has(id); n += 1) id = `sec-${slug}-${n}`;
  used.add(id);
  return id;
}
