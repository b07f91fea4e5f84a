import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderState } from '../lib/reader/reader-state';
import {
  DEFAULT_SETTINGS,
  nextTheme,
  stepFontSize,
  type ReaderSettings,
} from '../lib/settings/reader-settings';
import { ArticleView } from './article-view';
import { KeyHelpDialog } from './key-help-dialog';
import { OutlineNav } from './outline-nav';
import { StateMessage } from './state-message';
import { useKeymap } from './use-keymap';
import { useSectionNavigation } from './use-section-navigation';
import './reader.css';

export interface SettingsStore {
  load: () => Promise<ReaderSettings>;
  save: (settings: ReaderSettings) => Promise<void>;
}

export interface ReaderAppProps {
  /** Reads the page once; called again by Retry. */
  readPage: () => Promise<ReaderState>;
  settingsStore: SettingsStore;
  /** Present when the reader can reopen itself in a full tab. */
  openInTab?: () => void;
  inTab?: boolean;
}

export function ReaderApp({ readPage, settingsStore, openInTab, inTab = false }: ReaderAppProps) {
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    readPage().then(setState, (error: unknown) =>
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [readPage]);

  useEffect(load, [load]);
  useEffect(() => {
    settingsStore.load().then(setSettings, () => undefined);
  }, [settingsStore]);

  const updateSettings = (change: Partial<ReaderSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void settingsStore.save(next);
  };

  return (
    <div
      class={`reader${inTab ? ' reader--in-tab' : ''}`}
      data-state={state.kind}
      data-theme={settings.theme}
      data-font-size={settings.fontSize}
      data-font-family={settings.fontFamily}
    >
      <ReaderBody
        state={state}
        onRetry={load}
        onShowAnyway={(article) => setState({ kind: 'article', article })}
        settings={settings}
        onSettings={updateSettings}
        openInTab={openInTab}
      />
    </div>
  );
}

interface ReaderBodyProps {
  state: ReaderState;
  onRetry: () => void;
  onShowAnyway: (article: Extract<ReaderState, { kind: 'not-article' }>['article']) => void;
  settings: ReaderSettings;
  onSettings: (change: Partial<ReaderSettings>) => void;
  openInTab?: () => void;
}

function ReaderBody({ state, onRetry, onShowAnyway, settings, onSettings, openInTab }: ReaderBodyProps) {
  switch (state.kind) {
    case 'loading':
      return <StateMessage testId="state-loading" title="Reading the page…" busy />;
    case 'not-article':
      return (
        <StateMessage testId="state-not-article" title="This page doesn't look like an article">
          <p>The reader found no main text here. It may be a home page, a list or an app.</p>
          <button type="button" class="button button--primary" autoFocus onClick={() => onShowAnyway(state.article)}>
            Show anyway
          </button>
        </StateMessage>
      );
    case 'cannot-read':
      return (
        <StateMessage testId="state-cannot-read" title="Can't read this page">
          <p>{state.hint}</p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage testId="state-error" title="Something went wrong while reading this page">
          <p class="state-message__detail">{state.message}</p>
          <button type="button" class="button button--primary" autoFocus onClick={onRetry}>
            Retry
          </button>
        </StateMessage>
      );
    case 'article':
      return <ArticleReader article={state.article} settings={settings} onSettings={onSettings} openInTab={openInTab} />;
  }
}

interface ArticleReaderProps {
  article: Extract<ReaderState, { kind: 'article' }>['article'];
  settings: ReaderSettings;
  onSettings: (change: Partial<ReaderSettings>) => void;
  openInTab?: () => void;
}

function ArticleReader({ article, settings, onSettings, openInTab }: ArticleReaderProps) {
  const viewRef = useRef<HTMLDivElement>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const navigation = useSectionNavigation(viewRef, article.outline);

  // Focus starts in the article, not on a button, so the keys and the arrows work at once.
  useEffect(() => {
    viewRef.current?.focus({ preventScroll: true });
  }, []);

  useKeymap({
    nextSection: navigation.next,
    previousSection: navigation.previous,
    sectionByNumber: navigation.byNumber,
    focusOutline: () => {
      const link =
        document.querySelector<HTMLElement>('.outline a[aria-current="location"]') ??
        document.querySelector<HTMLElement>('.outline a');
      if (!link) return false;
      link.focus();
    },
    top: navigation.top,
    bottom: navigation.bottom,
    halfPageDown: () => navigation.scrollByPage(0.5),
    halfPageUp: () => navigation.scrollByPage(-0.5),
    toggleHelp: () => setHelpOpen((open) => !open),
    closeOverlay: () => (helpOpen ? setHelpOpen(false) : false),
  });

  const position = article.outline.findIndex((item) => item.id === navigation.currentId);
  return (
    <>
      <div class="reader__toolbar" role="toolbar" aria-label="Reader">
        <span class="reader__position" aria-live="polite">
          {sectionPosition(position, article.outline.length)}
        </span>
        <button type="button" class="button" title="Smaller text" aria-label="Smaller text"
          onClick={() => onSettings({ fontSize: stepFontSize(settings.fontSize, -1) })}>
          A−
        </button>
        <button type="button" class="button" title="Larger text" aria-label="Larger text"
          onClick={() => onSettings({ fontSize: stepFontSize(settings.fontSize, 1) })}>
          A+
        </button>
        <button type="button" class="button" title="Switch serif and sans-serif type"
          onClick={() => onSettings({ fontFamily: settings.fontFamily === 'serif' ? 'sans' : 'serif' })}>
          {settings.fontFamily === 'serif' ? 'Sans' : 'Serif'}
        </button>
        <button type="button" class="button" title="Change theme"
          onClick={() => onSettings({ theme: nextTheme(settings.theme) })}>
          Theme: {settings.theme}
        </button>
        {openInTab && (
          <button type="button" class="button" title="Open the reader in a tab" onClick={openInTab}>
            Open in tab
          </button>
        )}
        <button type="button" class="button" title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts"
          onClick={() => setHelpOpen(true)}>
          ?
        </button>
      </div>
      <div class="reader__columns">
        <OutlineNav outline={article.outline} currentId={navigation.currentId} onSelect={navigation.goTo} />
        <ArticleView article={article} viewRef={viewRef} />
      </div>
      <KeyHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}

function sectionPosition(index: number, total: number): string {
  if (total === 0) return 'No sections';
  if (index < 0) return total === 1 ? '1 section' : `${total} sections`;
  return `Section ${index + 1} of ${total}`;
}
