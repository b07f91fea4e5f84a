import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { pageDocument } from './support/page-document';

const PARAGRAPH =
  'The city council approved the new transit plan on Tuesday after a long debate about costs, routes and the timeline for construction.';

/** Named controls shadow a form's own DOM members (HTMLFormElement is [LegacyOverrideBuiltIns]). */
const CLOBBERING_FORM = `<form class="hidden"><input name="parentNode"><img name="textContent"><input name="getAttribute">
  <input name="tagName"><input name="ownerDocument"><input name="contains"><input name="firstChild"><input name="remove"></form>`;

describe('pages whose forms shadow DOM members', () => {
  it('are still read, and the forms do not stop the pipeline', () => {
    const html = `<html><body><article><h1>Transit plan</h1><p>${PARAGRAPH}</p>${CLOBBERING_FORM}
      <p>${PARAGRAPH} Officials said trains could run in three years.</p><form><input name="parentNode"><p>Subscribe</p></form>
      <p>${PARAGRAPH} Critics warned of delays.</p></article></body></html>`;
    const doc = pageDocument(html, 'https://news.example/transit');
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, { url: 'https://news.example/transit' });
    expect(article.html).toContain('Critics warned of delays');
    expect(article.html).not.toContain('<form');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
