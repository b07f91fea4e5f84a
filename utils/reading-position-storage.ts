import { storage } from 'wxt/utils/storage';
import {
  normalizePositionBook,
  positionToOffer,
  recordPosition,
  type PositionBook,
  type ReadingPosition,
} from '@/lib/reading-position/reading-positions';

const positionsItem = storage.defineItem<PositionBook>('local:readingPositions', { fallback: {}, version: 1 });

export async function loadPositionToOffer(url: string, now = Date.now()): Promise<ReadingPosition | null> {
  return positionToOffer(normalizePositionBook(await positionsItem.getValue(), now), url);
}

export async function savePosition(url: string, position: ReadingPosition): Promise<void> {
  const book = normalizePositionBook(await positionsItem.getValue(), position.savedAt);
  await positionsItem.setValue(recordPosition(book, url, position));
}
