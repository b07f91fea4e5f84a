/**
 * A news article inside a page with a long list of links around it, as on portal home pages, long
 * live blogs and threads: the shape that froze the tab in issue 8. Generated, so the bench and the
 * browser test can reach any size without committing huge files.
 */

/** Element counts the bench climbs, from a typical page to the largest the reader must still read. */
export const SIZE_LADDER = [4_000, 16_000, 64_000, 160_000, 500_000] as const;

const PARAGRAPH =
  'Pemerintah kota menyiapkan rencana baru untuk transportasi umum yang akan mulai berlaku bulan depan, dengan jalur bus tambahan dan jadwal kereta yang lebih rapat bagi warga di pinggiran kota.';

export interface LadderPageOptions {
  /** Roughly how many elements the page holds. */
  elements: number;
  /** A thumbnail in every link, as on photo-heavy portals (the 5.6 s row of issue 8). */
  imageInEachLink?: boolean;
}

/** The article's headline, for tests that look for it in the reader. */
export const LADDER_TITLE = 'Kota menyiapkan jalur bus baru dan jadwal kereta yang lebih rapat';
/** Its section headings, in order. */
export const LADDER_SECTIONS = ['Jalur baru di pinggiran', 'Jadwal kereta', 'Tanggapan warga'];

export function ladderPage({ elements, imageInEachLink = false }: LadderPageOptions): string {
  const article = [
    `<article class="detail"><h1>${LADDER_TITLE}</h1><p class="byline">Oleh Redaksi</p>`,
    ...LADDER_SECTIONS.flatMap((heading, section) => [
      `<h2>${heading}</h2>`,
      ...Array.from({ length: 4 }, (_, index) => `<p>${PARAGRAPH} Bagian ${section + 1}, paragraf ${index + 1}.</p>`),
    ]),
    '</article>',
  ].join('\n');
  // Each list item is li > a > (img?) + span, plus a date span: 4 or 5 elements.
  const perItem = imageInEachLink ? 5 : 4;
  const items = Math.max(0, Math.round((elements - 60) / perItem));
  const half = Math.floor(items / 2);
  const list = (from: number, count: number, label: string) => {
    const rows: string[] = [`<section class="index"><h3>${label}</h3><ul>`];
    for (let i = from; i < from + count; i += 1) {
      const image = imageInEachLink ? `<img src="/img/${i}.jpg" width="120" height="80" alt="">` : '';
      rows.push(`<li><a href="/berita/${i}">${image}<span>Berita nomor ${i} tentang kota</span></a><span class="date">1 Mei</span></li>`);
    }
    rows.push('</ul></section>');
    return rows.join('\n');
  };
  return [
    '<!doctype html><html lang="id"><head><meta charset="utf-8">',
    `<title>${LADDER_TITLE} - Portal Berita</title>`,
    '<meta property="og:site_name" content="Portal Berita"></head><body>',
    '<header><nav><ul><li><a href="/">Beranda</a></li><li><a href="/kota">Kota</a></li></ul></nav></header>',
    `<main>${list(0, half, 'Terpopuler')}`,
    article,
    `${list(half, items - half, 'Berita terkini')}</main>`,
    '<footer><p>Portal Berita</p></footer></body></html>',
  ].join('\n');
}
