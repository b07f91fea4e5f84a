import { render } from 'preact';
import { browser } from 'wxt/browser';
import { ReaderApp } from '@/components/reader-app';
import { t } from '@/components/messages';
import { keepRules, keptOn } from '@/lib/reader/kept-rules';
import type { ReaderState } from '@/lib/reader/reader-state';
import { loadKeptRules, saveKeptRules } from '@/utils/kept-rules-storage';
import { loadPositionToOffer, savePosition } from '@/utils/reading-position-storage';
import { loadKeymap, loadSettings, saveSettings, watchKeymap, watchSettings } from '@/utils/settings-storage';
import { fitPopupToWindow } from './fit-popup-to-window';
import { readTab, resolveTab } from './read-tab';
import { markPopupStart, markWhenShown } from './timing-marks';

markPopupStart();

const search = location.search;
const target = resolveTab(search);
const tabId = target.then((tab) => tab?.id);
const params = new URLSearchParams(search);
const inTab = params.has('tab');

// The tab is read at once, while the reader's frame renders, its kept rules loaded beside the
// tab's lookup; a retry asks the tab's address again, as the tab may have moved on since.
const keptRules = loadKeptRules();
let firstRead: Promise<ReaderState> | null = target.then((tab) => readTab(tab, keptRules));
const readPage = () => {
  const reading = firstRead ?? target.then((tab) => readTab(tab && { id: tab.id }));
  firstRead = null;
  return reading.then(markWhenShown);
};

document.documentElement.lang = t('locale');
document.title = t('pageTitle');
if (!inTab) fitPopupToWindow();

render(
  <ReaderApp
    readPage={readPage}
    readLaterPages={(readSoFar, callbacks) =>
      tabId.then(async (id) => {
        if (id === undefined) throw new Error(t('errorNoTab'));
        const kept = keptOn(await loadKeptRules(), readSoFar[0]?.url ?? '');
        // Only stories split over pages need the page reader: it loads on demand, off the popup's first paint.
        const [{ readAllPages }, { tabPageReader }] = await Promise.all([
          import('@/lib/pagination/read-all-pages'),
          import('@/utils/read-page-in-tab'),
        ]);
        return readAllPages(readSoFar, { readPage: tabPageReader(id, [...kept]), ...callbacks });
      })
    }
    settingsStore={{ load: loadSettings, save: saveSettings, watch: watchSettings }}
    keymapStore={{ load: loadKeymap, watch: watchKeymap }}
    positionStore={{ loadOffer: (url) => loadPositionToOffer(url), save: savePosition }}
    keptRulesStore={{ keep: async (url, ruleIds) => saveKeptRules(keepRules(await loadKeptRules(), url, ruleIds)) }}
    inTab={inTab}
    printOnLoad={inTab && params.has('print')}
    openOptions={() => void browser.runtime.openOptionsPage()}
    openInTab={
      inTab
        ? undefined
        : (options) =>
            void tabId.then(async (id) => {
              const print = options?.print ? '&print' : '';
              await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${id}${print}`) });
              window.close();
            })
    }
  />,
  document.getElementById('app')!,
);
