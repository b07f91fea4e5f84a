import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractArticle } from '../../lib/extract/extract-article';
import { namesOnlyPublisher } from '../../lib/extract/publisher-byline';
import { CORPUS_DIR, pageDocument, readPage } from './support/page-document';

describe('namesOnlyPublisher', () => {
  // [byline, site name, host] as the corpus pages give them.
  it.each([
    ['BBC News', 'BBC News', 'www.bbc.com'],
    ['Liputan6.com', 'liputan6.com', 'news.liputan6.com'],
    ['Kompas Cyber Media', 'bola.kompas.com', 'bola.kompas.com'],
    ['PT. VIVA MEDIA BARU - VIVA.co.id', 'dunia.news.viva.co.id', 'dunia.news.viva.co.id'],
    ['Frankfurter Allgemeine Zeitung GmbH', 'FAZ.NET', 'www.faz.net'],
    ['SPIEGEL ONLINE, Hamburg, Germany', 'SPIEGEL ONLINE', 'www.spiegel.de'],
    ['Le Monde', 'Le Monde.fr', 'www.lemonde.fr'],
    ['ndr.de', 'ndr.de', 'www.ndr.de'],
    ['kicker', 'kicker', 'www.kicker.de'],
    ['読売新聞オンライン', '読売新聞オンライン', 'www.yomiuri.co.jp'],
  ])('"%s" on %s (%s) names only the site', (byline, siteName, host) => {
    expect(namesOnlyPublisher(byline, siteName, host)).toBe(true);
  });

  it.each([
    ['Tim detikBali', 'detikcom', 'news.detik.com'],
    ['Ed Hornick, CNN', 'cnn.com', 'www.cnn.com'],
    ["Jane O'Brien BBC, Washington", 'BBC News', 'www.bbc.co.uk'],
    ['Washington Post Editors', 'Washington Post', 'www.washingtonpost.com'],
    ['Guardian staff reporter', 'The Guardian', 'www.theguardian.com'],
    ['Euronews with Agencies', 'Euronews', 'www.euronews.com'],
    ['Rehia Sebayang', 'IDN Times', 'www.idntimes.com'],
    ['Parker Media', 'The Verge', 'www.theverge.com'],
    ['', 'BBC News', 'www.bbc.com'],
  ])('"%s" on %s (%s) names a writer', (byline, siteName, host) => {
    expect(namesOnlyPublisher(byline, siteName, host)).toBe(false);
  });
});

describe('extractArticle: the byline names a writer, not the site', () => {
  const read = (file: string, url: string) => extractArticle(pageDocument(readPage(join(CORPUS_DIR, file)), url), { url });

  it.each([
    ['indonesian/slasherrb-2015/liputan6.html', 'https://news.liputan6.com/read/2253617/wapres-jk-dan-ahok-blusukan-dari-udara'],
    ['indonesian/slasherrb-2015/kompas.html', 'https://bola.kompas.com/read/2015/06/19/supaya-timnya-mengalah'],
    ['indonesian/slasherrb-2015/viva.html', 'https://dunia.news.viva.co.id/news/read/640022-thailand-butuh-empat-hari'],
  ])('%s: the site in the author meta tag is no byline', (file, url) => {
    const article = read(file, url);
    expect(article.byline).toBe('');
    expect(article.siteName).not.toBe('');
  });

  it('a writer’s byline stays (detik: "Tim detikBali" is the team that wrote it)', () => {
    expect(read('indonesian/detik/detik-travel.html', 'https://travel.detik.com/travel-news/d-6453123/kadispar-badung').byline).toBe('Tim detikBali');
  });

  it('"By", "Von", "Par" go from the front of a byline, but not from the front of a name', () => {
    const byline = (author: string) =>
      extractArticle(
        pageDocument(
          `<html><head><title>Harbour ferries return</title><meta name="author" content="${author}"></head><body><article><h1>Harbour ferries return</h1>` +
            '<p>The harbour ferries go back to their old timetable on Monday, the city said, after a winter of shorter crossings while the north pier was rebuilt and the ramps were made wider.</p>'.repeat(4) +
            '</article></body></html>',
          'https://example.org/news/ferries',
        ),
        { url: 'https://example.org/news/ferries' },
      ).byline;
    expect(byline('By Mira Santoso')).toBe('Mira Santoso');
    expect(byline('Von: Nadja Zinsmeister')).toBe('Nadja Zinsmeister');
    expect(byline('Par Barbara Stiegler')).toBe('Barbara Stiegler');
    expect(byline('Byron Ellis')).toBe('Byron Ellis');
    expect(byline('Parker Vonnegut')).toBe('Parker Vonnegut');
  });
});
