// happy-dom 21.0.4 departs from the DOM standard in two places DOMPurify relies on, and then
// DOMPurify returns nearly unsanitised HTML (its maintainers do not support happy-dom:
// cure53/DOMPurify#1457). This file makes those two places follow the standard, for tests only.
// lib/sanitize/sanitize-article.ts refuses to run (self-test) where they are not fixed.
//
// 1. `Node.prototype.nodeName` returns '' (subclasses override it, but DOMPurify calls the
//    Node.prototype getter so that a clobbered `form.nodeName` cannot fool it). Every element
//    then looks disallowed. capricorn86/happy-dom#2182 (fix proposed in #2430).
// 2. A NodeIterator stops when its current node is removed (no "pre-removing steps"). DOMPurify
//    hoists a disallowed element's children after it and removes it; the walk then ends and
//    every later node is left as it was. capricorn86/happy-dom#2310 (fix proposed in #2429).
//
// Remove this file once happy-dom ships both fixes: the self-test in sanitize-article.test.ts
// shows whether a bare happy-dom window still fails.

/** The happy-dom classes to patch; they are module-level, so shared by every happy-dom Window. */
interface DomClasses {
  Node: typeof Node;
  Document: typeof Document;
}

interface Patched {
  owner: object;
  key: string;
  original: PropertyDescriptor;
}

let patched: Patched[] = [];

/**
 * Applies both fixes to the classes of `window` (idempotent). Call before the first sanitise,
 * and undoHappyDomFixes() in afterAll: the classes are shared with every other happy-dom window.
 */
export function fixHappyDomForDomPurify(window: DomClasses): void {
  if (patched.length > 0) return;
  patch(window.Node.prototype, 'nodeName', { configurable: true, get: specNodeName });
  const original = patch(window.Document.prototype, 'createNodeIterator', {
    configurable: true,
    writable: true,
    // DOMPurify passes no filter; any other caller keeps happy-dom's own iterator.
    value: function createNodeIterator(
      this: Document,
      root: Node,
      whatToShow = 0xffffffff,
      filter: NodeFilter | null = null,
    ) {
      if (filter === null) return new RemovalSafeNodeIterator(root, whatToShow);
      return (original.value as Document['createNodeIterator']).call(this, root, whatToShow, filter);
    },
  });
}

/** Puts happy-dom back as shipped: after a test file, and to show what the fixes are for. */
export function undoHappyDomFixes(): void {
  for (const { owner, key, original } of patched) Object.defineProperty(owner, key, original);
  patched = [];
}

/**
 * Redefines `key` on the prototype that owns it (happy-dom subclasses some classes per window)
 * and returns the original descriptor.
 */
function patch(prototype: object, key: string, replacement: PropertyDescriptor): PropertyDescriptor {
  for (let owner: object | null = prototype; owner; owner = Object.getPrototypeOf(owner)) {
    const original = Object.getOwnPropertyDescriptor(owner, key);
    if (original) {
      patched.push({ owner, key, original });
      Object.defineProperty(owner, key, replacement);
      return original;
    }
  }
  throw new Error(`happy-dom changed: no ${key} on ${prototype.constructor.name}`);
}

/** https://dom.spec.whatwg.org/#dom-node-nodename */
function specNodeName(this: Node): string {
  switch (this.nodeType) {
    case 1: // ELEMENT_NODE
      return (this as Element).tagName;
    case 2: // ATTRIBUTE_NODE
      return (this as Attr).name;
    case 3: // TEXT_NODE
      return '#text';
    case 4: // CDATA_SECTION_NODE
      return '#cdata-section';
    case 7: // PROCESSING_INSTRUCTION_NODE
      return (this as ProcessingInstruction).target;
    case 8: // COMMENT_NODE
      return '#comment';
    case 9: // DOCUMENT_NODE
      return '#document';
    case 10: // DOCUMENT_TYPE_NODE
      return (this as DocumentType).name;
    case 11: // DOCUMENT_FRAGMENT_NODE
      return '#document-fragment';
    default:
      throw new Error(`unexpected nodeType ${this.nodeType}`);
  }
}

/**
 * `nextNode()` of https://dom.spec.whatwg.org/#interface-nodeiterator (no filter callback),
 * plus the pre-removing steps for the one removal DOMPurify makes mid-walk: the current node.
 * The spec moves the reference to the node before the removed one in tree order; this records
 * that node on each step and uses it once the reference has left the tree. Any other mutation
 * that detaches both throws, so the fix cannot silently skip nodes either.
 */
class RemovalSafeNodeIterator {
  readonly root: Node;
  readonly whatToShow: number;
  readonly filter = null;
  referenceNode: Node;
  pointerBeforeReferenceNode = true;
  #precedingReference: Node | null = null;

  constructor(root: Node, whatToShow: number) {
    this.root = root;
    this.whatToShow = whatToShow;
    this.referenceNode = root;
  }

  nextNode(): Node | null {
    let node: Node | null = this.referenceNode;
    let beforeNode = this.pointerBeforeReferenceNode;
    if (!this.#isInRoot(node)) {
      if (!this.#precedingReference || !this.#isInRoot(this.#precedingReference)) {
        throw new Error('RemovalSafeNodeIterator: the tree changed in a way it does not model');
      }
      node = this.#precedingReference;
      beforeNode = false;
    }
    for (;;) {
      if (beforeNode) {
        beforeNode = false;
      } else {
        node = this.#following(node);
        if (!node) return null;
      }
      if (this.whatToShow & (1 << (node.nodeType - 1))) {
        this.referenceNode = node;
        this.pointerBeforeReferenceNode = false;
        this.#precedingReference = this.#preceding(node);
        return node;
      }
    }
  }

  previousNode(): Node | null {
    throw new Error('RemovalSafeNodeIterator: previousNode() is not needed by DOMPurify');
  }

  detach(): void {}

  #isInRoot(node: Node): boolean {
    return node === this.root || this.root.contains(node);
  }

  /** The next node in tree order inside root, or null. */
  #following(node: Node): Node | null {
    if (node.firstChild) return node.firstChild;
    for (let current: Node | null = node; current && current !== this.root; current = current.parentNode) {
      if (current.nextSibling) return current.nextSibling;
    }
    return null;
  }

  /** The previous node in tree order inside root, or null for root itself. */
  #preceding(node: Node): Node | null {
    if (node === this.root) return null;
    let previous = node.previousSibling;
    if (!previous) return node.parentNode;
    while (previous.lastChild) previous = previous.lastChild;
    return previous;
  }
}
