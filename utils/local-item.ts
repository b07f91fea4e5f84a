import { browser } from 'wxt/browser';

/**
 * One value in the extension's local storage. WXT's storage helper does this too, with versions,
 * migrations and snapshots the reader never uses; at 3.6 KB gzip it cost a tenth of the popup's
 * budget (issue 8), so the reader keeps these few lines instead. Values are read raw: every caller
 * validates what it reads, because page scripts may reach extension storage in Chrome.
 */
export interface LocalItem<T> {
  get(): Promise<unknown>;
  set(value: T): Promise<void>;
  /** Calls back with the new raw value whenever any page of the extension changes it; returns an unsubscribe. */
  watch(onChange: (value: unknown) => void): () => void;
}

export function localItem<T>(key: string): LocalItem<T> {
  return {
    get: async () => (await browser.storage.local.get(key))[key],
    set: (value) => browser.storage.local.set({ [key]: value }),
    watch: (onChange) => {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) onChange(changes[key]?.newValue);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
