import { describe, expect, it } from 'vitest';
import { buildOutline, slugify } from '../../lib/extract/build-outline';
import { promotePseudoHeadings } from '../../lib/extract/promote-pseudo-headings';
import { protectHeadings } from '../../lib/extract/protect-headings';
import { pageDocument } from './support/page-document';

const LONG = 'Paragraf ini cukup panjang untuk menjadi isi bagian, dengan beberapa kalimat yang menjelaskan isi artikel.';

function body(html: string): Element {
  return pageDocument(`<body><div id="content">${html}</div></body>`).querySelector('#content')!;
}

describe('buildOutline', () => {
  it('lists headings with relative levels and stable, unique ids', () => {
    const root = body(`<p>${LONG}</p><h3>Naïve</h3><p>${LONG}</p><h4>Detail</h4><p>${LONG}</p><h3>Naive</h3><p>${LONG}</p>`);
    expect(buildOutline(root)).toEqual([
      { id: 'sec-naive', level: 2, text: 'Naïve' },
      { id: 'sec-detail', level: 3, text: 'Detail' },
      { id: 'sec-naive-2', level: 2, text: 'Naive' },
    ]);
    expect(root.querySelector('h4')?.id).toBe('sec-detail');
  });

  it('leaves out repeated headings and a kicker that holds the title', () => {
    const root = body(`<p>${LONG}</p><h2>Most read</h2><h2>Wero besteht Praxistest</h2><p>${LONG}</p><h2>Wero besteht Praxistest</h2><h2>USA stoppen Schattentanker: acht Namen, vier Flaggen</h2>`);
    expect(buildOutline(root, 'Acht Namen, vier Flaggen').map((item) => item.text)).toEqual(['Most read', 'Wero besteht Praxistest']);
  });

  it('leaves out the heading that repeats the title, and empty headings', () => {
    const root = body(`<h2>NATO Bakal Buka Kantor</h2><h2> </h2><h2>1. Rencana</h2><p>${LONG}</p>`);
    expect(buildOutline(root, 'NATO bakal buka kantor').map((item) => item.text)).toEqual(['1. Rencana']);
  });

  it('gives non-Latin headings numbered ids that the sanitiser accepts', () => {
    const root = body(`<p>${LONG}</p><h2>مقدمة</h2><p>${LONG}</p><h2>日本の経済</h2><p>${LONG}</p>`);
    const ids = buildOutline(root).map((item) => item.id);
    expect(ids).toEqual(['sec-section-1', 'sec-section-2']);
    for (const id of ids) expect(id).toMatch(/^sec-[a-z0-9-]{1,80}$/);
  });

  it('leaves out the kicker, standfirst and author line above the first paragraph, and captions', () => {
    const root = body(
      `<h3>Finanzmärkte</h3><h2>Index gibt leicht nach – Infineon gesucht</h2><h5>ku Frankfurt</h5><p>${LONG}</p>` +
        `<figure><img src="https://x.example/a.jpg" alt=""><figcaption><h2>Händler an der Börse</h2></figcaption></figure>` +
        `<h2>Texas Instruments besser als erwartet</h2><p>${LONG}</p>`,
    );
    expect(buildOutline(root).map((item) => item.text)).toEqual(['Texas Instruments besser als erwartet']);
  });

  it('leaves out the title of an embedded video card', () => {
    const root = body(
      `<p>${LONG}</p><div class="video-card"><img src="https://x.example/t.jpg" alt=""><h3>Some Palestinians worry about the talks</h3><span>Duration 1:30</span></div><p>${LONG}</p>` +
        `<div class="embed"><h2>Die Geschichte des Impfens</h2><video src="https://x.example/v.mp4"></video></div><h2>Wie häufig sind Impfschäden?</h2><p>${LONG}</p>`,
    );
    expect(buildOutline(root).map((item) => item.text)).toEqual(['Wie häufig sind Impfschäden?']);
  });

  it('keeps a list article’s first numbered section even when it opens the text', () => {
    const root = body(`<h2>1. Rencana sudah diketahui</h2><p>${LONG}</p><h2>2. Berkunjung ke Jepang</h2><p>${LONG}</p>`);
    expect(buildOutline(root).map((item) => item.text)).toEqual(['1. Rencana sudah diketahui', '2. Berkunjung ke Jepang']);
  });

  it('leaves out headings of the page navigation, of another story’s header and of fact boxes', () => {
    const root = body(
      `<p>${LONG}</p><h2>Die Lage am Morgen</h2><p>${LONG}</p>` +
        `<div class="metro-factbox"><h2 class="metro-factbox-title">What else is in the speech?</h2><p>${LONG}</p></div>` +
        `<div class="infobox"><h3>Geflüchtete in Hessen</h3><p>${LONG}</p></div>` +
        `<nav class="article-pagination"><h3>Seitennavigation</h3><a href="https://x.example/2">Weiter</a></nav>` +
        `<article><header><h2><span>Europäische Kommission</span>Verfahren gegen Tiktok</h2></header><p>${LONG}</p></article>`,
    );
    expect(buildOutline(root).map((item) => item.text)).toEqual(['Die Lage am Morgen']);
  });

  it('leaves out a heading that is a link to another story, but keeps one that links within the page', () => {
    const root = body(
      `<p>${LONG}</p><h3><p>Eskalation in Nahost</p><span>:</span><a href="https://news.example/nahost-liveblog">Aktuelle News zur Lage in Israel</a></h3><p>${LONG}</p>` +
        `<h2><a href="https://news.example/article#reaktionen">Reaktionen</a></h2><p>${LONG}</p>` +
        `<h2>Was Experten sagen, laut <a href="https://x.example/studie">Studie</a></h2><p>${LONG}</p>`,
    );
    expect(buildOutline(root).map((item) => item.text)).toEqual(['Reaktionen', 'Was Experten sagen, laut Studie']);
  });

  it('slugs strip accents and punctuation', () => {
    expect(slugify('3. Jepang dan Korsel: “KTT” NATO — tahun lalu!')).toBe('3-jepang-dan-korsel-ktt-nato-tahun-lalu');
    expect(slugify('Économie à Montréal')).toBe('economie-a-montreal');
  });
});

describe('promotePseudoHeadings', () => {
  it('turns bold-only paragraphs into section headings', () => {
    const root = body(`<p>${LONG}</p><p><strong>1. Rencana sudah diketahui</strong></p><p>${LONG}</p><p><b>2. Berkunjung ke Jepang</b></p><p>${LONG}</p>`);
    expect(promotePseudoHeadings(root)).toBe(2);
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      '1. Rencana sudah diketahui',
      '2. Berkunjung ke Jepang',
    ]);
  });

  it('turns a run of numbered title lines into headings, but not a single one', () => {
    const run = body(`<p>1. Awal mula</p><p>${LONG}</p><p>2. Kolaborasi</p><p>${LONG}</p>`);
    expect(promotePseudoHeadings(run)).toBe(2);
    const single = body(`<p>1. Awal mula</p><p>${LONG}</p>`);
    expect(promotePseudoHeadings(single)).toBe(0);
  });

  it('turns a paragraph whose class names it a subheading into a heading, even alone', () => {
    const root = body(`<p>${LONG}</p><p class="wp-block-ppi-onlineinterline">Texas Instruments besser als erwartet</p><p>${LONG}</p>`);
    expect(promotePseudoHeadings(root)).toBe(1);
    expect(root.querySelector('h2')?.textContent).toBe('Texas Instruments besser als erwartet');
  });

  it('leaves sentences, quotes and links alone', () => {
    const root = body(
      `<p><strong>Ini kalimat tebal biasa.</strong></p><p>${LONG}</p><p><strong>“Kutipan tebal”</strong></p><p>${LONG}</p><p><strong><a href="https://x.example/">Tautan</a></strong></p><p>${LONG}</p>`,
    );
    expect(promotePseudoHeadings(root)).toBe(0);
  });

  it('leaves the bold time stamps of a live ticker as paragraphs', () => {
    const root = body(
      `<p>${LONG}</p><p><strong>9h05 - La Bourse de Paris ouvre dans le vert</strong></p><p>${LONG}</p>` +
        `<p><strong>8h47 - ABB voit ses commandes fléchir</strong></p><p>${LONG}</p><p><b>12:30</b></p><p>${LONG}</p>` +
        `<p><b>11.04 Uhr: Drohne trifft Auto</b></p><p>${LONG}</p>`,
    );
    expect(promotePseudoHeadings(root)).toBe(0);
  });

  it('leaves a product card’s bold award under its heading and shop link as a paragraph', () => {
    const card = (n: number, award: string) =>
      `<h2>${n}. Heated airer ${n}</h2><p><a href="https://shop.example/${n}">£40, Dunelm</a></p><p><strong>${award}</strong></p><p>${LONG}</p>`;
    const root = body(`<p>${LONG}</p>${card(1, 'Best heated airer overall, 9/10')}${card(2, 'Best heated ladder')}<p><strong>How we tested</strong></p><p>${LONG}</p><p><strong>Why trust us</strong></p><p>${LONG}</p>`);
    expect(promotePseudoHeadings(root)).toBe(2);
    expect([...root.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['How we tested', 'Why trust us']);
  });

  it('nests under existing h2 sections', () => {
    const root = body(`<h2>Bagian</h2><p><strong>Sub satu</strong></p><p>${LONG}</p><p><strong>Sub dua</strong></p><p>${LONG}</p>`);
    promotePseudoHeadings(root);
    expect(root.querySelectorAll('h3').length).toBe(2);
  });
});

describe('protectHeadings', () => {
  it('strips the class names that make Readability delete section headings for no good reason', () => {
    const root = body('<h2 class="subtitle-media" id="x">1. Awal</h2><h3 class="entry-meta">2. Lanjut</h3>');
    expect(protectHeadings(root)).toBe(2);
    expect(root.querySelector('h2')?.hasAttribute('class')).toBe(false);
  });

  it('leaves the names of related, share and comment headings, so Readability still drops them', () => {
    const root = body('<h2 class="related-media">Berita terkait</h2><h3 class="share-widget">Bagikan</h3><h3 class="comment-meta">Komentar</h3>');
    expect(protectHeadings(root)).toBe(0);
  });
});

describe('headings Readability drops', () => {
  it('are put back where they stood, when each sits alone in its own box', async () => {
    const { extractArticle } = await import('../../lib/extract/extract-article');
    const section = (n: number) =>
      `<section class="story-content"><div class="inline"><h3>Update ${n}: officials respond</h3></div></section>` +
      `<section class="story-content"><p>${LONG} Paragraph ${n} adds detail about the response of officials and residents.</p>` +
      `<p>${LONG} It continues with more reporting from the scene, quotes and context for readers.</p></section>`;
    const html = `<html><body><main><article><h1>Live updates</h1><p>${LONG}</p>${[1, 2, 3].map(section).join('')}</article>
      <aside><h3>Most read</h3><ul><li><a href="https://x.example/1">Other story</a></li><li><a href="https://x.example/2">Another</a></li></ul></aside></main></body></html>`;
    const article = extractArticle(pageDocument(html, 'https://news.example/live'), { url: 'https://news.example/live' });
    expect(article.outline.map((item) => item.text)).toEqual([
      'Update 1: officials respond',
      'Update 2: officials respond',
      'Update 3: officials respond',
    ]);
    expect(article.html).not.toContain('data-reader-order');
  });
});
