import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { articleHtmlFile } from '../../lib/export/article-html-file';
import { articleMarkdown } from '../../lib/export/article-markdown';
import type { ArticleSource } from '../../lib/export/article-source';
import { articleFileName } from '../../lib/export/file-name';
import { sanitizeArticleHtml } from '../../lib/sanitize/sanitize-article';
import { fixHappyDomForDomPurify, undoHappyDomFixes } from './support/happy-dom-dompurify';
import { FIXTURES_DIR, fixtureUrl, pageDocument, readPage } from './support/page-document';

fixHappyDomForDomPurify(window);
afterAll(() => undoHappyDomFixes());

const SEED = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'idntimes-nato-seed.expected.json'), 'utf8')) as {
  title: string;
  sections: string[];
  captions: string[];
  clutter: string[];
  bodyStartsWith: string;
};

/** The seed through the reader's own steps: extraction, then the sanitised body the reader renders. */
function seedInReader() {
  const html = readPage(resolve(FIXTURES_DIR, 'idntimes-nato-seed.html'));
  const url = fixtureUrl(html);
  const article = extractArticle(pageDocument(html, url), { url });
  const body = document.createElement('div');
  body.replaceChildren(sanitizeArticleHtml(article.html, window));
  const source: ArticleSource = {
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    date: article.publishedTime.slice(0, 10),
    url: article.url,
    standfirst: article.standfirst,
    lang: article.lang,
    outline: article.outline,
  };
  return { article, body, source };
}

describe('articleMarkdown on the seed article', () => {
  const { article, body, source } = seedInReader();
  const markdown = articleMarkdown(source, body);
  const lines = markdown.split('\n');

  it('starts with the title, then the credit and a link to the source', () => {
    expect(lines[0]).toBe(`# ${SEED.title}`);
    expect(markdown).toContain(`[${article.url}](<${article.url}>)`);
    if (article.byline) expect(markdown.slice(0, 400)).toContain(article.byline.split(' ')[0]);
  });

  it('gives every section a heading at its outline level', () => {
    for (const item of article.outline) {
      const escaped = item.text.replace(/^(\d+)\. /, '$1\\. ');
      expect(lines).toContain(`${'#'.repeat(item.level)} ${escaped}`);
    }
    expect(article.outline.map((item) => item.text)).toEqual(SEED.sections);
  });

  it('keeps the text, the photos with their alt text and the captions in italics', () => {
    expect(markdown).toContain('**Jakarta, IDN Times** - Pakta Pertahanan Atlantik Utara atau NATO');
    expect(markdown).toMatch(/!\[[^\]]*\]\(https?:\/\/[^)]+nato-flags-brussels_600x400\.svg\)/);
    for (const caption of SEED.captions) expect(markdown).toContain(`*${caption.slice(0, 40)}`);
  });

  it('brings back nothing that was removed as clutter', () => {
    for (const phrase of SEED.clutter) expect(markdown).not.toContain(phrase);
  });
});

describe('articleMarkdown', () => {
  const source: ArticleSource = {
    title: 'A *bold* title', byline: 'By Ana', siteName: 'Example', date: '2026-11-28',
    url: 'https://example.org/a', standfirst: '', lang: 'en', outline: [{ id: 'sec-one', level: 2, text: 'One' }, { id: 'sec-sub', level: 3, text: 'Sub' }],
  };

  it('writes lists, quotes, links and tables as Markdown', () => {
    const body = document.createElement('div');
    body.append(...Array.from(pageDocument(
      '<body><ol start="3"><li>third</li><li>fourth</li></ol><h3 id="sec-one">One</h3><h4 id="sec-sub">Sub</h4><ul><li>first</li><li>second</li></ul><blockquote><p>Said so.</p></blockquote>' +
        '<p>See <a href="https://example.org/x">this</a>.</p><table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></body>',
    ).body.childNodes));
    const markdown = articleMarkdown(source, body);
    expect(markdown).toContain('# A \\*bold\\* title\n\nBy Ana · Example · 2026-11-28  \n[https://example.org/a](<https://example.org/a>)');
    expect(markdown).toContain('\n## One\n');
    expect(markdown).toContain('\n### Sub\n');
    expect(markdown).toMatch(/^- first\n- second$/m);
    expect(markdown).toContain('3. third\n4. fourth');
    expect(markdown).toContain('> Said so.');
    expect(markdown).toContain('[this](https://example.org/x)');
    expect(markdown).toContain('| a | b |');
  });

  it('links no source that is not a web address', () => {
    const markdown = articleMarkdown({ ...source, url: 'file:///home/me/page.html' }, document.createElement('div'));
    expect(markdown).not.toContain('file://');
  });
});

describe('articleHtmlFile on the seed article', () => {
  const { article, body, source } = seedInReader();
  body.querySelector('p')?.classList.add('is-speaking');
  const file = articleHtmlFile(source, body);
  const saved = pageDocument(file, 'https://example.org/saved');

  it('is one document with its style inline and no script', () => {
    expect(file.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(saved.querySelector('style')?.textContent).toContain('font');
    expect(saved.querySelectorAll('script, link[rel=stylesheet]')).toHaveLength(0);
    expect(saved.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('holds the title, the source link and the sanitised body, with images linked', () => {
    expect(saved.title).toBe(SEED.title);
    expect(saved.querySelector('h1')?.textContent).toBe(SEED.title);
    expect(saved.querySelector(`a[href="${article.url}"]`)).not.toBeNull();
    expect(saved.body.textContent).toContain(SEED.bodyStartsWith);
    const images = Array.from(saved.querySelectorAll('img'), (img) => img.getAttribute('src') ?? '');
    expect(images.length).toBeGreaterThan(0);
    for (const src of images) expect(src).toMatch(/^https?:/);
    expect(saved.querySelector('[class="is-speaking"]')).toBeNull();
    for (const phrase of SEED.clutter) expect(saved.body.textContent).not.toContain(phrase);
  });
});

describe('articleFileName', () => {
  it.each([
    ['NATO Bakal Buka Kantor Asia Pertama di Jepang', 'html', 'NATO Bakal Buka Kantor Asia Pertama di Jepang.html'],
    ['What? A "quote": yes/no', 'md', 'What A quote yes no.md'],
    ['  ...hidden.  ', 'md', 'hidden.md'],
    ['', 'html', 'article.html'],
    ['CON', 'html', 'article.html'],
    ['Ünïcödé — كلمات', 'md', 'Ünïcödé — كلمات.md'],
  ] as const)('%j → %s', (title, extension, expected) => {
    expect(articleFileName(title, extension)).toBe(expected);
  });

  it('keeps long titles short', () => {
    expect(articleFileName('word '.repeat(50), 'html').length).toBeLessThanOrEqual(85);
  });
});
