import type { Removal } from '../lib/extract/article-types';

const KIND_LABELS: Record<Removal['kind'], string> = {
  'read-also': '“read also” links',
  'app-promo': 'app promos',
  share: 'share bars',
  follow: '“follow us” boxes',
  newsletter: 'newsletter boxes',
  related: 'related-article lists',
  ad: 'ads',
  'continue-reading': '“continue reading” prompts',
  comments: 'comment prompts',
  tags: 'tag lists',
  'author-box': 'author boxes',
  navigation: 'navigation',
  modal: 'dialogs',
  hidden: 'hidden blocks',
};

/** "Removed 12 blocks of clutter", expandable to what kind: cleaning the reader can explain. */
export function RemovalSummary({ removals }: { removals: Removal[] }) {
  if (removals.length === 0) return null;
  const counts = new Map<Removal['kind'], number>();
  for (const removal of removals) counts.set(removal.kind, (counts.get(removal.kind) ?? 0) + 1);
  return (
    <details class="removal-summary" data-testid="removal-summary">
      <summary>
        Removed {removals.length} {removals.length === 1 ? 'block' : 'blocks'} of clutter
      </summary>
      <ul>
        {[...counts].map(([kind, count]) => (
          <li key={kind}>
            {count} {KIND_LABELS[kind]}
          </li>
        ))}
      </ul>
    </details>
  );
}
