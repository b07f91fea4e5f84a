import { storage } from 'wxt/utils/storage';
import { DEFAULT_KEYMAP, type Keymap } from '@/lib/keys/default-keymap';
import { normalizeKeymap } from '@/lib/keys/user-keymap';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '@/lib/settings/reader-settings';

// Local, not sync: the reader never sends anything off the machine.
const settingsItem = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const keymapItem = storage.defineItem<Keymap>('local:keymap', { fallback: DEFAULT_KEYMAP, version: 1 });

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}

/** Calls back with validated settings whenever another page (the options page, another reader) saves them. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(normalizeSettings(value)));
}

export async function loadKeymap(): Promise<Keymap> {
  return normalizeKeymap(await keymapItem.getValue());
}

export async function saveKeymap(keymap: Keymap): Promise<void> {
  await keymapItem.setValue(normalizeKeymap(keymap));
}

export function watchKeymap(onChange: (keymap: Keymap) => void): () => void {
  return keymapItem.watch((value) => onChange(normalizeKeymap(value)));
}
