import { useState } from 'preact/hooks';
import type { ClutterKind, Removal } from '../lib/extract/article-types';
import { formatNumber, t, tCount, type MessageKey } from './messages';

/** Message keys cannot hold hyphens, so `read-also` is worded by `kind_read_also`. */
export const kindMessage = (kind: ClutterKind) => `kind_${kind.replaceAll('-', '_')}` as MessageKey;

export interface RemovalSummaryProps {
  removals: Removal[];
  /** "Always keep this kind on this site"; absent where the reader cannot remember a site. */
  onKeep?: (kind: ClutterKind, ruleIds: string[]) => void;
}

/**
 * "Removed 12 blocks of clutter", expandable to what kind: cleaning the reader can explain. Each kind
 * can be kept on this site from the next read on; blocks the page itself hid cannot.
 */
export function RemovalSummary({ removals, onKeep }: RemovalSummaryProps) {
  const [kept, setKept] = useState<ReadonlySet<ClutterKind>>(new Set());
  if (removals.length === 0) return null;
  const byKind = new Map<ClutterKind, Removal[]>();
  for (const removal of removals) {
    const ofKind = byKind.get(removal.kind);
    if (ofKind) ofKind.push(removal);
    else byKind.set(removal.kind, [removal]);
  }
  return (
    <details class="removal-summary" data-testid="removal-summary">
      <summary>{tCount('removed', removals.length)}</summary>
      <ul>
        {[...byKind].map(([kind, blocks]) => (
          <li key={kind} data-kind={kind}>
            {t('removedKind', formatNumber(blocks.length), t(kindMessage(kind)))}
            {onKeep && kind !== 'hidden' && (
              kept.has(kind) ? (
                <span class="removal-summary__kept"> · {t('keptKind')}</span>
              ) : (
                <>
                  {' · '}
                  <button type="button" class="link-button" data-testid="keep-kind" aria-label={t('keepKindFor', t(kindMessage(kind)))}
                    onClick={() => {
                      onKeep(kind, [...new Set(blocks.map((block) => block.ruleId))]);
                      setKept(new Set([...kept, kind]));
                    }}>
                    {t('keepKind')}
                  </button>
                </>
              )
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
