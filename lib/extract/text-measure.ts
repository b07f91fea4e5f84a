/**
 * Text lengths of every element, computed once from its children and reused. Asking
 * `normalizedText(element).length` of each block and each ancestor re-reads the same text again and
 * again (a page's outer boxes hold all of it), which made the clutter rules grow faster than the
 * page (issue 8). The figures equal those of `normalizedText` and `linkDensity` in text-blocks.ts.
 */
import { WHITESPACE_TO_COLLAPSE } from './text-blocks';

const HAS_NON_SPACE = /\S/;
const STARTS_WITH_SPACE = /^\s/;
const ENDS_WITH_SPACE = /\s$/;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/**
 * Whitespace collapsing composes: the collapsed text of two pieces is both collapsed texts, less
 * one space where a trailing space meets a leading one. So a parent's figures follow from its
 * children's, without building its text.
 */
interface TextStats {
  /** Length with every whitespace run as one space, untrimmed. */
  collapsed: number;
  startsWithSpace: boolean;
  endsWithSpace: boolean;
  /** Trimmed text length of every `<a>` inside (a link inside a link counts again, as querySelectorAll does). */
  linked: number;
}

const EMPTY: TextStats = { collapsed: 0, startsWithSpace: false, endsWithSpace: false, linked: 0 };

export interface TextMeasure {
  /** `normalizedText(element).length`. */
  textLength(element: Element): number;
  /** Text outside links, as `unlinkedTextLength`. */
  unlinkedLength(element: Element): number;
  /** Share of the text inside links, as `linkDensity`. */
  linkDensity(element: Element): number;
  /** Call before `element` leaves the tree: its ancestors' figures are stale from then on. */
  forget(element: Element): void;
}

/** A measure for one tree that only loses elements while it is in use (the clutter pass). */
export function createTextMeasure(): TextMeasure {
  const cache = new Map<Element, TextStats>();
  const stats = (element: Element): TextStats => cache.get(element) ?? computeStats(element, cache);
  const textLength = (element: Element) => trimmedLength(stats(element));
  return {
    textLength,
    unlinkedLength: (element) => Math.max(0, textLength(element) - stats(element).linked),
    linkDensity: (element) => {
      const total = textLength(element);
      return total === 0 ? 0 : Math.min(1, stats(element).linked / total);
    },
    forget: (element) => {
      for (let ancestor = element.parentElement; ancestor; ancestor = ancestor.parentElement) cache.delete(ancestor);
    },
  };
}

function trimmedLength(stats: TextStats): number {
  if (stats.collapsed === 0) return 0;
  return Math.max(0, stats.collapsed - Number(stats.startsWithSpace) - Number(stats.endsWithSpace));
}

/**
 * Children before parents, without recursion: a deep page must not overflow the stack. Children
 * are read by index: in some DOM libraries (happy-dom) each `nextSibling` searches the parent's
 * child list, which makes a long list quadratic.
 */
function computeStats(root: Element, cache: Map<Element, TextStats>): TextStats {
  const pending: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    pending.push(element);
    const childNodes = element.childNodes;
    for (let index = 0; index < childNodes.length; index += 1) {
      const child = childNodes[index]!;
      if (child.nodeType === ELEMENT_NODE && !cache.has(child as Element)) stack.push(child as Element);
    }
  }
  for (let index = pending.length - 1; index >= 0; index -= 1) {
    const element = pending[index]!;
    cache.set(element, statsFromChildren(element, cache));
  }
  return cache.get(root)!;
}

/**
 * Accumulated in numbers, not in one object per child: this runs once for every element of the
 * page, and the garbage of a per-child object (or closure) showed in every profile of the clutter
 * pass. Whitespace-only text between tags, the most common text node, counts as one space. Other
 * text is measured with native regexes, not a loop over its characters: the injected script runs
 * cold, and a loop in the interpreter is slower than the engine's own string code.
 */
function statsFromChildren(element: Element, cache: Map<Element, TextStats>): TextStats {
  let collapsed = 0;
  let startsWithSpace = false;
  let endsWithSpace = false;
  let linked = 0;
  const childNodes = element.childNodes;
  for (let index = 0; index < childNodes.length; index += 1) {
    const child = childNodes[index]!;
    const type = child.nodeType;
    let length: number;
    let starts: boolean;
    let ends: boolean;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = (child as CharacterData).data;
      if (data.length === 0) continue;
      if (HAS_NON_SPACE.test(data)) {
        length = data.replace(WHITESPACE_TO_COLLAPSE, ' ').length;
        starts = STARTS_WITH_SPACE.test(data);
        ends = ENDS_WITH_SPACE.test(data);
      } else {
        length = 1;
        starts = ends = true;
      }
    } else if (type === ELEMENT_NODE) {
      const childStats = cache.get(child as Element)!;
      linked += childStats.linked + ((child as Element).localName === 'a' ? trimmedLength(childStats) : 0);
      length = childStats.collapsed;
      starts = childStats.startsWithSpace;
      ends = childStats.endsWithSpace;
    } else {
      continue;
    }
    if (length === 0) continue;
    if (collapsed === 0) {
      collapsed = length;
      startsWithSpace = starts;
    } else {
      collapsed += length - (endsWithSpace && starts ? 1 : 0);
    }
    endsWithSpace = ends;
  }
  if (collapsed === 0 && linked === 0) return EMPTY;
  return { collapsed, startsWithSpace, endsWithSpace, linked };
}

