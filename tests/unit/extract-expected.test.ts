import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../lib/extract/article-plain-text';
import { extractArticle } from '../../lib/extract/extract-article';
import { CORPUS_DIR, FIXTURES_DIR, fixtureUrl, pageDocument, readPage } from './support/page-document';

/**
 * Reviewed outputs of the whole pipeline on saved pages: title, byline, outline, captions and body
 * text. A missing or different expected file fails the test; nothing is ever written unless asked
 * for with `npm run fixtures:update`, so a new output is always read by a person before it counts.
 */
const UPDATE = process.env.UPDATE_EXPECTED === '1';
const EXPECTED_DIR = resolve(FIXTURES_DIR, 'expected');

const PAGES: Array<{ name: string; path: string; url?: string }> = [
  { name: 'idntimes-nato-seed', path: resolve(FIXTURES_DIR, 'idntimes-nato-seed.html') },
  {
    name: 'idntimes-kisah-inspiratif',
    path: resolve(FIXTURES_DIR, 'idntimes-kisah-inspiratif/idntimes-kisah-inspiratif-2021-08.excerpt.html'),
    url: 'https://www.idntimes.com/business/finance/rehia-indrayanti-br-sebayang/kisah-inspiratif-menjajal-peluang-bisnis-baru-saat-pandemik-covid',
  },
  ...['detik', 'kompas', 'merdeka', 'okezone', 'tribunnews', 'viva', 'suara', 'liputan6'].map((site) => ({
    name: `slasherrb-${site}`,
    path: resolve(CORPUS_DIR, `indonesian/slasherrb-2015/${site}.html`),
    url: `https://www.${site}.com/read/2015/06/19/article`,
  })),
  ...['detik-1', 'detik-2', 'detik-inet', 'detik-travel'].map((name) => ({
    name,
    path: resolve(CORPUS_DIR, `indonesian/detik/${name}.html`),
    url: 'https://news.detik.com/berita/d-6000000/article',
  })),
  ...['bbc-1', 'guardian-1', 'nytimes-3', 'wapo-1', 'telegraph', 'medium-1'].map((name) => ({
    name: `readability-${name}`,
    path: resolve(CORPUS_DIR, `readability/${name}/source.html`),
    url: `https://www.${name.replace(/-\d$/, '')}.com/news/article`,
  })),
];

function render(path: string, url?: string): string {
  const html = readPage(path);
  const pageUrl = url ?? fixtureUrl(html);
  const article = extractArticle(pageDocument(html, pageUrl), { url: pageUrl });
  const content = pageDocument(`<body>${article.html}</body>`, pageUrl).body;
  const { articleBody, captions } = articlePlainText(content);
  return [
    `title: ${article.title}`,
    `byline: ${article.byline}`,
    `site: ${article.siteName}`,
    `published: ${article.publishedTime}`,
    `lang: ${article.lang} (${article.dir})`,
    'outline:',
    ...article.outline.map((item) => `${'  '.repeat(item.level - 1)}${item.text}`),
    'captions:',
    ...captions.map((caption) => `  ${caption}`),
    'body:',
    articleBody,
    '',
  ].join('\n');
}

describe('reviewed outputs on saved pages', () => {
  it.each(PAGES)('$name', ({ name, path, url }) => {
    const actual = render(path, url);
    const expectedPath = resolve(EXPECTED_DIR, `${name}.txt`);
    if (UPDATE) {
      mkdirSync(dirname(expectedPath), { recursive: true });
      writeFileSync(expectedPath, actual);
      return;
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing: run npm run fixtures:update and review it`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
