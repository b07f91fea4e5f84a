import type { Removal } from './article-types';
import { elementsOfTags } from './elements-by-tag';

/**
 * Portal pages, long live blogs and threads put an article inside lists of thousands of links
 * (issue 8). Such a list is never the article, yet every later step would read it: on a very large
 * page, one cheap pass over the live page finds these lists and the clone loses them first. Below
 * this size nothing is pruned, so ordinary pages are read exactly as before.
 */
export const PRUNE_FROM_ELEMENTS = 30_000;
const MIN_LIST_ITEMS = 100;
/** A link-list item is a headline and a date, not a paragraph. */
const MAX_ITEM_CHARS = 300;
const MIN_LINK_ITEM_SHARE = 0.9;
const LIST_TAGS = ['ul', 'ol'];

/**
 * Positions (in `elementsOfTags(body, 'ul', 'ol')` order) of the long lists of links on the live
 * page, and the lists themselves (for steps that read the live page and may skip them). Read-only.
 */
export function findLongLinkLists(body: Element, elementCount: number): { positions: number[]; lists: Set<Element> } {
  const positions: number[] = [];
  const lists = new Set<Element>();
  if (elementCount < PRUNE_FROM_ELEMENTS) return { positions, lists };
  elementsOfTags(body, ...LIST_TAGS).forEach((list, position) => {
    if (list.children.length >= MIN_LIST_ITEMS && isLinkList(list)) {
      positions.push(position);
      lists.add(list);
    }
  });
  return { positions, lists };
}

/** The same lists in a fresh clone of the page, found before anything else changes the clone. */
export function longLinkListsIn(cloneBody: Element, positions: number[]): Element[] {
  if (positions.length === 0) return [];
  const lists = elementsOfTags(cloneBody, ...LIST_TAGS);
  return positions.map((position) => lists[position]).filter((list): list is Element => !!list);
}

export function removeLongLinkLists(lists: Element[]): Removal[] {
  return lists.map((list) => {
    const removal: Removal = { ruleId: 'long-link-list', kind: 'navigation', textLength: (list.textContent ?? '').length };
    list.remove();
    return removal;
  });
}

function isLinkList(list: Element): boolean {
  let linkItems = 0;
  const items = list.children;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    if ((item.textContent ?? '').length <= MAX_ITEM_CHARS && item.querySelector('a[href]')) linkItems += 1;
  }
  return linkItems >= items.length * MIN_LINK_ITEM_SHARE;
}
