import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/reader-settings';
import { loadSettings, saveSettings } from '../../utils/settings-storage';

describe('settings storage', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers what the reader chose', async () => {
    await saveSettings({ theme: 'sepia', fontSize: 22, fontFamily: 'sans' });
    expect(await loadSettings()).toEqual({ theme: 'sepia', fontSize: 22, fontFamily: 'sans' });
  });

  it('validates what another script wrote into storage', async () => {
    await fakeBrowser.storage.local.set({ readerSettings: { theme: 'url(https://evil.example)', fontSize: 1e9 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 24 });
  });
});
