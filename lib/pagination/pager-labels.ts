/**
 * The words pagers use, as data with provenance (like lib/rules): each label matches the whole
 * text of a link, arrows and guillemets aside. A label alone never makes a link the next page: the
 * link must also lead to a later page of the same story (see find-next-page.ts), because next-story
 * widgets and related cards use the same words.
 */
export interface PagerLabel {
  pattern: RegExp;
  why: string;
  /** File under tests/fixtures/pagination/ that shows the label in a pager. */
  fixture: string;
}

export const NEXT_PAGE_LABELS: PagerLabel[] = [
  {
    pattern: /^halaman (selanjutnya|berikutnya)$/i,
    why: 'Indonesian portals (Tribunnews, Okezone) under the last paragraph of each page',
    fixture: 'halaman-selanjutnya-1.html',
  },
  {
    pattern: /^(selanjutnya|berikutnya|lanjut|lanjutkan)$/i,
    why: 'Indonesian pagers (Kompas, Suara, Sindonews) next to the page numbers',
    fixture: 'selanjutnya-1.html',
  },
  {
    pattern: /^(lanjut baca|baca selanjutnya|lanjut membaca)$/i,
    why: 'Indonesian "read on" links at the foot of a page',
    fixture: 'baca-selanjutnya-1.html',
  },
  {
    pattern: /^continue reading$/i,
    why: 'Business Insider pages a long story with "Continue reading »" (goose3 corpus, test_businessinsider3)',
    fixture: 'continue-reading-1.html',
  },
  {
    pattern: /^next( page)?$/i,
    why: 'English pagers: "Next page", "Next »", "Next ›"',
    fixture: 'next-page-1.html',
  },
];

export const SHOW_ALL_LABELS: PagerLabel[] = [
  {
    pattern: /^(tampilkan|lihat|baca) semua( halaman)?$/i,
    why: 'Kompas and Tribunnews offer "Tampilkan semua" (?page=all) beside the pager',
    fixture: 'show-all-1.html',
  },
  {
    pattern: /^(show|view) (all|as single page|full article|all pages)$|^single page$/i,
    why: 'English show-all links ("Show All", "View as single page")',
    fixture: 'show-all-1.html',
  },
];

/** Arrows, guillemets and brackets around a pager word: "Next »", "‹ Sebelumnya", "[Selanjutnya]". */
const DECORATION = /[«»‹›<>→←⟶⟵▶◀►◄❯❮\[\]()|·•:]+/g;

export function labelText(text: string): string {
  return text.replace(DECORATION, ' ').replace(/\s+/g, ' ').trim();
}

export function matchesAny(labels: PagerLabel[], text: string): boolean {
  const label = labelText(text);
  return label.length > 0 && labels.some(({ pattern }) => pattern.test(label));
}
