import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../lib/extract/article-plain-text';
import { extractArticle } from '../../lib/extract/extract-article';
import { findPhotoStory } from '../../lib/extract/photo-story';
import { FIXTURES_DIR, fixtureUrl, pageDocument, readPage } from './support/page-document';

const CAPTION_OPENINGS = ['Warga melintasi banjir', 'Petugas gabungan mengevakuasi', 'Seorang anak bermain', 'Kendaraan yang terjebak'];

describe('a photo story (antara foto gallery)', () => {
  const html = readPage(resolve(FIXTURES_DIR, 'photo-story/antara-foto-gallery.html'));
  const url = fixtureUrl(html);
  const article = extractArticle(pageDocument(html, url), { url });
  const content = pageDocument(`<body>${article.html}</body>`, url).body;

  it('shows every photo with its caption', () => {
    const photos = [...content.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(photos.filter((src) => src?.includes('1200x800'))).toHaveLength(4);
    for (const opening of CAPTION_OPENINGS) expect(content.textContent).toContain(opening);
  });

  it('shows nothing of the gallery chrome', () => {
    expect(content.querySelectorAll('img[src*="120x80"], img[src*="300x200"]')).toHaveLength(0);
    for (const chrome of ['1/4', 'Foto Terkait', 'Beri nilai', 'Beranda', 'Pedoman Media Siber']) expect(content.textContent).not.toContain(chrome);
  });

  it('keeps the headline’s own "FOTO:" label', () => {
    expect(article.title).toBe('FOTO: Banjir Rendam Permukiman di Bekasi');
  });

  it('gives the captions as the plain-text body, since they are all the text there is', () => {
    const { articleBody } = articlePlainText(content);
    for (const opening of CAPTION_OPENINGS) expect(articleBody).toContain(opening);
  });
});

describe('findPhotoStory', () => {
  const prose = 'Pemerintah menyatakan rencana pembangunan jalur kereta baru akan dimulai tahun depan setelah kajian lingkungan selesai dilakukan oleh tim independen yang ditunjuk.';
  const figure = (n: number) =>
    `<figure><img src="https://x.example/${n}.jpg" alt=""><figcaption>Foto ${n}: warga melintasi jalan yang rusak berat di kawasan pinggiran kota setelah hujan deras.</figcaption></figure>`;

  it('leaves an article with captioned photos alone when its prose outweighs the captions', () => {
    const doc = pageDocument(`<body><article>${`<p>${prose}</p>`.repeat(4)}${figure(1)}${figure(2)}${figure(3)}</article></body>`);
    expect(findPhotoStory(doc.body)).toHaveLength(0);
  });

  it('finds the story when captions outweigh the prose and the gallery holds nothing else', () => {
    const doc = pageDocument(`<body><article><p>${prose}</p><div class="gallery">${figure(1)}${figure(2)}${figure(3)}<p>1/3</p></div></article></body>`);
    expect(findPhotoStory(doc.body)).toHaveLength(3);
  });

  it('leaves an article whose prose runs between its photos alone (Nine News)', () => {
    const short = 'Warga mengungsi ke masjid terdekat sejak Minggu malam.';
    const doc = pageDocument(`<body><article>${figure(1)}<p>${short}</p>${figure(2)}<p>${short}</p>${figure(3)}<p>${short}</p></article></body>`);
    expect(findPhotoStory(doc.body)).toHaveLength(0);
  });
});
