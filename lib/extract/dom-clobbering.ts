/**
 * A page can shadow a form's DOM properties with named controls: inside `<form>`, an
 * `<input name="parentNode">` makes `form.parentNode` that input (Readability then loops forever),
 * and `<img name="textContent">` breaks every text read. The pipeline therefore never calls a method
 * or getter on a live form directly, and turns the clone's forms into plain `div`s first.
 */

/** Looks a property up on the prototype chain of an element that cannot be clobbered. */
function platformMember(reference: Element, key: string): PropertyDescriptor {
  for (let proto = Object.getPrototypeOf(reference); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return descriptor;
  }
  throw new Error(`No DOM member ${key}`);
}

/** Platform getters and methods, bound to nothing, taken from the page's root element. */
export interface SafeDom {
  textContent(node: Node): string;
  tagName(element: Element): string;
  getAttribute(element: Element, name: string): string | null;
  contains(ancestor: Node, node: Node): boolean;
  parentElement(node: Node): Element | null;
  nextElementSibling(element: Element): Element | null;
  childNodes(node: Node): ArrayLike<ChildNode>;
  parentNode(node: Node): ParentNode | null;
}

export function safeDom(root: Element): SafeDom {
  const textContent = platformMember(root, 'textContent').get!;
  const tagName = platformMember(root, 'tagName').get!;
  const getAttribute = platformMember(root, 'getAttribute').value as Element['getAttribute'];
  const contains = platformMember(root, 'contains').value as Node['contains'];
  const parentElement = platformMember(root, 'parentElement').get!;
  const nextElementSibling = platformMember(root, 'nextElementSibling').get!;
  const childNodes = platformMember(root, 'childNodes').get!;
  const parentNode = platformMember(root, 'parentNode').get!;
  return {
    textContent: (node) => String(textContent.call(node) ?? ''),
    tagName: (element) => String(tagName.call(element)),
    getAttribute: (element, name) => getAttribute.call(element, name),
    contains: (ancestor, node) => contains.call(ancestor, node),
    parentElement: (node) => parentElement.call(node) as Element | null,
    nextElementSibling: (element) => nextElementSibling.call(element) as Element | null,
    childNodes: (node) => childNodes.call(node) as NodeListOf<ChildNode>,
    parentNode: (node) => parentNode.call(node) as ParentNode | null,
  };
}

/** Marks the `div` that stands in for a form, so clutter rules can still find sign-up and comment forms. */
export const FORM_MARK_ATTRIBUTE = 'data-reader-form';

/**
 * Replaces every form of the clone with a `div` holding the same children. The form's own members
 * may be shadowed, so its children and parent are read through the platform's getters.
 */
export function unwrapForms(doc: Document): number {
  const forms = [...doc.getElementsByTagName('form')];
  if (forms.length === 0) return 0;
  const reference = doc.documentElement;
  const childNodes = platformMember(reference, 'childNodes').get!;
  const parentNode = platformMember(reference, 'parentNode').get!;
  const replaceChild = platformMember(reference, 'replaceChild').value as Node['replaceChild'];
  for (const form of forms) {
    const replacement = doc.createElement('div');
    replacement.setAttribute(FORM_MARK_ATTRIBUTE, '');
    replacement.append(...[...(childNodes.call(form) as NodeListOf<ChildNode>)]);
    const parent = parentNode.call(form) as Node | null;
    if (parent) replaceChild.call(parent, replacement, form);
  }
  return forms.length;
}
