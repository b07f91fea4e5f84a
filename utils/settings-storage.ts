import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '@/lib/settings/reader-settings';

const settingsItem = storage.defineItem<ReaderSettings>('local:readerSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: ReaderSettings): Promise<void> {
  await settingsItem.setValue(normalizeSettings(settings));
}
