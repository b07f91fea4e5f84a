/**
 * Where the reader left each article, so that reopening it offers "Continue where you left off".
 * Kept in local extension storage only, keyed by the article's address; old and surplus entries are
 * dropped so the store never grows without bound.
 */
export interface ReadingPosition {
  /** Id of the section being read, or null before the first section. */
  sectionId: string | null;
  /** That section's title, shown in the offer without waiting for the article to render. */
  sectionTitle: string;
  /** Scroll position as a share (0–1) of the article's height, so it survives a change of text size. */
  progress: number;
  savedAt: number;
}

export type PositionBook = Readonly<Record<string, ReadingPosition>>;

export const POSITION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_POSITIONS = 500;
/** Closer than this to the top, there is no place worth returning to. */
export const MIN_PROGRESS_TO_OFFER = 0.03;

// Campaign and click-tracking parameters make one article look like many.
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src|_ga)$/i;

/** The article's identity: its address without fragment or tracking parameters. */
export function positionKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) {
      if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
    }
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Validates what storage holds, then drops entries older than 30 days and all but the newest 500. */
export function normalizePositionBook(raw: unknown, now: number): PositionBook {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
  const valid = Object.entries(raw as Record<string, unknown>).flatMap(([key, value]) => {
    const position = toPosition(value);
    return position && now - position.savedAt <= POSITION_TTL_MS && position.savedAt <= now ? [[key, position] as const] : [];
  });
  valid.sort((a, b) => b[1].savedAt - a[1].savedAt);
  return Object.fromEntries(valid.slice(0, MAX_POSITIONS));
}

export function recordPosition(book: PositionBook, url: string, position: ReadingPosition): PositionBook {
  return normalizePositionBook({ ...book, [positionKey(url)]: position }, position.savedAt);
}

/** The place to offer on reopening, if the reader had got anywhere. */
export function positionToOffer(book: PositionBook, url: string): ReadingPosition | null {
  const position = book[positionKey(url)];
  return position && position.progress >= MIN_PROGRESS_TO_OFFER ? position : null;
}

function toPosition(value: unknown): ReadingPosition | null {
  if (typeof value !== 'object' || value === null) return null;
  const { sectionId, sectionTitle, progress, savedAt } = value as Record<string, unknown>;
  if (sectionId !== null && typeof sectionId !== 'string') return null;
  if (typeof sectionTitle !== 'string' || typeof progress !== 'number' || typeof savedAt !== 'number') return null;
  if (!Number.isFinite(progress) || !Number.isFinite(savedAt)) return null;
  return { sectionId, sectionTitle: sectionTitle.slice(0, 300), progress: Math.min(1, Math.max(0, progress)), savedAt };
}
