import { DEFAULT_KEYMAP, type Keymap } from '@/lib/keys/default-keymap';
import { normalizeKeymap } from '@/lib/keys/user-keymap';
import { normalizeSettings, type ReaderSettings } from '@/lib/settings/reader-settings';
import { localItem } from './local-item';

// Local, not sync: the reader never sends anything off the machine.
const settingsItem = localItem<ReaderSettings>('readerSettings');
const keymapItem = localItem<Keymap>('keymap');

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.get());
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await settingsItem.set(normalizeSettings(settings));
}

/** Calls back with validated settings whenever another page (the options page, another reader) saves them. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

export async function loadKeymap(): Promise<Keymap> {
  const stored = await keymapItem.get();
  return stored === undefined ? DEFAULT_KEYMAP : normalizeKeymap(stored);
}

export async function saveKeymap(keymap: Keymap): Promise<void> {
  await keymapItem.set(normalizeKeymap(keymap));
}

export function watchKeymap(onChange: (keymap: Keymap) => void): () => void {
  return keymapItem.watch((value) => onChange(normalizeKeymap(value)));
}
