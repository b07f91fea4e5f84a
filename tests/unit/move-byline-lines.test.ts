import { describe, expect, it } from 'vitest';
import { moveBylineLines } from '../../lib/extract/move-byline-lines';
import { pageDocument } from './support/page-document';

const BODY = 'Pemerintah menyatakan rencana pembangunan jalur kereta baru akan dimulai tahun depan setelah kajian lingkungan selesai dilakukan.';

function body(html: string): Element {
  return pageDocument(`<body><div id="c">${html}</div></body>`).querySelector('#c')!;
}

describe('moveBylineLines', () => {
  it.each([
    'Oleh Rehia Sebayang',
    'By Jane Doe',
    'Kamis, 4 Mei 2023 10:00 WIB',
    'Published Jun 04, 2026 • Last updated 1 day ago • 2 minute read',
    'Aktualisiert am 28. April 2023, 20:22 Uhr',
    'Updated: 12/03/2024 08:15',
    '5 min read',
    '3 Min Lesezeit',
    'Publiziert heute um 12:19 Uhr',
    'Thứ tư, 22/10/2025, 19:25 (GMT+7)',
    'Do 25.04.24 | 14:07 Uhr | Von',
    'Submitted on Mon, 2019-01-21 13:49',
    '5 April 2013 Last updated at 10:08 GMT',
    'Stand: 24.04.2024 22:58 Uhr',
    '03.05.2024 15:42 Uhr',
    'Uppdaterad 15.59 | Publicerad 14.14',
    '· Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: August 8',
    '2025年1月14日 01時28分 (1月14日 01時40分更新)',
    'Rahel Narda Chaterine | Senin, 12 Desember 2022 - 10:15 wib',
    "Adrianus Mandey | Jum'at, 19 Juni 2015 | 13:12 WIB",
  ])('moves "%s" out of the body', (line) => {
    const root = body(`<p>${line}</p><p>${BODY}</p><p>${BODY}</p>`);
    expect(moveBylineLines(root, '')).toEqual([line]);
    expect(root.textContent).not.toContain(line);
  });

  it('keeps the dateline that opens a news lead, and sentences that mention dates', () => {
    const lead = 'Jakarta, IDN Times - Pakta Pertahanan Atlantik Utara atau NATO berencana membuka kantor Asia.';
    const dated = 'Published in 1998, the report was updated twice.';
    const meeting = 'Meeting on 12.05.2024 at 10:00 cancelled.';
    const root = body(`<p>${lead}</p><p>${dated}</p><p>${meeting}</p><p>${BODY}</p>`);
    expect(moveBylineLines(root, '')).toEqual([]);
  });

  it('looks at every block above the first paragraph', () => {
    const bar = Array.from({ length: 6 }, (_, n) => `<span>Share ${n}</span>`).join('');
    const root = body(`<div>${bar}</div><time>Zuerst veröffentlicht am 30/04/2024 - 16:17</time><p>${BODY}</p><p>${BODY}</p>`);
    expect(moveBylineLines(root, '')).toEqual(['Zuerst veröffentlicht am 30/04/2024 - 16:17']);
  });

  it('drops a photo credit left above the text without its photo', () => {
    const root = body(`<p>Tous droits réservés Captures d'écran sur Truth Social et X @mooncatcherxbt</p><p>Publié le 06/01/2026 - 14:16 UTC+1</p><p>${BODY}</p>`);
    expect(moveBylineLines(root, '')).toEqual(['Publié le 06/01/2026 - 14:16 UTC+1']);
    expect(root.textContent).not.toContain('Tous droits réservés');
  });

  it('drops the copyright notice under the text, and keeps a sentence about copyright in it', () => {
    const sentence = 'Copyright law in the country was last reformed in 2019, the ministry said, after a long consultation.';
    const root = body(`<p>${BODY}</p><p>${sentence}</p><p>${BODY}</p><p>Copyright © AFP 2017-2026. Alle Rechte vorbehalten.</p>`);
    expect(moveBylineLines(root, '')).toEqual([]);
    expect(root.textContent).not.toContain('© AFP');
    expect(root.textContent).toContain('Copyright law in the country');
  });

  it('looks only at the first and last blocks', () => {
    const middle = Array.from({ length: 9 }, () => `<p>${BODY}</p>`).join('');
    const root = body(`${middle}<p>By Jane Doe</p>${middle}`);
    expect(moveBylineLines(root, '')).toEqual([]);
  });

  it.each(['NASIONAL', 'MEGAPOLITAN', 'BOLA DUNIA', 'detikNews', 'Kompas.com', 'Liputan6.com News'])(
    'drops the channel label "%s" above the text',
    (label) => {
      const root = body(`<div>${label}</div><p>${BODY}</p><p>${BODY}</p>`);
      expect(moveBylineLines(root, '')).toEqual([]);
      expect(root.textContent).not.toContain(label);
    },
  );

  it.each(['Jakarta', 'Berita Terkini', 'BERITA HARI INI', 'iPhone', 'example.org'])('keeps "%s" above the text: not a channel label', (line) => {
    const root = body(`<div>${line}</div><p>${BODY}</p><p>${BODY}</p>`);
    moveBylineLines(root, '');
    expect(root.textContent).toContain(line);
  });

  it('keeps a heading in capitals lower in the text, and the dateline that opens the lead', () => {
    const lead = 'JAKARTA, KOMPAS.com - Pemerintah menyatakan rencana pembangunan jalur kereta baru akan dimulai tahun depan.';
    const root = body(`<p>${lead}</p><p>${BODY}</p><h3>NATO</h3><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p><p>${BODY}</p>`);
    moveBylineLines(root, '');
    expect(root.querySelector('h3')?.textContent).toBe('NATO');
    expect(root.textContent).toContain('JAKARTA, KOMPAS.com -');
  });
});
