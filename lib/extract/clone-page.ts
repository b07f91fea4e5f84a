import { safeDom } from './dom-clobbering';

const ELEMENT_NODE = 1;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT_AND_CDATA = 0x4 | 0x8;

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
  visitOutside(root, leaveOut, SHOW_ELEMENT, (node) => elements.push(node as Element));
  return elements;
}

/**
 * The text nodes under `root`, in document order, outside the `leaveOut` boxes. A live form's
 * controls may shadow its `ownerDocument` (dom-clobbering.ts): for a root that may be a form, pass
 * the page's document.
 */
export function textOutside(root: Element, leaveOut: ReadonlySet<Element>, doc: Document = root.ownerDocument): CharacterData[] {
  const texts: CharacterData[] = [];
  if (leaveOut.size === 0) {
    const walker = doc.createTreeWalker(root, SHOW_TEXT_AND_CDATA);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as CharacterData);
  } else {
    visitOutside(root, leaveOut, SHOW_TEXT_AND_CDATA, (node) => texts.push(node as CharacterData), doc);
  }
  return texts;
}

/**
 * Visits the nodes under `root` that `whatToShow` names, in document order, jumping past each
 * `leaveOut` box (the walker reads elements too, to find those boxes). The walker has no filter: a
 * filter is a call from the engine into script for every node, which cost more than the walk
 * itself now that most pages leave the part around the article out (article-scope.ts).
 */
function visitOutside(root: Element, leaveOut: ReadonlySet<Element>, whatToShow: number, visit: (node: Node) => void, doc: Document = root.ownerDocument) {
  const walker = doc.createTreeWalker(root, whatToShow | SHOW_ELEMENT);
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === ELEMENT_NODE && leaveOut.has(node as Element)) {
      node = nextPast(walker);
      continue;
    }
    if (whatToShow & (1 << (node.nodeType - 1))) visit(node);
    node = walker.nextNode();
  }
}

/** The node after the walker's current node and all it holds; null at the end of the root. */
function nextPast(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    if (!walker.parentNode()) return null;
  }
}
