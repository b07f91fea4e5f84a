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
}

export function safeDom(root: Element): SafeDom {
  const textContent = platformMember(root, 'textContent').get!;
  const tagName = platformMember(root, 'tagName').get!;
  const getAttribute = platformMember(root, 'getAttribute').value as Element['getAttribute'];
  const contains = platformMember(root, 'contains').value as Node['contains'];
  return {
    textContent: (node) => String(textContent.call(node) ?? ''),
    tagName: (element) => String(tagName.call(element)),
    getAttribute: (element, name) => getAttribute.call(element, name),
    contains: (ancestor, node) => contains.call(ancestor, node),
  };
}

/** Replaces every form of the clone with a `div` holding the same children, using ranges only. */
export function unwrapForms(doc: Document): number {
  const forms = [...doc.querySelectorAll('form')];
  for (const form of forms) {
    const range = doc.createRange();
    range.selectNodeContents(form);
    const children = range.extractContents();
    const replacement = doc.createElement('div');
    replacement.append(children);
    range.selectNode(form);
    range.deleteContents();
    range.insertNode(replacement);
  }
  return forms.length;
}
