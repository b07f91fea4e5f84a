import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { CORPUS_DIR, FIXTURES_DIR, fixtureUrl, pageDocument, readPage, visibleText } from './support/page-document';

const CORPUS = CORPUS_DIR;

function extractFile(path: string, url?: string) {
  const html = readPage(path);
  const pageUrl = url ?? fixtureUrl(html);
  const doc = pageDocument(html, pageUrl);
  const article = extractArticle(doc, { url: pageUrl });
  return { article, text: visibleText(article.html, pageUrl), doc };
}

/** Share of the gold text's 4-word shingles that the extracted text contains. */
function shingleRecall(gold: string, text: string): number {
  const shingles = (s: string) => {
    const words = s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    return new Set(words.slice(3).map((_, i) => words.slice(i, i + 4).join(' ')));
  };
  const expected = shingles(gold);
  const found = shingles(text);
  return [...expected].filter((s) => found.has(s)).length / Math.max(1, expected.size);
}

/** The seed's expectations, shared with the browser tests. */
const SEED = JSON.parse(readFileSync(resolve(FIXTURES_DIR, 'idntimes-nato-seed.expected.json'), 'utf8')) as {
  title: string;
  sections: string[];
  captions: string[];
  clutter: string[];
};

describe('the seed article in IDN Times markup', () => {
  const { article, text } = extractFile(resolve(FIXTURES_DIR, 'idntimes-nato-seed.html'));
  const seed = readFileSync(resolve(FIXTURES_DIR, 'seed/idntimes-nato-tokyo-office.txt'), 'utf8');

  it('has exactly the three numbered sections as its outline', () => {
    expect(article.outline.map((item) => item.text)).toEqual(SEED.sections);
    expect(article.outline.every((item) => item.level === 2)).toBe(true);
  });

  it('reads title, site, language and date', () => {
    expect(article.title).toBe(SEED.title);
    expect(article.siteName).toBe('IDN Times');
    expect(article.lang).toBe('id');
    expect(article.publishedTime).toMatch(/^2023-05-04/);
    expect(article.looksLikeArticle).toBe(true);
  });

  it.each(SEED.clutter)('drops "%s"', (clutter) => {
    expect(text).not.toContain(clutter);
  });

  it('opens with the dateline and keeps every body paragraph of the seed', () => {
    const firstParagraph = pageDocument(`<body>${article.html}</body>`).querySelector('p');
    expect(firstParagraph?.textContent?.trim()).toMatch(/^Jakarta, IDN Times - Pakta Pertahanan Atlantik Utara/);
    const body = seed.slice(seed.indexOf('Jakarta, IDN Times'), seed.indexOf('Share\nEditor'));
    const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 80);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
  });

  it('keeps every photo caption as a figcaption with its image', () => {
    const doc = pageDocument(`<body>${article.html}</body>`);
    const captions = [...doc.querySelectorAll('figure figcaption')].map((c) => c.textContent?.trim());
    expect(captions).toEqual(SEED.captions);
    for (const figure of doc.querySelectorAll('figure')) expect(figure.querySelector('img')).not.toBeNull();
  });

  it('gives the headings stable ids that the outline points to', () => {
    const again = extractFile(resolve(FIXTURES_DIR, 'idntimes-nato-seed.html')).article;
    expect(again.outline.map((item) => item.id)).toEqual(article.outline.map((item) => item.id));
    for (const item of article.outline) expect(article.html).toContain(`id="${item.id}"`);
  });
});

describe('IDN Times list article (saved page)', () => {
  const expected = JSON.parse(
    readFileSync(resolve(FIXTURES_DIR, 'idntimes-kisah-inspiratif/expected-outline.json'), 'utf8'),
  ) as { url: string; title: string; byline: string; outline: { level: number; text: string }[]; must_remove: string[]; body_starts_with: string; body_ends_with: string };
  const { article, text } = extractFile(
    resolve(FIXTURES_DIR, 'idntimes-kisah-inspiratif/idntimes-kisah-inspiratif-2021-08.excerpt.html'),
    expected.url,
  );

  it('has exactly its four sections', () => {
    expect(article.outline.map(({ level, text }) => ({ level, text }))).toEqual(expected.outline);
  });

  it('reads the full title and the byline', () => {
    expect(article.title).toBe(expected.title);
    expect(article.byline).toBe(expected.byline);
  });

  it('keeps the body from first to last line, with the lead photo above it', () => {
    const body = pageDocument(`<body>${article.html}</body>`);
    const paragraphs = [...body.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(paragraphs[0]?.startsWith(expected.body_starts_with)).toBe(true);
    expect(text.endsWith(expected.body_ends_with)).toBe(true);
    expect(body.querySelector('figure')?.nextElementSibling?.tagName).toBe('P');
  });

  it.each(expected.must_remove)('drops "%s"', (clutter) => {
    expect(text).not.toContain(clutter.replace(/\s+/g, ' '));
  });
});

describe('other Indonesian news pages', () => {
  const slasherrb = ['detik', 'kompas', 'merdeka', 'okezone', 'tribunnews', 'viva', 'suara', 'liputan6'];

  it.each(slasherrb)('%s (2015) keeps the gold text and drops "Baca juga"', (site) => {
    const dir = resolve(CORPUS, 'indonesian/slasherrb-2015');
    const { article, text } = extractFile(resolve(dir, `${site}.html`), `https://www.${site}.com/read/2015/06/19/article`);
    const gold = readFileSync(resolve(dir, `${site}_expectation.txt`), 'utf8');
    expect(article.title.length).toBeGreaterThan(10);
    expect(shingleRecall(gold, text)).toBeGreaterThan(0.9);
    expect(text).not.toMatch(/baca juga\s*:/i);
  });

  it.each(['detik-1', 'detik-2', 'detik-inet', 'detik-travel'])('%s (2022) drops every in-text "Baca juga"', (name) => {
    const { article, text } = extractFile(
      resolve(CORPUS, `indonesian/detik/${name}.html`),
      'https://news.detik.com/berita/d-6000000/article',
    );
    expect(article.wordCount).toBeGreaterThan(150);
    expect(text).not.toMatch(/baca juga/i);
  });
});

describe('English pages from the Readability suite', () => {
  const pages = ['bbc-1', 'guardian-1', 'nytimes-3', 'wapo-1', 'telegraph', 'medium-1'];

  it.each(pages)('%s keeps the text Readability keeps, with its title', (name) => {
    const dir = resolve(CORPUS, 'readability', name);
    const metadata = JSON.parse(readFileSync(resolve(dir, 'expected-metadata.json'), 'utf8')) as { title: string };
    const { article, text } = extractFile(resolve(dir, 'source.html'), `https://www.${name.replace(/-\d$/, '')}.com/news/article`);
    const expectedText = visibleText(readFileSync(resolve(dir, 'expected.html'), 'utf8'));
    expect(article.title).toBe(metadata.title);
    expect(shingleRecall(expectedText, text)).toBeGreaterThan(0.9);
  });
});

describe('the live page', () => {
  it('is never modified', () => {
    const html = readPage(resolve(FIXTURES_DIR, 'idntimes-nato-seed.html'));
    const doc = pageDocument(html, fixtureUrl(html));
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, { url: fixtureUrl(html) });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('not an article', () => {
  it('says so for a page of teasers', () => {
    const { article } = extractFile(resolve(FIXTURES_DIR, 'not-an-article.html'), 'https://news.example/');
    expect(article.looksLikeArticle).toBe(false);
  });
});

describe('the headline inside the text', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n} of the story explains what the weather will do in May, when the ice saints come and frost may return to the gardens.</p>`;

  it('goes from the body even with a kicker run into it, while later headings stay', () => {
    const html = `<html><head><title>Wann sie sind - und wie das Wetter wird</title></head><body><main><article>
      <h2><span>Die Eisheiligen 2024</span> Wann sie sind - und wie das Wetter wird</h2>
      ${paragraph(1)}${paragraph(2)}<h2>Wann sie sind</h2>${paragraph(3)}${paragraph(4)}</article></main></body></html>`;
    const doc = pageDocument(html, 'https://news.example/eisheilige');
    const article = extractArticle(doc, { url: 'https://news.example/eisheilige' });
    expect(article.title).toBe('Wann sie sind - und wie das Wetter wird');
    expect(article.html).not.toContain('Die Eisheiligen 2024');
    expect(article.outline.map((item) => item.text)).toEqual(['Wann sie sind']);
  });
});
