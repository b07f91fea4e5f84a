import { describe, expect, it } from 'vitest';
import { boxesAroundArticle } from '../../lib/extract/article-scope';
import { extractArticle } from '../../lib/extract/extract-article';
import { pageDocument } from './support/page-document';

const SENTENCE = 'Pemerintah kota menyetujui rencana transportasi baru pada hari Selasa setelah perdebatan panjang soal biaya dan rute.';
const paragraphs = (count: number, tag = 'p') =>
  Array.from({ length: count }, (_, index) => `<${tag}>${SENTENCE} Bagian ${index + 1} dari berita ini.</${tag}>`).join('');

/** A news page: menu, article, a sidebar of teasers, a footer. */
const NEWS_PAGE = `<html><body>
  <header id="menu"><nav><a href="/a">Berita</a><a href="/b">Olahraga</a><a href="/c">Hiburan</a></nav></header>
  <div id="layout">
    <main id="main"><div id="column"><article id="story">
      <h1>Rencana transportasi disetujui</h1><p class="byline">Oleh Ani Wijaya</p>
      <div id="text">${paragraphs(6)}<div class="hidden">Berlangganan sekarang untuk membaca berita terbaru di kota Anda.</div>${paragraphs(2)}</div>
    </article></div></main>
    <aside id="sidebar"><h3>Terpopuler</h3><ul>${'<li><a href="/x">Judul berita lain yang sangat populer hari ini</a></li>'.repeat(8)}</ul></aside>
  </div>
  <footer id="footer"><p>Hak cipta 2024 Contoh Media. Semua hak dilindungi.</p></footer>
</body></html>`;

const ids = (boxes: Set<Element>) => [...boxes].map((box) => box.id || box.localName).sort();

describe('the part of the page around the article', () => {
  it('is the menu, the sidebar and the footer: the siblings of the article box and of each box above it', () => {
    const doc = pageDocument(NEWS_PAGE, 'https://berita.example/transportasi');
    expect(ids(boxesAroundArticle(doc.body))).toEqual(['footer', 'menu', 'sidebar']);
  });

  it('is nothing when the text is not in paragraphs and the best paragraphs are elsewhere', () => {
    const page = `<html><body><div id="layout"><div id="wrap"><div id="inner">
      <div id="story">${Array.from({ length: 8 }, () => `${SENTENCE}<br><br>`).join('')}</div></div></div>
      <aside id="note"><div><div><p>${SENTENCE} Catatan redaksi tentang halaman ini.</p></div></div></aside></div></body></html>`;
    const doc = pageDocument(page, 'https://berita.example/br');
    expect(ids(boxesAroundArticle(doc.body))).toEqual([]);
  });

  it('is found from the runs of text between line breaks when the page has no paragraphs', () => {
    const page = `<html><body><nav id="menu"><a href="/">Beranda</a></nav><div id="layout"><div id="wrap"><div id="inner">
      <div id="story">${Array.from({ length: 8 }, () => `${SENTENCE}<br><br>`).join('')}</div></div></div></div>
      <div id="footer">Hak cipta 2024 Contoh Media. Semua hak dilindungi undang-undang.</div></body></html>`;
    const doc = pageDocument(page, 'https://berita.example/br');
    expect(ids(boxesAroundArticle(doc.body))).toEqual(['footer', 'menu']);
  });

  it('is nothing when the paragraphs hold no run of text long enough to weigh', () => {
    const runs = Array.from({ length: 6 }, () => `<p>${'<b>kata kata kata</b> '.repeat(8)}</p>`).join('');
    const page = `<html><body><nav id="menu">Menu</nav><div><div><div><div id="text">${runs}</div></div></div></div></body></html>`;
    const doc = pageDocument(page, 'https://berita.example/pendek');
    expect(ids(boxesAroundArticle(doc.body))).toEqual([]);
  });

  it('widens until it holds most of the sentences, so a long comment thread beside the text stays', () => {
    const page = `<html><body><div id="page"><nav id="menu"><a href="/">Beranda</a></nav>
      <div id="content"><div id="story-box"><div id="story"><div id="text">${paragraphs(4)}</div></div></div>
      <section id="comments">${paragraphs(3, 'div')}</section></div>
      <footer id="footer">Hak cipta</footer></div></body></html>`;
    const doc = pageDocument(page, 'https://berita.example/komentar');
    // The story alone holds 4 of the 7 sentence blocks: the box widens to the one that holds the comments too.
    expect(ids(boxesAroundArticle(doc.body))).toEqual(['footer', 'menu']);
  });

  it('does not read the text of skipped boxes, and is nothing when the article lies inside one', () => {
    const doc = pageDocument(NEWS_PAGE, 'https://berita.example/transportasi');
    const sidebar = doc.getElementById('sidebar')!;
    sidebar.insertAdjacentHTML('beforeend', paragraphs(30, 'div'));
    // Read, the sidebar's sentences widen the box to the layout around both; its list of other stories still goes.
    expect(ids(boxesAroundArticle(doc.body))).toEqual(['footer', 'menu', 'ul']);
    expect(ids(boxesAroundArticle(doc.body, new Set([sidebar])))).toEqual(['footer', 'menu', 'sidebar']);
    expect(ids(boxesAroundArticle(doc.body, new Set([doc.getElementById('layout')!])))).toEqual([]);
  });

  it('holds, inside the kept box, the lists of links to other pages beside the story, but not beside the paragraphs', () => {
    const teasers = (count: number, href = '/lain') => `<ul>${`<li><a href="${href}">Judul berita lain yang sangat populer hari ini</a></li>`.repeat(count)}</ul>`;
    const page = `<html><body><nav id="menu"><a href="/">Beranda</a></nav><div id="layout"><div id="column">
      <div id="wrap"><article id="story"><div id="text">${paragraphs(6)}</div><div id="beside-text">${teasers(8)}</div></article>
        <div id="after-story">${teasers(8)}</div></div>
      <div id="more-stories"><h3>Terpopuler</h3>${teasers(8)}</div>
      <div id="contents">${teasers(8, '#bagian')}</div>
      <div id="gallery">${'<a href="/foto"><img src="/f.jpg" alt=""></a>'.repeat(8)}</div>
      <div id="few-links">${teasers(4)}</div>
      <aside id="blurb-box"><p>${SENTENCE}</p><div id="blurb-links">${teasers(8)}</div></aside>
    </div></div><footer id="footer">Hak cipta</footer></body></html>`;
    const doc = pageDocument(page, 'https://berita.example/tautan');
    // Readability scores the paragraphs' box and the one above and joins their siblings: those lists stay
    // for it to judge. Links within the page, pictures without words and a few links are no list of stories.
    expect(ids(boxesAroundArticle(doc.body))).toEqual(['blurb-links', 'footer', 'menu', 'more-stories']);
  });

  it('is read through the platform, whatever a form on the page names its fields', () => {
    const page = NEWS_PAGE.replace('<main id="main">', '<form id="main"><input name="parentElement"><input name="childNodes"><input name="textContent">').replace(
      '</main>',
      '</form>',
    );
    const doc = pageDocument(page, 'https://berita.example/transportasi');
    expect(ids(boxesAroundArticle(doc.body))).toEqual(['footer', 'menu', 'sidebar']);
  });
});

describe('reading only the article part of the page', () => {
  const isHidden = (element: Element) => element.classList.contains('hidden');

  it('gives the whole article, with the box the page hides inside it still found and removed', () => {
    const doc = pageDocument(NEWS_PAGE, 'https://berita.example/transportasi');
    const article = extractArticle(doc, { url: doc.URL, isHidden });
    expect(article.html).toContain('Bagian 1 dari berita ini');
    expect(article.html).toContain('Bagian 2 dari berita ini');
    expect(article.html.match(/Bagian \d dari berita ini/g)).toHaveLength(8);
    expect(article.html).not.toContain('Berlangganan sekarang');
    expect(article.html).not.toContain('Terpopuler');
    expect(article.removals.filter((removal) => removal.ruleId === 'hidden-on-page')).toHaveLength(1);
  });
});
