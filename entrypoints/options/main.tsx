import { render } from 'preact';
import { OptionsApp } from '@/components/options-app';
import { t } from '@/components/messages';
import { loadKeymap, loadSettings, saveKeymap, saveSettings, watchKeymap, watchSettings } from '@/utils/settings-storage';

document.documentElement.lang = t('locale');
document.title = t('optionsTitle');

render(
  <OptionsApp
    settingsStore={{ load: loadSettings, save: saveSettings, watch: watchSettings }}
    keymapStore={{ load: loadKeymap, save: saveKeymap, watch: watchKeymap }}
  />,
  document.getElementById('app')!,
);
