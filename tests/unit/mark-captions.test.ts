import { describe, expect, it } from 'vitest';
import { dropOrphanCaptions, markCaptions } from '../../lib/extract/mark-captions';
import { pageDocument } from './support/page-document';

function body(html: string): Element {
  return pageDocument(`<body><div id="c">${html}</div></body>`).querySelector('#c')!;
}

function figcaptions(root: Element): string[] {
  return [...root.querySelectorAll('figure figcaption')].map((caption) => caption.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

describe('markCaptions', () => {
  it('turns a classed caption beside its photo into a figcaption', () => {
    const root = body('<div class="embed-image"><img src="https://x.example/a.jpg" alt=""><span class="main-article-source">Jens Stoltenberg. (IDN Times)</span></div>');
    expect(markCaptions(root)).toBe(1);
    expect(figcaptions(root)).toEqual(['Jens Stoltenberg. (IDN Times)']);
    expect(root.querySelector('figure img')).not.toBeNull();
  });

  it('accepts a caption that wraps its text in a paragraph', () => {
    const root = body('<div class="editor-img-box"><div class="img-box"><img src="https://x.example/a.jpg" alt=""></div><div class="caption"><p>정청래 대표가 의원총회에서 대화하고 있다. 뉴스1</p></div></div>');
    expect(markCaptions(root)).toBe(1);
    expect(figcaptions(root)).toEqual(['정청래 대표가 의원총회에서 대화하고 있다. 뉴스1']);
  });

  it('accepts a description box with its credit', () => {
    const root = body(
      '<div class="detail-img"><div class="detail-img__image-wrapper"><img src="https://x.example/p.jpg" alt=""></div><div class="detail-img__description"><div> Diese Pyramide zeigt den Ablauf. <span class="detail-img__copyright">Bild: fdp.de</span></div></div></div>',
    );
    markCaptions(root);
    expect(figcaptions(root).join(' ')).toContain('Diese Pyramide zeigt den Ablauf.');
  });

  it('finds an unlabelled caption beside the wrapper of its photo', () => {
    const root = body('<div class="imgbox"><div class="zoom"><img src="https://x.example/a.jpg" alt=""></div><p>Marines during the Kamandag exercise, Oct. 15.</p></div>');
    expect(markCaptions(root)).toBe(1);
    expect(figcaptions(root)).toEqual(['Marines during the Kamandag exercise, Oct. 15.']);
  });

  it('takes the label beside an icon for no caption', () => {
    const root = body('<div class="popup__header"><span>Diesen Artikel teilen</span><img src="https://x.example/icon-close.svg" width="24" height="24" alt="Close Button"></div>');
    expect(markCaptions(root)).toBe(0);
  });

  it('takes a two-word button label beside a gallery for no caption', () => {
    const root = body('<div class="gallery"><div><img src="https://x.example/a.jpg" alt=""></div><span>View Photos</span></div>');
    expect(markCaptions(root)).toBe(0);
  });

  it('accepts a long caption that the page labels as one', () => {
    const long = 'Internally displaced Palestinians queue for food in Jabalia. '.repeat(8).trim();
    const root = body(`<div class="wp-caption"><img src="https://x.example/a.jpg" alt=""><p class="wp-caption-text">${long}</p></div>`);
    expect(markCaptions(root)).toBe(1);
    expect(figcaptions(root)).toEqual([long]);
  });

  it('leaves a teaser card alone: its kicker is no caption and its link stays', () => {
    const root = body(
      '<article><a href="https://x.example/other"><img src="https://x.example/t.jpg" alt=""><span class="text-sub-caption">Demografie</span><h3>Berliner Geburtenrate auf Rekordtief</h3></a></article>',
    );
    expect(markCaptions(root)).toBe(0);
    expect(root.querySelector('a[href] h3')).not.toBeNull();
  });

  it('leaves a box of article text alone', () => {
    const text = 'Der Stadtrat hat am Dienstag nach langer Debatte den neuen Verkehrsplan beschlossen, der Kosten und Strecken festlegt.';
    const root = body(`<div><img src="https://x.example/a.jpg" alt=""><p class="caption">Foto: Stadt</p><p>${text}</p><p>${text}</p></div>`);
    expect(markCaptions(root)).toBe(0);
    expect(root.querySelector('figure')).toBeNull();
  });
});

describe('dropOrphanCaptions', () => {
  it('drops a caption whose image is gone, and keeps one with its image', () => {
    const root = body('<figure><figcaption>Lost photo</figcaption></figure><figure><img src="https://x.example/a.jpg" alt=""><figcaption>Kept</figcaption></figure>');
    expect(dropOrphanCaptions(root)).toBe(1);
    expect(figcaptions(root)).toEqual(['Kept']);
  });
});

describe('a caption set after the photo’s box', () => {
  const STORY = 'Otoritas Thailand menghabiskan waktu hampir empat hari sebelum memastikan kasus pertama MERS di negara itu.';
  it('joins the box and the caption into one figure (viva .thumbcontainer + .photodesc)', () => {
    const root = pageDocument(
      `<body><article><div class="thumbcontainer"><img src="https://x.example/a.jpg" alt=""><div class="ad-overlay"></div></div><div class="photodesc">Staf laboratorium memeriksa sampel di Bangkok. <b>(REUTERS/Chaiwat Subprasom)</b></div><p>${STORY}</p></article></body>`,
    ).body;
    expect(markCaptions(root)).toBe(1);
    expect(root.querySelector('figure img')).not.toBeNull();
    expect(root.querySelector('figure figcaption')?.textContent).toContain('Staf laboratorium');
    expect(root.querySelector('article > p')?.textContent).toBe(STORY);
  });
});
