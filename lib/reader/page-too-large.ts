import { MAX_PAGE_ELEMENTS } from '../extract/page-size';
import type { ReaderState } from './reader-state';

type CannotRead = Extract<ReaderState, { kind: 'cannot-read' }>;

/**
 * The injected script's answer for a page above the size limit, as the reader shows it. The answer
 * comes from the page, so only its shape is trusted, and the figures are shown as numbers.
 */
export function pageTooLargeState(answer: unknown): CannotRead | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const raw = answer as Record<string, unknown>;
  if (raw.kind !== 'page-too-large') return null;
  const elements = typeof raw.elements === 'number' && Number.isFinite(raw.elements) ? Math.round(raw.elements) : 0;
  return { kind: 'cannot-read', reason: 'tooLarge', elements, limit: MAX_PAGE_ELEMENTS };
}
