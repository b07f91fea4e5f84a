import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_KEYMAP } from '../../lib/keys/default-keymap';
import { DEFAULT_SETTINGS } from '../../lib/settings/reader-settings';
import { loadKeymap, loadSettings, saveKeymap, saveSettings, watchSettings } from '../../utils/settings-storage';

describe('settings storage', () => {
  it('starts from the defaults', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers what the reader chose', async () => {
    const chosen = {
      theme: 'sepia', fontSize: 22, fontFamily: 'sans', lineWidth: 'wide', lineHeight: 'loose',
      speechRate: 1.5, speechVoices: { id: 'Indonesian (espeak-ng)' },
    } as const;
    await saveSettings(chosen);
    expect(await loadSettings()).toEqual(chosen);
  });

  it('validates what another script wrote into storage', async () => {
    await fakeBrowser.storage.local.set({
      readerSettings: { theme: 'url(https://evil.example)', fontSize: 1e9, lineWidth: '100vw', lineHeight: 'narrow' },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, fontSize: 24 });
  });

  it('keeps a remapped keymap, and falls back to the defaults for one that cannot work', async () => {
    expect(await loadKeymap()).toEqual(DEFAULT_KEYMAP);
    const remapped = { ...DEFAULT_KEYMAP, n: 'nextSection' } as const;
    await saveKeymap(remapped);
    expect(await loadKeymap()).toEqual(remapped);
    // `g` alone would make `g g` untypeable; an unknown command could never run.
    await fakeBrowser.storage.local.set({ keymap: { ...DEFAULT_KEYMAP, g: 'top' } });
    expect(await loadKeymap()).toEqual(DEFAULT_KEYMAP);
    await fakeBrowser.storage.local.set({ keymap: { x: 'deleteEverything' } });
    expect(await loadKeymap()).toEqual(DEFAULT_KEYMAP);
  });

  it('tells a reader when the options page changes the settings', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings.lineWidth));
    await saveSettings({ ...DEFAULT_SETTINGS, lineWidth: 'narrow' });
    unwatch();
    expect(seen).toEqual(['narrow']);
  });
});
