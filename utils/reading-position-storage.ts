import {
  normalizePositionBook,
  positionToOffer,
  recordPosition,
  type PositionBook,
  type ReadingPosition,
} from '@/lib/reading-position/reading-positions';
import { localItem } from './local-item';

const positionsItem = localItem<PositionBook>('readingPositions');

export async function loadPositionToOffer(url: string, now = Date.now()): Promise<ReadingPosition | null> {
  return positionToOffer(normalizePositionBook(await positionsItem.get(), now), url);
}

export async function savePosition(url: string, position: ReadingPosition): Promise<void> {
  const book = normalizePositionBook(await positionsItem.get(), position.savedAt);
  await positionsItem.set(recordPosition(book, url, position));
}
