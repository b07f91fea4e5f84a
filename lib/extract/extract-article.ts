export interface ExtractOptions {
  url?: string;
}
export function extractArticle(doc: Document, options: ExtractOptions = {}) {
  return { title: doc.title, url: options.url ?? '' };
}
