import type { Removal } from './article-types';
import { elementsOfTags } from './elements-by-tag';

/**
 * Portal pages, long live blogs and threads put an article inside lists of thousands of links
 * (issue 8). Such a list is never the article, yet every later step would read it: on a very large
 * page, one cheap pass over the live page finds these lists, and the copy of the page leaves them
 * out (clone-page.ts). Below this size nothing is left out, so ordinary pages read as before.
 */
export const PRUNE_FROM_ELEMENTS = 30_000;
const MIN_LIST_ITEMS = 100;
/** A link-list item is a headline and a date, not a paragraph. */
const MAX_ITEM_CHARS = 300;
const MIN_LINK_ITEM_SHARE = 0.9;

/** The long lists of links on the live page (read-only). */
export function findLongLinkLists(body: Element, elementCount: number): Set<Element> {
  const lists = new Set<Element>();
  if (elementCount < PRUNE_FROM_ELEMENTS) return lists;
  for (const list of elementsOfTags(body, 'ul', 'ol')) {
    if (list.children.length >= MIN_LIST_ITEMS && isLinkList(list)) lists.add(list);
  }
  return lists;
}

/** What the reader reports for the lists it left out. */
export function longLinkListRemovals(lists: ReadonlySet<Element>): Removal[] {
  return [...lists].map((list) => ({ ruleId: 'long-link-list', kind: 'navigation', textLength: (list.textContent ?? '').length }));
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
