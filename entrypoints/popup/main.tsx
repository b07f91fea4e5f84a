import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '@/components/reader-app';
import { loadSettings, saveSettings } from '@/utils/settings-storage';
import { readTab, resolveTabId } from './read-tab';
import { markPopupStart, markWhenShown } from './timing-marks';

markPopupStart();

const search = location.search;
const tabId = resolveTabId(search);
const inTab = new URLSearchParams(search).has('tab');

render(
  <ReaderApp
    readPage={() => tabId.then(readTab).then(markWhenShown)}
    settingsStore={{ load: loadSettings, save: saveSettings }}
    inTab={inTab}
    openInTab={
      inTab
        ? undefined
        : () =>
            void tabId.then(async (id) => {
              await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${id}`) });
              window.close();
            })
    }
  />,
  document.getElementById('app')!,
);
