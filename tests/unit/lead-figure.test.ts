import { describe, expect, it } from 'vitest';
import { findLeadFigure, restoreLeadFigure } from '../../lib/extract/lead-figure';
import { pageDocument } from './support/page-document';

const PROSE = '<p>The city council voted eleven to four on Friday night to tear down the crumbling sea wall and build a taller one.</p>';
const CAPTION = 'The old sea wall at low tide, seen from the harbour district.';

function leadOf(figure: string): Element {
  const doc = pageDocument(`<body><article>${figure}${PROSE}</article></body>`, 'https://news.example/story');
  return findLeadFigure(doc.body)!;
}

function content(html: string): Element {
  return pageDocument(`<body><div id="content">${html}</div></body>`, 'https://news.example/story').getElementById('content')!;
}

describe('lead figure', () => {
  it('goes back on top of an article that lost it', () => {
    const article = content(PROSE);
    restoreLeadFigure(article, leadOf(`<figure><img src="/wall.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`));
    expect(article.firstElementChild?.localName).toBe('figure');
    expect(article.querySelector('img')?.getAttribute('src')).toBe('https://news.example/wall.jpg');
  });

  it('is not shown twice when the article kept it with another of its addresses', () => {
    // Readability kept the placeholder src; the copy kept only the srcset.
    const lead = leadOf(`<figure><img srcset="https://news.example/wall-800.jpg 800w" alt="Sea wall"><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`<figure><img src="data:image/gif;base64,R0lGOD" srcset="https://news.example/wall-800.jpg 800w" alt="Sea wall"><figcaption>Other words</figcaption></figure>${PROSE}`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(1);
  });

  it('goes back although the article shows another photo under the same caption', () => {
    // A photo series may repeat one caption (IDN Times): the lead photo is still missing.
    const lead = leadOf(`<figure><img src="/wall.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`${PROSE}<figure><img src="https://news.example/wall-2.jpg"><figcaption>${CAPTION}</figcaption></figure>`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(2);
    expect(article.firstElementChild?.querySelector('img')?.getAttribute('src')).toBe('https://news.example/wall.jpg');
  });

  it('goes back although another image of the article shares its placeholder', () => {
    const placeholder = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    const lead = leadOf(`<figure><img src="${placeholder}" data-src="/wall.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`${PROSE}<p><img src="${placeholder}" data-src="/harbour.jpg" alt=""></p>`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(1);
    expect(article.firstElementChild?.localName).toBe('figure');
  });

  it('is not shown twice when the article kept it under its lazy loader address', () => {
    const lead = leadOf(`<figure><img data-lazy-src="https://news.example/wall.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`<p><img data-lazy-src="https://news.example/wall.jpg" alt=""></p>${PROSE}`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(0);
  });

  it('is not shown twice when the article kept it at another size (liputan6: /big/ and /original/)', () => {
    const lead = leadOf(`<figure><img src="https://cdn.example/medias/888939/big/006572800_1432913463-Pembukaan_PRJ.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`<figure><figcaption>${CAPTION}</figcaption><img src="https://cdn.example/medias/888939/original/006572800_1432913463-Pembukaan_PRJ.jpg"></figure>${PROSE}`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(1);
  });

  it('is not shown twice when the article kept it in another size of its srcset ("_600x400" beside "_1200x800")', () => {
    const lead = leadOf(`<figure><img srcset="https://cdn.example/dsc07314-0179c33ec6_600x400.jpg 600w, https://cdn.example/dsc07314-0179c33ec6_1200x800.jpg 1200w" alt=""><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`<p><img src="https://cdn.example/dsc07314-0179c33ec6_300x200.jpg"></p>${PROSE}`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(0);
  });

  it('goes back although another photo of the article has a short, common file name like its own', () => {
    const lead = leadOf(`<figure><img src="https://cdn.example/photos/123/original.jpg" alt=""><figcaption>${CAPTION}</figcaption></figure>`);
    const article = content(`${PROSE}<p><img src="https://cdn.example/photos/456/original.jpg"></p>`);
    restoreLeadFigure(article, lead);
    expect(article.querySelectorAll('figure')).toHaveLength(1);
  });
});
