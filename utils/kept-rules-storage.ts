import { normalizeKeptRules, type KeptRules } from '@/lib/reader/kept-rules';
import { localItem } from './local-item';

const keptRulesItem = localItem<KeptRules>('keptRules');

export async function loadKeptRules(): Promise<KeptRules> {
  return normalizeKeptRules(await keptRulesItem.get());
}

export async function saveKeptRules(kept: KeptRules): Promise<void> {
  await keptRulesItem.set(normalizeKeptRules(kept));
}

export function watchKeptRules(onChange: (kept: KeptRules) => void): () => void {
  return keptRulesItem.watch((value) => onChange(normalizeKeptRules(value)));
}
