import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_KEYMAP, type Binding, type Keymap } from '../lib/keys/default-keymap';
import { keyFromEvent } from '../lib/keys/key-event';
import {
  addBinding,
  bindableTargets,
  commandOf,
  findConflict,
  removeBinding,
  sequencesFor,
  type BindingConflict,
} from '../lib/keys/user-keymap';
import {
  DEFAULT_SETTINGS,
  FONT_FAMILIES,
  FONT_SIZE_STEPS,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  THEMES,
  type ReaderSettings,
} from '../lib/settings/reader-settings';
import type { ClutterKind } from '../lib/extract/article-types';
import { forgetSite, type KeptRules } from '../lib/reader/kept-rules';
import { Icon } from './icons';
import { kindMessage } from './removal-summary';
import { formatNumber, t, type MessageKey } from './messages';
import type { KeymapStore, SettingsStore } from './reader-app';
import './reader.css';
import './options-app.css';

export interface OptionsAppProps {
  settingsStore: SettingsStore;
  keymapStore: Required<KeymapStore> & { save: (keymap: Keymap) => Promise<void> };
  keptRulesStore?: {
    load: () => Promise<KeptRules>;
    save: (kept: KeptRules) => Promise<void>;
    watch: (onChange: (kept: KeptRules) => void) => () => void;
  };
  /** The clutter kind of each rule id, to word what is kept on a site. */
  kindOfRule?: (ruleId: string) => ClutterKind | undefined;
}

/** The options page: how the reader looks, and which keys do what. Changes apply at once, in every open reader. */
export function OptionsApp({ settingsStore, keymapStore, keptRulesStore, kindOfRule }: OptionsAppProps) {
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [keymap, setKeymap] = useState<Keymap>(DEFAULT_KEYMAP);
  const [status, setStatus] = useState('');

  useEffect(() => {
    settingsStore.load().then(setSettings, () => undefined);
    keymapStore.load().then(setKeymap, () => undefined);
    const unwatchSettings = settingsStore.watch?.(setSettings);
    const unwatchKeymap = keymapStore.watch(setKeymap);
    return () => {
      unwatchSettings?.();
      unwatchKeymap();
    };
  }, [settingsStore, keymapStore]);

  const saved = (promise: Promise<void>) => promise.then(() => setStatus(t('saved')), () => undefined);
  const changeSettings = (change: Partial<ReaderSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    saved(settingsStore.save(next));
  };
  const changeKeymap = (next: Keymap) => {
    setKeymap(next);
    saved(keymapStore.save(next));
  };

  return (
    <div
      class="reader reader--in-tab options"
      data-theme={settings.theme}
      data-font-size={settings.fontSize}
      data-font-family={settings.fontFamily}
      data-line-width={settings.lineWidth}
      data-line-height={settings.lineHeight}
    >
      <header class="options__header">
        <img src="/icons/48.png" width="32" height="32" alt="" />
        <h1>{t('optionsTitle')}</h1>
        <p class="options__status" role="status" data-testid="options-status">
          {status}
        </p>
      </header>
      <main class="options__main">
        <section aria-labelledby="appearance-title">
          <h2 id="appearance-title">{t('optionsAppearance')}</h2>
          <div class="options__grid">
            <Choice label="optionsTheme" name="theme" values={THEMES} value={settings.theme}
              text={(theme) => t(`theme_${theme}`)} onChange={(theme) => changeSettings({ theme })} />
            <Choice label="optionsTypeface" name="fontFamily" values={FONT_FAMILIES} value={settings.fontFamily}
              text={(family) => t(`typeface_${family}`)} onChange={(fontFamily) => changeSettings({ fontFamily })} />
            <Choice label="optionsTextSize" name="fontSize" values={FONT_SIZE_STEPS.map(String)} value={String(settings.fontSize)}
              text={(size) => `${formatNumber(Number(size))} px`} onChange={(size) => changeSettings({ fontSize: Number(size) })} />
            <Choice label="optionsLineWidth" name="lineWidth" values={LINE_WIDTHS} value={settings.lineWidth}
              text={(width) => t(`lineWidth_${width}`)} onChange={(lineWidth) => changeSettings({ lineWidth })} />
            <Choice label="optionsLineHeight" name="lineHeight" values={LINE_HEIGHTS} value={settings.lineHeight}
              text={(height) => t(`lineHeight_${height}`)} onChange={(lineHeight) => changeSettings({ lineHeight })} />
          </div>
          <h3>{t('optionsPreview')}</h3>
          <div class="article options__preview" data-testid="options-preview">
            <p>{t('optionsPreviewText')}</p>
          </div>
          <button type="button" class="button" onClick={() => changeSettings(DEFAULT_SETTINGS)}>
            {t('resetAll')}
          </button>
        </section>
        <KeymapEditor keymap={keymap} onChange={changeKeymap} />
        {keptRulesStore && <KeptOnSites store={keptRulesStore} kindOfRule={kindOfRule} onSaved={() => setStatus(t('saved'))} />}
        <p class="options__note">{t('optionsShortcutNote')}</p>
      </main>
    </div>
  );
}

/** The per-site allow list of "Keep on this site", each site with the kinds kept there, and Forget. */
function KeptOnSites({ store, kindOfRule, onSaved }: {
  store: NonNullable<OptionsAppProps['keptRulesStore']>;
  kindOfRule?: OptionsAppProps['kindOfRule'];
  onSaved: () => void;
}) {
  const [kept, setKept] = useState<KeptRules>({});
  useEffect(() => {
    store.load().then(setKept, () => undefined);
    return store.watch(setKept);
  }, [store]);
  const sites = Object.entries(kept);
  const kinds = (ruleIds: readonly string[]) =>
    [...new Set(ruleIds.map((id) => kindOfRule?.(id)))].map((kind) => (kind ? t(kindMessage(kind)) : '')).filter(Boolean).join(', ');
  return (
    <section aria-labelledby="kept-title">
      <h2 id="kept-title">{t('optionsKept')}</h2>
      <p>{t('optionsKeptIntro')}</p>
      {sites.length === 0 ? (
        <p data-testid="kept-none">{t('optionsKeptNone')}</p>
      ) : (
        <ul class="options__kept" data-testid="kept-sites">
          {sites.map(([site, ruleIds]) => (
            <li key={site} data-site={site}>
              <strong>{site}</strong>: {kinds(ruleIds)}{' '}
              <button type="button" class="button" onClick={() => {
                const next = forgetSite(kept, site);
                setKept(next);
                void store.save(next).then(onSaved);
              }}>
                {t('forgetSite', site)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface ChoiceProps<T extends string> {
  label: MessageKey;
  name: string;
  values: readonly T[];
  value: T;
  text: (value: T) => string;
  onChange: (value: T) => void;
}

function Choice<T extends string>({ label, name, values, value, text, onChange }: ChoiceProps<T>) {
  return (
    <label class="options__field">
      <span>{t(label)}</span>
      <select name={name} value={value} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as T)}>
        {values.map((option) => (
          <option key={option} value={option}>
            {text(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One row per command (one per section number), its keys as removable chips, and a recorder to add one. */
function KeymapEditor({ keymap, onChange }: { keymap: Keymap; onChange: (keymap: Keymap) => void }) {
  const [recording, setRecording] = useState<Binding | null>(null);
  const [conflict, setConflict] = useState<{ binding: Binding; conflict: BindingConflict } | null>(null);

  const record = (binding: Binding, sequence: string) => {
    const found = findConflict(keymap, sequence, binding);
    setRecording(null);
    if (found) return setConflict({ binding, conflict: found });
    setConflict(null);
    onChange(addBinding(keymap, sequence, binding));
  };

  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">{t('optionsKeys')}</h2>
      <p>{t('optionsKeysIntro')}</p>
      <table class="options__keys" data-testid="keymap-editor">
        <thead>
          <tr>
            <th scope="col">{t('optionsCommand')}</th>
            <th scope="col">{t('optionsKeysColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {bindableTargets().map((binding) => {
            const description = describeBinding(binding);
            return (
              <tr key={binding} data-binding={binding}>
                <th scope="row">{description}</th>
                <td>
                  <ul class="options__chips">
                    {sequencesFor(keymap, binding).map((sequence) => (
                      <li key={sequence}>
                        <kbd>{keyLabel(sequence)}</kbd>
                        <button type="button" class="icon-button options__remove" data-testid="remove-key"
                          aria-label={t('removeKey', keyLabel(sequence), description)} title={t('removeKey', keyLabel(sequence), description)}
                          onClick={() => onChange(removeBinding(keymap, sequence))}>
                          <Icon name="close" />
                        </button>
                      </li>
                    ))}
                  </ul>
                  {recording === binding ? (
                    <KeyRecorder onDone={(sequence) => record(binding, sequence)} onCancel={() => setRecording(null)} />
                  ) : (
                    <button type="button" class="button options__add" data-testid="add-key" aria-label={t('addKeyFor', description)}
                      onClick={() => {
                        setConflict(null);
                        setRecording(binding);
                      }}>
                      {t('addKey')}
                    </button>
                  )}
                  {conflict?.binding === binding && (
                    <p class="options__conflict" role="alert" data-testid="key-conflict">
                      {conflict.conflict.kind === 'taken'
                        ? t('keyConflict', keyLabel(conflict.conflict.sequence), describeBinding(conflict.conflict.binding))
                        : t('keyPrefixConflict', keyLabel(conflict.conflict.sequence), keyLabel(conflict.conflict.other))}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" class="button" data-testid="reset-keys" onClick={() => onChange(DEFAULT_KEYMAP)}>
        {t('resetKeys')}
      </button>
    </section>
  );
}

/**
 * Takes the keys pressed while it has focus, named as the reader names them. One key is the usual
 * binding; a sequence (g g) is typed key by key and finished with Enter. Escape cancels.
 */
function KeyRecorder({ onDone, onCancel }: { onDone: (sequence: string) => void; onCancel: () => void }) {
  const [keys, setKeys] = useState<string[]>([]);
  // Keys come faster than renders (a key and Enter at once): the handler reads what was pressed, not the last render.
  const pressed = useRef<string[]>([]);
  const button = useRef<HTMLButtonElement>(null);
  // The autofocus attribute only works while a page loads; a recorder appears later.
  useEffect(() => button.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab') return;
    event.preventDefault();
    if (event.key === 'Escape') return onCancel();
    if (event.key === 'Enter') return pressed.current.length > 0 ? onDone(pressed.current.join(' ')) : onCancel();
    const key = keyFromEvent({ ...pickKeyFields(event), target: null });
    if (key === null) return;
    const next = [...pressed.current, key];
    pressed.current = next;
    // Sequences longer than two keys are hard to remember and never needed; the second key ends it.
    if (next.length >= 2) onDone(next.join(' '));
    else setKeys(next);
  };
  return (
    <button ref={button} type="button" class="button options__recorder" data-testid="key-recorder" onKeyDown={onKeyDown} onBlur={onCancel}>
      {keys.length > 0 ? keys.map(keyLabel).join(' ') + ' …' : t('recordingKey')}
    </button>
  );
}

function pickKeyFields(event: KeyboardEvent) {
  const { key, ctrlKey, altKey, metaKey, shiftKey, isComposing, keyCode } = event;
  return { key, ctrlKey, altKey, metaKey, shiftKey, isComposing, keyCode };
}

function describeBinding(binding: Binding): string {
  const { id, arg } = commandOf(binding);
  return t(`command_${id}`, arg === undefined ? '' : formatNumber(arg));
}

function keyLabel(sequence: string): string {
  return sequence
    .split(' ')
    .map((key) => (key === 'Escape' ? t('keyName_Escape') : key === 'Space' ? t('keyName_Space') : key))
    .join(' ');
}
