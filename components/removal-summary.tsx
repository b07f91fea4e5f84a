import type { ClutterKind, Removal } from '../lib/extract/article-types';
import { formatNumber, t, tCount, type MessageKey } from './messages';

/** Message keys cannot hold hyphens, so `read-also` is worded by `kind_read_also`. */
const kindMessage = (kind: ClutterKind) => `kind_${kind.replaceAll('-', '_')}` as MessageKey;

/** "Removed 12 blocks of clutter", expandable to what kind: cleaning the reader can explain. */
export function RemovalSummary({ removals }: { removals: Removal[] }) {
  if (removals.length === 0) return null;
  const counts = new Map<ClutterKind, number>();
  for (const removal of removals) counts.set(removal.kind, (counts.get(removal.kind) ?? 0) + 1);
  return (
    <details class="removal-summary" data-testid="removal-summary">
      <summary>{tCount('removed', removals.length)}</summary>
      <ul>
        {[...counts].map(([kind, count]) => (
          <li key={kind}>{t('removedKind', formatNumber(count), t(kindMessage(kind)))}</li>
        ))}
      </ul>
    </details>
  );
}
