import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { pageDocument } from './support/page-document';

const sentence = (n: number) =>
  `Paragraph ${n} carries the story forward with enough detail, names and figures to read as real prose in the article body.`;
const chunk = (from: number, count: number) =>
  `<div class="chunk-grid"><div class="chunk-item"><div class="body__inner-container">${Array.from({ length: count }, (_, i) => `<p>${sentence(from + i)}</p>`).join('')}</div></div></div>`;

function extract(html: string) {
  const url = 'https://news.example/long-read';
  return extractArticle(pageDocument(`<html><head><title>A long read</title></head><body>${html}</body></html>`, url), { url });
}

describe('text split over sibling boxes', () => {
  it('brings back the boxes Readability left out, in page order', () => {
    const page = `<main><article><h1>A long read</h1>
      <div class="chunks">${chunk(1, 12)}<aside class="ad-slot">Advertisement</aside>${chunk(13, 3)}<aside class="ad-slot">Advertisement</aside>${chunk(16, 3)}</div>
    </article></main>`;
    const text = extract(page).html.replace(/<[^>]+>/g, ' ');
    const positions = [1, 12, 13, 15, 16, 18].map((n) => text.indexOf(`Paragraph ${n} carries`));
    expect(positions.every((position) => position >= 0), `positions ${positions}`).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('does not pull in the next story of an endless page', () => {
    const page = `<main><div class="feed">
      <div class="slot"><article class="story">${chunk(1, 10)}</article></div>
      <div class="slot"><article class="story"><h2>Next story</h2>${chunk(101, 3)}</article></div>
    </div></main>`;
    const html = extract(page).html;
    expect(html).toContain('Paragraph 10 carries');
    expect(html).not.toContain('Paragraph 101 carries');
  });

  it('does not pull in a box of the same kind nested deeper elsewhere (a quoted teaser)', () => {
    const page = `<main><article><div class="text">${Array.from({ length: 10 }, (_, i) => `<div class="para"><p>${sentence(i + 1)}</p></div>`).join('')}
      <section class="related"><div class="teaser"><div class="teaser-body"><div class="quote"><div class="para"><p>${sentence(200)}</p></div></div></div></div></section>
    </div></article></main>`;
    const html = extract(page).html;
    expect(html).toContain('Paragraph 10 carries');
    expect(html).not.toContain('Paragraph 200 carries');
  });
});
