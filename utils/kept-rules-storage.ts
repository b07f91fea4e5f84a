import { storage } from 'wxt/utils/storage';
import { normalizeKeptRules, type KeptRules } from '@/lib/reader/kept-rules';

const keptRulesItem = storage.defineItem<KeptRules>('local:keptRules', { fallback: {}, version: 1 });

export async function loadKeptRules(): Promise<KeptRules> {
  return normalizeKeptRules(await keptRulesItem.getValue());
}

export async function saveKeptRules(kept: KeptRules): Promise<void> {
  await keptRulesItem.setValue(normalizeKeptRules(kept));
}

export function watchKeptRules(onChange: (kept: KeptRules) => void): () => void {
  return keptRulesItem.watch((value) => onChange(normalizeKeptRules(value)));
}
