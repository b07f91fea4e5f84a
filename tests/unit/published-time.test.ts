import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { formatDate } from '@/components/messages';
import { extractArticle } from '../../lib/extract/extract-article';
import { readablePublishedTime } from '../../lib/reader/published-time';
import { validateArticle } from '../../lib/reader/validate-article';
import { CORPUS_DIR, pageDocument, readPage } from './support/page-document';

describe('readablePublishedTime', () => {
  // Each as a corpus page gives it in its meta tags or on the page.
  it.each([
    ['2015-06-16T14-05-11Z', '2015-06-16T14:05:11Z'], // detik 2015: dashes in the time
    ['2015-06-19T03:40:00+07:00Z', '2015-06-19T03:40:00+07:00'], // merdeka: a zone, then Z
    ['19 Jun 2015 | 13:06', '2015-06-19T13:06'], // suara
    ['Jumat, 19 Juni 2015 13:06 WIB', '2015-06-19T13:06+07:00'],
    ['Senin, 3 Agustus 2020 08.15 WITA', '2020-08-03T08:15+08:00'],
    ['12 Desember 2022', '2022-12-12'],
    ['20180619T055000+0900', '2018-06-19T05:50:00+09:00'], // Nikkei
    ['2022-05-04T03:00:00 UTC', '2022-05-04T03:00:00Z'],
    ['2022-5-3T23:57:00', '2022-05-03T23:57:00'],
    ['1750680000000', '2025-06-23T12:00:00.000Z'], // milliseconds since 1970
    ['1651035600', '2022-04-27T05:00:00.000Z'], // seconds since 1970
  ])('"%s" → %s', (raw, iso) => {
    expect(readablePublishedTime(raw)).toBe(iso);
    expect(Number.isNaN(Date.parse(iso))).toBe(false);
  });

  it.each(['2021-08-09T07:44:00+07:00', '2023-04-28', 'Fri, 28 Apr 2023 10:00:00 GMT'])('"%s" is read already and stays as written', (raw) => {
    expect(readablePublishedTime(raw)).toBe(raw);
  });

  it.each(['14/01/2020', '2022-05-04-0305:49:00-10800', '2015-02-30T10:00:00', '30 Februari 2015 | 25:10', '99999', 'kemarin'])(
    '"%s" is no date it can be sure of: kept as written',
    (raw) => {
      expect(readablePublishedTime(raw)).toBe(raw);
    },
  );

  it('white space around is dropped, and nothing stays nothing', () => {
    expect(readablePublishedTime('  2015-06-16T14-05-11Z \n')).toBe('2015-06-16T14:05:11Z');
    expect(readablePublishedTime('  ')).toBe('');
  });
});

describe('the page’s publication time, as the reader takes it from the page', () => {
  it.each([
    ['indonesian/slasherrb-2015/detik.html', 'https://news.detik.com/berita/2945395/mahasiswa-ugm', '2015-06-16T14:05:11Z'],
    ['indonesian/slasherrb-2015/merdeka.html', 'https://www.merdeka.com/dunia/kisah-penjaga-penjara-guantanamo.html', '2015-06-19T03:40:00+07:00'],
    ['indonesian/slasherrb-2015/suara.html', 'https://www.suara.com/news/2015/06/19/130600/polda-bali', '2015-06-19T13:06'],
  ])('%s', (file, url, iso) => {
    const answer = JSON.parse(JSON.stringify(extractArticle(pageDocument(readPage(join(CORPUS_DIR, file)), url), { url }))) as unknown;
    expect(validateArticle(answer)?.publishedTime).toBe(iso);
  });
});

describe('formatDate', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('a day without a time is that day wherever the reader is', () => {
    for (const tz of ['America/Los_Angeles', 'UTC', 'Asia/Jakarta', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatDate('2022-12-12'), tz).toBe('December 12, 2022');
    }
  });

  it('a time with a zone is shown as the day it was where the reader is', () => {
    process.env.TZ = 'Asia/Jakarta';
    expect(formatDate('2015-06-19T03:40:00+07:00')).toBe('June 19, 2015');
    process.env.TZ = 'America/New_York';
    expect(formatDate('2015-06-19T03:40:00+07:00')).toBe('June 18, 2015');
  });

  it('an unreadable date shows nothing', () => {
    expect(formatDate('19 Jun 2015 | 13:06 kemarin')).toBe('');
    expect(formatDate('')).toBe('');
  });
});
