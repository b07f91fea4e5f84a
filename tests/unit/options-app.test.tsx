import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsAppProps } from '@/components/options-app';
import { DEFAULT_KEYMAP, type Keymap } from '@/lib/keys/default-keymap';
import { bindableTargets, sequencesFor } from '@/lib/keys/user-keymap';
import { DEFAULT_SETTINGS, type ReaderSettings } from '@/lib/settings/reader-settings';
import { useLocale } from './support/chrome-i18n';
import { renderContainer } from './support/render-container';

const mounted = renderContainer();

function stores(keymap: Keymap = DEFAULT_KEYMAP) {
  const settingsStore = {
    load: vi.fn(async (): Promise<ReaderSettings> => DEFAULT_SETTINGS),
    save: vi.fn(async (_settings: ReaderSettings) => undefined),
    watch: vi.fn((_onChange: (settings: ReaderSettings) => void) => () => undefined),
  };
  const keymapStore = {
    load: vi.fn(async (): Promise<Keymap> => keymap),
    save: vi.fn(async (_keymap: Keymap) => undefined),
    watch: vi.fn((_onChange: (keymap: Keymap) => void) => () => undefined),
  };
  return { settingsStore, keymapStore } satisfies OptionsAppProps;
}

async function mount(props: OptionsAppProps) {
  await act(async () => {
    render(<OptionsApp {...props} />, mounted.current);
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

const row = (binding: string) => mounted.current.querySelector<HTMLTableRowElement>(`tr[data-binding="${binding}"]`)!;
const rowKeys = (binding: string) => [...row(binding).querySelectorAll('kbd')].map((kbd) => kbd.textContent);

async function press(target: Element, key: string) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

async function recordKey(binding: string, key: string) {
  await act(async () => row(binding).querySelector<HTMLButtonElement>('[data-testid=add-key]')!.click());
  const recorder = row(binding).querySelector('[data-testid=key-recorder]');
  expect(recorder).not.toBeNull();
  await press(recorder!, key);
  // One key waits for Enter, since it may start a sequence.
  const stillRecording = row(binding).querySelector('[data-testid=key-recorder]');
  expect(stillRecording?.textContent).toContain(key);
  await press(stillRecording!, 'Enter');
}

describe('OptionsApp appearance', () => {
  it('saves the line width chosen in its select', async () => {
    const props = stores();
    await mount(props);
    const select = mounted.current.querySelector<HTMLSelectElement>('select[name=lineWidth]')!;
    await act(async () => {
      select.value = 'wide';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.settingsStore.save).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, lineWidth: 'wide' });
  });
});

describe('OptionsApp keymap editor', () => {
  it('has a row per bindable target with its current keys', async () => {
    const keymap: Keymap = { ...DEFAULT_KEYMAP, n: 'nextSection' };
    await mount(stores(keymap));
    const rows = [...mounted.current.querySelectorAll('[data-testid=keymap-editor] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-binding'))).toEqual(bindableTargets());
    for (const binding of bindableTargets()) {
      expect(rowKeys(binding)).toEqual(sequencesFor(keymap, binding).map((k) => (k === 'Escape' ? 'Esc' : k)));
    }
    expect(rowKeys('nextSection')).toEqual(['j', 'n']);
  });

  it('saves the keymap without a removed key', async () => {
    const props = stores();
    await mount(props);
    await act(async () => row('nextSection').querySelector<HTMLButtonElement>('[data-testid=remove-key]')!.click());
    const saved = props.keymapStore.save.mock.lastCall?.[0];
    expect(saved).toBeDefined();
    expect(saved).not.toHaveProperty('j');
    expect(saved).toHaveProperty('k', 'previousSection');
    expect(rowKeys('nextSection')).toEqual([]);
  });

  it('takes a key and Enter pressed before it draws again', async () => {
    const props = stores();
    await mount(props);
    await act(async () => row('nextSection').querySelector<HTMLButtonElement>('[data-testid=add-key]')!.click());
    const recorder = row('nextSection').querySelector('[data-testid=key-recorder]')!;
    await act(async () => {
      for (const key of ['n', 'Enter']) recorder.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    });
    expect(props.keymapStore.save).toHaveBeenLastCalledWith({ ...DEFAULT_KEYMAP, n: 'nextSection' });
  });

  it('binds a recorded key to the row’s command', async () => {
    const props = stores();
    await mount(props);
    await recordKey('nextSection', 'n');
    expect(props.keymapStore.save).toHaveBeenLastCalledWith({ ...DEFAULT_KEYMAP, n: 'nextSection' });
    expect(rowKeys('nextSection')).toEqual(['j', 'n']);
  });

  it('names the command that already uses a recorded key, and saves nothing', async () => {
    const props = stores();
    await mount(props);
    await recordKey('nextSection', 'k');
    const conflict = row('nextSection').querySelector('[data-testid=key-conflict]');
    expect(conflict?.textContent).toBe('k is already used for: Go to the previous section');
    expect(props.keymapStore.save).not.toHaveBeenCalled();
  });

  it('resets the keys to the defaults', async () => {
    const props = stores({ n: 'nextSection' });
    await mount(props);
    await act(async () => mounted.current.querySelector<HTMLButtonElement>('[data-testid=reset-keys]')!.click());
    expect(props.keymapStore.save).toHaveBeenLastCalledWith(DEFAULT_KEYMAP);
  });
});

describe('OptionsApp in Indonesian', () => {
  it('titles the page in Indonesian', async () => {
    useLocale('id');
    await mount(stores());
    expect(mounted.current.querySelector('h1')?.textContent).toBe('Pengaturan Sectioned Reader');
  });
});
