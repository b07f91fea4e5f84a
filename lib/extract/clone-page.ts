import { safeDom } from './dom-clobbering';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const FILTER_SKIP = 3;

/**
 * The one copy of the page the pipeline changes; the live page is only read. Kept as its own step
 * so that another way of copying (one that also copies shadow roots) can take its place.
 *
 * `leaveOut` boxes are not copied at all (the long link lists of a very large page): only the
 * boxes on the way down to them are copied one by one, everything else in whole subtrees, so the
 * copy costs what the kept part of the page costs.
 */
export function clonePage(doc: Document, leaveOut: ReadonlySet<Element> = new Set()): Document {
  if (leaveOut.size === 0 || !doc.documentElement) return doc.cloneNode(true) as Document;
  // The live page's forms may shadow DOM members (see dom-clobbering.ts): read through the platform.
  const dom = safeDom(doc.documentElement);
  const onPath = new Set<Node>();
  for (const element of leaveOut) {
    for (let node = dom.parentNode(element); node && !onPath.has(node); node = dom.parentNode(node)) onPath.add(node);
  }
  const clone = doc.cloneNode(false) as Document;
  const copyChildren = (from: Node, to: Node) => {
    const children = dom.childNodes(from);
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (leaveOut.has(child as Element)) continue;
      if (onPath.has(child)) {
        const copy = clone.importNode(child, false);
        to.appendChild(copy);
        copyChildren(child, copy);
      } else {
        to.appendChild(clone.importNode(child, true));
      }
    }
  };
  copyChildren(doc, clone);
  return clone;
}

/**
 * The elements under `root` that the copy keeps, in its order: the `leaveOut` boxes and all they
 * hold are left out, and never even visited. On a page of half a million elements, reading each
 * element of its long link lists made the garbage collector the largest cost of the extraction.
 */
export function elementsOutside(root: Element, leaveOut: ReadonlySet<Element>): Element[] {
  const elements: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT, (node) =>
    leaveOut.has(node as Element) ? FILTER_REJECT : FILTER_ACCEPT,
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
  return elements;
}

/** A walker over the text under `root` that never enters the `leaveOut` boxes. */
export function textOutside(root: Element, leaveOut: ReadonlySet<Element>): TreeWalker {
  const doc = root.ownerDocument;
  if (leaveOut.size === 0) return doc.createTreeWalker(root, SHOW_TEXT_AND_CDATA);
  return doc.createTreeWalker(root, SHOW_TEXT_AND_CDATA | SHOW_ELEMENT, (node) =>
    node.nodeType !== 1 ? FILTER_ACCEPT : leaveOut.has(node as Element) ? FILTER_REJECT : FILTER_SKIP,
  );
}
