import type { OutlineItem } from '../extract/article-types';
import { readingTime } from '../extract/reading-time';

export interface SectionTimes {
  /** Minutes for each outline item's own text (up to the next outline heading), by id. */
  minutesById: ReadonlyMap<string, number>;
  /** Minutes of the text before the first outline heading. */
  introMinutes: number;
  totalMinutes: number;
}

/**
 * Splits the article's reading time over its sections by their share of the words, so the outline's
 * times add up to the time shown under the title. Reads the rendered body: DOM in, numbers out.
 */
export function sectionReadingTimes(body: Element, outline: readonly OutlineItem[], lang: string, totalMinutes: number): SectionTimes {
  const ids = new Set(outline.map((item) => item.id));
  const textById = new Map<string | null, string[]>([[null, []]]);
  let current: string | null = null;
  const walker = body.ownerDocument.createTreeWalker(body, 0x1 | 0x4 /* elements and text */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const id = (node as Element).id;
      if (id && ids.has(id)) {
        current = id;
        textById.set(id, []);
      }
    } else {
      textById.get(current)?.push(node.nodeValue ?? '');
    }
  }
  const words = new Map([...textById].map(([id, parts]) => [id, readingTime(parts.join(' '), lang).wordCount]));
  const allWords = [...words.values()].reduce((sum, count) => sum + count, 0) || 1;
  const share = (id: string | null) => (totalMinutes * (words.get(id) ?? 0)) / allWords;
  return {
    minutesById: new Map(outline.map((item) => [item.id, share(item.id)])),
    introMinutes: share(null),
    totalMinutes,
  };
}

/** Minutes left from the start of the current section (or from the top, before the first section). */
export function minutesLeft(times: SectionTimes, outline: readonly OutlineItem[], currentId: string | null): number {
  const index = outline.findIndex((item) => item.id === currentId);
  if (index < 0) return times.totalMinutes;
  return outline.slice(index).reduce((sum, item) => sum + (times.minutesById.get(item.id) ?? 0), 0);
}
