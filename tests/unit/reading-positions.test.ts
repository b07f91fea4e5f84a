import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_POSITIONS,
  MIN_PROGRESS_TO_OFFER,
  POSITION_TTL_MS,
  normalizePositionBook,
  positionKey,
  positionToOffer,
  recordPosition,
  type ReadingPosition,
} from '@/lib/reading-position/reading-positions';
import { loadPositionToOffer, savePosition } from '@/utils/reading-position-storage';

const NOW = Date.UTC(2026, 0, 15);
const URL_A = 'https://example.org/news/a?id=7';

const at = (savedAt: number, extra: Partial<ReadingPosition> = {}): ReadingPosition => ({
  sectionId: 'sec-2',
  sectionTitle: 'Two',
  progress: 0.4,
  savedAt,
  ...extra,
});

describe('positionKey', () => {
  it('drops the fragment and tracking parameters but keeps the others', () => {
    expect(positionKey('https://example.org/a?id=7&utm_source=x&utm_medium=y&fbclid=abc&page=2#sec-3')).toBe(
      'https://example.org/a?id=7&page=2',
    );
  });

  it('gives the same key for the same article reached from a campaign link', () => {
    expect(positionKey(`${URL_A}&utm_campaign=z#top`)).toBe(positionKey(URL_A));
  });
});

describe('normalizePositionBook', () => {
  it('drops entries that are not positions', () => {
    const book = normalizePositionBook(
      {
        good: at(NOW - 1000),
        noTitle: { sectionId: 'x', progress: 0.5, savedAt: NOW },
        badId: { ...at(NOW), sectionId: 3 },
        nanProgress: at(NOW, { progress: Number.NaN }),
        text: 'hello',
        nothing: null,
      },
      NOW,
    );
    expect(Object.keys(book)).toEqual(['good']);
  });

  it.each([null, 'x', [at(NOW)]])('gives an empty book for %j', (raw) => {
    expect(normalizePositionBook(raw, NOW)).toEqual({});
  });

  it('drops entries older than 30 days and entries from the future', () => {
    const book = normalizePositionBook(
      { fresh: at(NOW - POSITION_TTL_MS + 1), old: at(NOW - POSITION_TTL_MS - 1), future: at(NOW + 60_000) },
      NOW,
    );
    expect(Object.keys(book)).toEqual(['fresh']);
  });

  it(`keeps only the ${MAX_POSITIONS} newest entries`, () => {
    const raw = Object.fromEntries(Array.from({ length: MAX_POSITIONS + 20 }, (_, i) => [`k${i}`, at(NOW - i * 1000)]));
    const book = normalizePositionBook(raw, NOW);
    expect(Object.keys(book)).toHaveLength(MAX_POSITIONS);
    expect(book.k0).toBeDefined();
    expect(book[`k${MAX_POSITIONS - 1}`]).toBeDefined();
    expect(book[`k${MAX_POSITIONS}`]).toBeUndefined();
  });

  it('clamps progress to 0..1', () => {
    const book = normalizePositionBook({ high: at(NOW, { progress: 3 }), low: at(NOW, { progress: -0.5 }) }, NOW);
    expect(book.high?.progress).toBe(1);
    expect(book.low?.progress).toBe(0);
  });
});

describe('recordPosition and positionToOffer', () => {
  it('replaces the entry for the same article', () => {
    let book = recordPosition({}, URL_A, at(NOW - 5000, { sectionTitle: 'First' }));
    book = recordPosition(book, `${URL_A}#sec-4`, at(NOW, { sectionTitle: 'Later' }));
    expect(Object.keys(book)).toEqual([positionKey(URL_A)]);
    expect(book[positionKey(URL_A)]?.sectionTitle).toBe('Later');
  });

  it('offers nothing near the top and the entry further down', () => {
    const near = recordPosition({}, URL_A, at(NOW, { progress: MIN_PROGRESS_TO_OFFER / 2 }));
    expect(positionToOffer(near, URL_A)).toBeNull();
    const further = recordPosition({}, URL_A, at(NOW, { progress: 0.5 }));
    expect(positionToOffer(further, `${URL_A}&utm_source=feed`)).toEqual(at(NOW, { progress: 0.5 }));
  });

  it('offers nothing for an article it has no entry for', () => {
    expect(positionToOffer(recordPosition({}, URL_A, at(NOW)), 'https://example.org/other')).toBeNull();
  });
});

describe('reading-position storage', () => {
  it('loads the position it saved', async () => {
    const position = at(Date.now(), { progress: 0.6 });
    await savePosition(URL_A, position);
    expect(await loadPositionToOffer(`${URL_A}#sec-2`)).toEqual(position);
  });

  it('offers nothing when storage holds garbage', async () => {
    await savePosition(URL_A, at(Date.now(), { progress: 0.6 }));
    expect(await loadPositionToOffer(URL_A)).not.toBeNull();
    await fakeBrowser.storage.local.set({ readingPositions: 'garbage' });
    expect(await loadPositionToOffer(URL_A)).toBeNull();
    await fakeBrowser.storage.local.set({ readingPositions: { [positionKey(URL_A)]: { progress: 'half' } } });
    expect(await loadPositionToOffer(URL_A)).toBeNull();
  });
});
