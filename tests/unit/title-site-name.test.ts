import { describe, expect, it } from 'vitest';
import { siteNameApartFromTitle, withoutSiteName } from '../../lib/extract/title-site-name';

describe('withoutSiteName', () => {
  it.each([
    ['Supaya Timnya Mengalah, Eks Pelatih Mengaku Ditawari Rp 200 Juta - Kompas.com Bola', 'Kompas Cyber Media', 'bola.kompas.com'],
    ['Ahok Dukung Jokowi Diberi Pangkat Bintang Lima :: Okezone News', '', 'news.okezone.com'],
    ["Wapres JK dan Ahok 'Blusukan' dari Udara - News Liputan6.com", 'Liputan6.com', 'news.liputan6.com'],
    ['Kapanlagi.com: Raisa Rilis Lagu Baru Bersama Band Lamanya', 'KapanLagi.com', 'www.kapanlagi.com'],
    ['VIVA.co.id: Thailand Butuh Empat Hari Sebelum Pastikan ada MERS', '', 'dunia.news.viva.co.id'],
  ])('takes the site name out of "%s"', (title, siteName, host) => {
    expect(withoutSiteName(title, siteName, host, [])).not.toMatch(/kompas\.com|okezone|liputan6|kapanlagi|viva/i);
  });

  it('keeps a colon that belongs to the headline', () => {
    const title = 'Kadishub DKI: Taksi Uber Tak Punya Izin Operasi';
    expect(withoutSiteName(title, 'Tribunnews.com', 'www.tribunnews.com', [title])).toBe(title);
  });

  it('keeps the headline’s own "FOTO:" label when the page’s heading has it', () => {
    const headlines = ['FOTO: Banjir Rendam Ratusan Rumah di Bekasi - Tempo.co', 'FOTO: Banjir Rendam Ratusan Rumah di Bekasi'];
    expect(withoutSiteName('Banjir Rendam Ratusan Rumah di Bekasi', 'Tempo.co', 'foto.tempo.co', headlines)).toBe('FOTO: Banjir Rendam Ratusan Rumah di Bekasi');
    expect(withoutSiteName('FOTO: Banjir Rendam Ratusan Rumah di Bekasi - Tempo.co', 'Tempo.co', 'foto.tempo.co', headlines)).toBe(
      'FOTO: Banjir Rendam Ratusan Rumah di Bekasi',
    );
  });

  it('leaves a title alone when nothing around it names the site', () => {
    expect(withoutSiteName('BBC apologises for error in weather map', 'BBC News', 'www.bbc.co.uk', [])).toBe('BBC apologises for error in weather map');
  });
});

describe('siteNameApartFromTitle', () => {
  it('takes the site from a declared name that repeats the whole title (okezone)', () => {
    const title = 'Ahok Dukung Jokowi Diberi Pangkat Bintang Lima :: Okezone News';
    expect(siteNameApartFromTitle(title, title)).toBe('Okezone News');
    expect(withoutSiteName(title, 'Okezone News', 'news.okezone.com', [])).toBe('Ahok Dukung Jokowi Diberi Pangkat Bintang Lima');
  });

  it('leaves a site name with a separator of its own alone', () => {
    expect(siteNameApartFromTitle('Israel Nachrichten – Chadashoth Israel', 'Ein Bericht aus Tel Aviv')).toBe('Israel Nachrichten – Chadashoth Israel');
    expect(siteNameApartFromTitle('BioBioChile - La Red de Prensa', 'Gremios piden diálogo - BioBioChile')).toBe('BioBioChile - La Red de Prensa');
  });
});
