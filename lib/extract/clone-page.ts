/**
 * The one copy of the page the pipeline changes; the live page is only read. Kept as its own step
 * so that another way of copying (one that also copies shadow roots) can take its place.
 */
export function clonePage(doc: Document): Document {
  return doc.cloneNode(true) as Document;
}
