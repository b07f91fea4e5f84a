import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { findHiddenBoxes } from '../../lib/extract/hidden-boxes';
import { pageDocument } from './support/page-document';

const PARAGRAPH =
  'The city council approved the new transit plan on Tuesday after a long debate about costs, routes and the timeline for construction.';

const PAGE = `<html><body><article>
  <h1>Transit plan approved</h1>
  <p>${PARAGRAPH}</p><p>${PARAGRAPH} Officials said the first trains could run within three years.</p>
  <div class="collapsed"><h2>Part two</h2><p>${PARAGRAPH} Critics warned of delays.</p><p>${PARAGRAPH} Residents asked about noise.</p></div>
  <div class="paywall collapsed"><p>Subscribe now to read the latest news in your city.</p><ul><li>Unlimited access</li></ul></div>
  <p>${PARAGRAPH} The vote was seven to two.</p>
</article></body></html>`;

describe('boxes the live page hides', () => {
  const isHidden = (element: Element) => (element.getAttribute('class') ?? '').split(' ').includes('collapsed');

  it('are left out, unless they hold collapsed article text', () => {
    const doc = pageDocument(PAGE, 'https://news.example/transit');
    const article = extractArticle(doc, { url: 'https://news.example/transit', isHidden });
    expect(article.html).not.toContain('Subscribe now');
    expect(article.html).toContain('Critics warned of delays');
    expect(article.removals.filter((r) => r.ruleId === 'hidden-on-page')).toHaveLength(1);
  });

  it('are read from the live page without changing it', () => {
    const doc = pageDocument(PAGE, 'https://news.example/transit');
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: 'https://news.example/transit', isHidden });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('are found by utility class names when there are no styles (Node)', () => {
    const doc = pageDocument(PAGE.replace('paywall collapsed', 'paywall hidden'), 'https://news.example/transit');
    const html = extractArticle(doc, { url: 'https://news.example/transit' }).html;
    expect(html).not.toContain('Subscribe now');
    expect(html).toContain('Critics warned of delays');
  });

  it('count only when they hold text: a hidden icon or empty box is no clutter removed', () => {
    const page = PAGE.replace('<p>The city council approved', '<span class="collapsed"><svg><path d="M0 0"></path></svg></span><div class="collapsed">  </div><p>The city council approved');
    const doc = pageDocument(page, 'https://news.example/transit');
    const article = extractArticle(doc, { url: 'https://news.example/transit', isHidden });
    expect(article.removals.filter((r) => r.ruleId === 'hidden-on-page')).toHaveLength(1);
  });

  it('count only the text outside the boxes the copy leaves out', () => {
    const doc = pageDocument('<html><body><p>Story</p><div class="collapsed"><ul><li><a href="/a">Another story</a></li></ul></div></body></html>', 'https://news.example/a');
    const list = doc.querySelector('ul')!;
    expect(findHiddenBoxes(doc.body, isHidden)).toEqual([1]);
    expect(findHiddenBoxes(doc.body, isHidden, new Set([list]))).toEqual([]);
  });
});
