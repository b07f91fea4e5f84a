import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { pageDocument } from './support/page-document';

const paragraph = (story: string, n: number) =>
  `<p>${story} paragraph ${n} goes on with names, places and numbers so that it reads like the prose of a real news story.</p>`;
const story = (kind: string, title: string, name: string) =>
  `<article class="${kind}"><h1>${title}</h1>${Array.from({ length: 6 }, (_, i) => paragraph(name, i + 1)).join('')}</article>`;

function extract(body: string) {
  const url = 'https://news.example/fear-will-grow';
  const doc = pageDocument(`<html><head><title>Fear will grow</title></head><body>${body}</body></html>`, url);
  return extractArticle(doc, { url });
}

describe('stories that follow the article on an endless page', () => {
  it('are left out when the headline sits in the first story', () => {
    const html = extract(`<main><div class="feed">${story('story story--main', 'Fear will grow', 'First')}<div class="next">${story('story', 'Solskjær to return?', 'Next')}</div></div></main>`).html;
    expect(html).toContain('First paragraph 6');
    expect(html).not.toContain('Next paragraph 1');
  });

  it('stay on a live page whose headline stands above its posts', () => {
    const posts = [1, 2].map((n) => story('live-post', `Update ${n}`, `Post${n}`)).join('');
    const html = extract(`<main><h1>Fear will grow</h1><div class="live">${posts}</div></main>`).html;
    expect(html).toContain('Post1 paragraph 1');
    expect(html).toContain('Post2 paragraph 1');
  });
});
