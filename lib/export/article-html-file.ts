import { creditLine, linkableUrl, type ArticleSource } from './article-source';

/**
 * The saved page's whole style: readable on its own, offline, in any browser. Images stay links to
 * the site (not embedded), so they show when online and the file stays small.
 */
export const SAVED_ARTICLE_CSS = `
body { margin: 0 auto; max-width: 42rem; padding: 2rem 1.25rem 4rem; font: 1.125rem/1.6 Charter, 'Iowan Old Style', Georgia, 'Noto Serif', serif; color: #1f1f1f; background: #fbfbf9; }
h1 { font-size: 2rem; line-height: 1.25; margin: 0 0 0.5rem; }
h2, h3, h4, h5, h6 { line-height: 1.3; margin: 2rem 0 0.5rem; }
.credit, .source { color: #5f6368; font: 0.9rem/1.4 system-ui, sans-serif; margin: 0.25rem 0; }
.standfirst { font-size: 1.2rem; color: #444; }
img, video, picture { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; }
figcaption { color: #5f6368; font-size: 0.9rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid #dadce0; color: #444; }
pre { overflow: auto; padding: 0.75rem; background: #f1f3f4; }
table { border-collapse: collapse; } th, td { border: 1px solid #dadce0; padding: 0.25rem 0.5rem; }
a { color: #0b57d0; }
@media (prefers-color-scheme: dark) { body { color: #e6e1e5; background: #1c1b1f; } a { color: #a8c7fa; } .credit, .source, figcaption { color: #a8a3ab; } }
`.trim();

/**
 * No script can run in the saved file, and it never tells a site where it was opened from: the
 * article is sanitised already, this keeps it so whatever opens the file.
 */
const SAVED_ARTICLE_CSP = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";

/**
 * A self-contained HTML document of the article: title, credit, source link, then a copy of the
 * sanitised body. Built as DOM in a fresh inert document and serialised, never by pasting strings.
 */
export function articleHtmlFile(source: ArticleSource, body: Element): string {
  const doc = body.ownerDocument.implementation.createHTMLDocument();
  if (source.lang) doc.documentElement.lang = source.lang;
  // The title element is added by hand: happy-dom (the CLI and tests) ignores createHTMLDocument's title.
  doc.head.replaceChildren(
    meta(doc, { charset: 'utf-8' }),
    element(doc, 'title', {}, source.title),
    meta(doc, { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    meta(doc, { 'http-equiv': 'Content-Security-Policy', content: SAVED_ARTICLE_CSP }),
    meta(doc, { name: 'referrer', content: 'no-referrer' }),
    element(doc, 'style', {}, SAVED_ARTICLE_CSS),
  );
  const article = element(doc, 'article');
  article.append(element(doc, 'h1', {}, source.title));
  if (source.standfirst) article.append(element(doc, 'p', { class: 'standfirst' }, source.standfirst));
  const credit = creditLine(source);
  if (credit) article.append(element(doc, 'p', { class: 'credit' }, credit));
  const url = linkableUrl(source.url);
  if (url) {
    const link = element(doc, 'p', { class: 'source' });
    link.append(element(doc, 'a', { href: url }, url));
    article.append(link);
  }
  const copy = doc.importNode(body, true);
  stripReaderMarks(copy);
  article.append(...Array.from(copy.childNodes));
  doc.body.append(article);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}

/** Classes in the body are the reader's own (the sanitiser drops the page's), such as the spoken-paragraph highlight. */
function stripReaderMarks(root: Element): void {
  for (const marked of Array.from(root.querySelectorAll('[class]'))) marked.removeAttribute('class');
}

function meta(doc: Document, attributes: Record<string, string>): HTMLMetaElement {
  return element(doc, 'meta', attributes) as HTMLMetaElement;
}

function element(doc: Document, tag: string, attributes: Record<string, string> = {}, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
