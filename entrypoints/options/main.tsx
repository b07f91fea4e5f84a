import { render } from 'preact';
import { OptionsApp } from '@/components/options-app';
import type { ClutterKind } from '@/lib/extract/article-types';
import { t } from '@/components/messages';
import { allClutterRules } from '@/lib/rules/clutter-rules';
import { loadKeptRules, saveKeptRules, watchKeptRules } from '@/utils/kept-rules-storage';
import { loadKeymap, loadSettings, saveKeymap, saveSettings, watchKeymap, watchSettings } from '@/utils/settings-storage';

document.documentElement.lang = t('locale');
document.title = t('optionsTitle');

const KIND_OF_RULE = new Map<string, ClutterKind>([...allClutterRules().map((rule) => [rule.id, rule.kind] as const), ['hidden-on-page', 'hidden']]);

render(
  <OptionsApp
    settingsStore={{ load: loadSettings, save: saveSettings, watch: watchSettings }}
    keymapStore={{ load: loadKeymap, save: saveKeymap, watch: watchKeymap }}
    keptRulesStore={{ load: loadKeptRules, save: saveKeptRules, watch: watchKeptRules }}
    kindOfRule={(ruleId) => KIND_OF_RULE.get(ruleId)}
  />,
  document.getElementById('app')!,
);
