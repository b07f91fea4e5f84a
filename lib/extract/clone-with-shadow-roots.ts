import { elementsOutside } from './clone-page';

/**
 * Stories rendered inside web components: `cloneNode` copies no shadow roots, so the clone of
 * such a page holds only the component tags and the reader said "doesn't look like an article".
 * These steps read the page's open shadow roots into the clone, flattened as the page shows them:
 * each host's shadow tree in place of its children, every `<slot>` replaced by the nodes assigned
 * to it (or its fallback content). Closed roots stay unreadable: `shadowRoot` is null for them.
 * Only DOM nodes are copied, so no page string is ever parsed: no HTML-parsing setter, no
 * declarative shadow DOM (security.md, section 5).
 *
 * Two steps, because the hidden boxes are found by their position among the light DOM's elements
 * (hidden-boxes.ts): the hosts are paired with their copies while the clone still matches the
 * page, and their shadow content goes in after the hidden boxes are removed.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** Shadow trees carry their own styles and scripts; the pipeline would remove them anyway. */
const SKIPPED_TAGS = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'LINK']);

// `contains`, not `isConnected`: happy-dom reports every node of a cloned document as disconnected.

/**
 * The live page's elements with an open shadow root, in document order; read once per extraction.
 * Nothing inside `skipped` boxes (the long link lists the copy leaves out) is visited.
 */
export function findShadowHosts(doc: Document, skipped: ReadonlySet<Element> = new Set()): Element[] {
  const root = doc.documentElement;
  if (skipped.size > 0 && root) return [root, ...elementsOutside(root, skipped)].filter((element) => element.shadowRoot);
  const hosts: Element[] = [];
  // One pass of property reads: next to cloning the page, this costs little, and nothing more happens without hosts.
  const all = doc.getElementsByTagName('*');
  for (let index = 0; index < all.length; index += 1) {
    const element = all[index] as Element;
    if (element.shadowRoot) hosts.push(element);
  }
  return hosts;
}

/** Fills the clone's hosts with their shadow content. Call after the hidden boxes are removed. */
export type InlineShadowRoots = () => void;

const NOTHING_TO_INLINE: InlineShadowRoots = () => {};

/**
 * Pairs the live page's elements with their copies in `clone`, which must be a fresh deep clone
 * of `doc` (the same elements in the same order).
 */
export function shadowRootInliner(hosts: Element[], doc: Document, clone: Document): InlineShadowRoots {
  if (hosts.length === 0) return NOTHING_TO_INLINE;
  const live = doc.getElementsByTagName('*');
  const copies = clone.getElementsByTagName('*');
  if (live.length !== copies.length) return NOTHING_TO_INLINE;
  const copyOf = new Map<Element, Element>();
  for (let index = 0; index < live.length; index += 1) copyOf.set(live[index] as Element, copies[index] as Element);

  return () => {
    const flattener = new Flattener(clone, copyOf);
    for (const host of hosts) {
      const copy = copyOf.get(host);
      // A host inside a box the page hides went with the box.
      if (!copy || !clone.contains(copy) || !host.shadowRoot) continue;
      copy.replaceChildren(...flattener.children(host.shadowRoot));
    }
  };
}

/** Builds the flattened copy of a shadow tree inside the clone document. */
class Flattener {
  constructor(
    private readonly clone: Document,
    /** Light DOM elements of the page and their copies, which slots move into place. */
    private readonly copyOf: Map<Element, Element>,
  ) {}

  children(parent: ParentNode): Node[] {
    return [...parent.childNodes].flatMap((child) => this.node(child));
  }

  private node(node: Node): Node[] {
    if (node.nodeType === TEXT_NODE) return [this.clone.importNode(node, false)];
    if (node.nodeType !== ELEMENT_NODE) return [];
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.tagName)) return [];
    if (element.localName === 'slot') return this.slotted(element as HTMLSlotElement);
    const lightCopy = this.copyOf.get(element);
    // Light DOM slotted into place: its copy moves, keeping the clone's own changes (hidden boxes removed).
    if (lightCopy) return this.clone.contains(lightCopy) ? [lightCopy] : [];
    const copy = this.clone.importNode(element, false);
    copy.append(...this.children(element.shadowRoot ?? element));
    return [copy];
  }

  /** Flattened assigned nodes; a slot with none shows its own children (its fallback content). */
  private slotted(slot: HTMLSlotElement): Node[] {
    const assigned = slot.assignedNodes({ flatten: true });
    if (assigned.length === 0) return this.children(slot);
    return assigned.flatMap((node) => this.node(node));
  }
}

/** A deep clone of `doc` with its open shadow roots read in: both steps at once, for a page with no hidden boxes to keep track of. */
export function cloneWithShadowRoots(doc: Document, hosts: Element[] = findShadowHosts(doc)): Document {
  const clone = doc.cloneNode(true) as Document;
  shadowRootInliner(hosts, doc, clone)();
  return clone;
}
