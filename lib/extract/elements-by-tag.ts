/**
 * Elements of some tags under `root`, in document order, as a fixed array (safe to change the tree
 * while going through it). Tag lookups are a DOM's fastest query: a selector list like
 * `'h1, h2, h3, p'` is matched selector by selector on every element in some DOM libraries
 * (happy-dom), a cost that grows with the list (issue 8).
 */
export function elementsByTag(root: Element | Document, ...names: string[]): Element[] {
  if (names.length === 1) return [...root.getElementsByTagName(names[0]!)];
  const wanted = new Set(names);
  return [...root.getElementsByTagName('*')].filter((element) => wanted.has(element.localName));
}

/**
 * The same elements grouped by tag, for steps where document order does not matter: in a browser
 * each tag lookup is a native pass, faster than reading every element's name in script.
 */
export function elementsOfTags(root: Element | Document, ...names: string[]): Element[] {
  return names.flatMap((name) => [...root.getElementsByTagName(name)]);
}
