import type { Removal } from './article-types';
import { elementsOfTags } from './elements-by-tag';

/**
 * Portal pages, long live blogs and threads put an article inside lists of thousands of links
 * (issue 8). Such a list is never the article, yet every later step would read it: on a very large
 * page, one cheap pass over the live page finds these lists, and the copy of the page leaves them
 * out (clone-page.ts). Below this size nothing is left out, so ordinary pages read as before.
 */
export const PRUNE_FROM_ELEMENTS = 10_000;
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

/**
 * What the reader reports for the lists it left out. Their text length is told by the sampled items
 * too: the whole text of a list of a hundred thousand links is megabytes, built only to be counted.
 */
export function longLinkListRemovals(lists: ReadonlySet<Element>): Removal[] {
  return [...lists].map((list) => {
    const sample = sampledItems(list);
    const sampledChars = sample.reduce((total, item) => total + (item.textContent ?? '').length, 0);
    return { ruleId: 'long-link-list', kind: 'navigation', textLength: Math.round((sampledChars / Math.max(1, sample.length)) * list.children.length) };
  });
}

/**
 * Judged on items spread evenly over the list: the share of link items in a list of thousands is
 * told by a few hundred of them, and reading every item of every list cost more than the article.
 */
const SAMPLED_ITEMS = 400;

function sampledItems(list: Element): Element[] {
  const items = list.children;
  const step = Math.max(1, items.length / SAMPLED_ITEMS);
  const sample: Element[] = [];
  for (let position = 0; position < items.length; position += step) sample.push(items[Math.floor(position)]!);
  return sample;
}

function isLinkList(list: Element): boolean {
  const sample = sampledItems(list);
  const linkItems = sample.filter((item) => (item.textContent ?? '').length <= MAX_ITEM_CHARS && item.querySelector('a[href]')).length;
  return linkItems >= sample.length * MIN_LINK_ITEM_SHARE;
}
