import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleView as Article } from '../lib/extract/article-types';
import { DEFAULT_KEYMAP, type Keymap } from '../lib/keys/default-keymap';
import type { ReadingPosition } from '../lib/reading-position/reading-positions';
import { minutesLeft, sectionReadingTimes, type SectionTimes } from '../lib/reader/section-reading-times';
import type { ReaderState } from '../lib/reader/reader-state';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../lib/settings/reader-settings';
import type { ShownRemovedBlock } from './article-body';
import { ArticleView } from './article-view';
import { formatMinutes, formatNumber, t, tCount } from './messages';
import { OutlineNav } from './outline-nav';
import type { ReadAloudHandle } from './read-aloud-player';
import { kindMessage } from './removal-summary';
import { ReaderToolbar } from './reader-toolbar';
import { ResumeOffer } from './resume-offer';
import { StateMessage } from './state-message';
import { useKeepActions, useNotice } from './use-keep-actions';
import { useKeymap } from './use-keymap';
import { useMediaQuery } from './use-media-query';
import { useModuleOnFirstUse } from './use-module-on-first-use';
import { useReadingPosition } from './use-reading-position';
import { useSectionNavigation } from './use-section-navigation';
import { useWholeStory, type ReadLaterPages } from './use-whole-story';
import './reader.css';

export interface SettingsStore {
  load: () => Promise<ReaderSettings>;
  save: (settings: ReaderSettings) => Promise<void>;
  /** Settings changed elsewhere (the options page, another reader); returns an unsubscribe. */
  watch?: (onChange: (settings: ReaderSettings) => void) => () => void;
}

export interface KeymapStore {
  load: () => Promise<Keymap>;
  watch?: (onChange: (keymap: Keymap) => void) => () => void;
}

export interface KeptRulesStore {
  /** Remembers that these rules no longer run on the article's site. */
  keep: (url: string, ruleIds: string[]) => Promise<void>;
}

export interface PositionStore {
  loadOffer: (url: string) => Promise<ReadingPosition | null>;
  save: (url: string, position: ReadingPosition) => Promise<void>;
}

export interface ReaderAppProps {
  /** Reads the page once; called again by Retry. */
  readPage: () => Promise<ReaderState>;
  settingsStore: SettingsStore;
  keymapStore?: KeymapStore;
  positionStore?: PositionStore;
  keptRulesStore?: KeptRulesStore;
  /** Reads the later pages of a story split over pages; without it the reader shows page 1 only. */
  readLaterPages?: ReadLaterPages;
  /** Present when the reader can reopen itself in a full tab; `print` prints it there. */
  openInTab?: (options?: { print?: boolean }) => void;
  /** Print once the article is shown (the popup's `p` opens the tab this way). */
  printOnLoad?: boolean;
  openOptions?: () => void;
  inTab?: boolean;
}

/** Below this width the outline leaves its column and becomes a drawer over the article. */
export const NARROW_LAYOUT_QUERY = '(max-width: 559px)';

export function ReaderApp(props: ReaderAppProps) {
  const { readPage, readLaterPages, settingsStore, keymapStore, positionStore, keptRulesStore, openInTab, openOptions, inTab = false, printOnLoad = false } = props;
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const [settings, setSettings] = useState<ReaderSettings>(DEFAULT_SETTINGS);
  const [keymap, setKeymap] = useState<Keymap>(DEFAULT_KEYMAP);

  const load = useCallback(() => {
    setState({ kind: 'loading' });
    readPage().then(setState, (error: unknown) =>
      setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
  }, [readPage]);

  useEffect(load, [load]);
  useEffect(() => {
    settingsStore.load().then(setSettings, () => undefined);
    return settingsStore.watch?.(setSettings);
  }, [settingsStore]);
  useEffect(() => {
    keymapStore?.load().then(setKeymap, () => undefined);
    return keymapStore?.watch?.(setKeymap);
  }, [keymapStore]);

  const updateSettings = (change: Partial<ReaderSettings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    void settingsStore.save(next);
  };

  const toolbar = { settings, onSettings: updateSettings, openInTab: openInTab && (() => openInTab()), openOptions };
  // A popup is too small a window to print from: the tab prints the same article with the same stylesheet.
  const print = openInTab && !inTab ? () => openInTab({ print: true }) : () => window.print();
  return (
    <div
      class={`reader${inTab ? ' reader--in-tab' : ''}`}
      data-state={state.kind}
      data-theme={settings.theme}
      data-font-size={settings.fontSize}
      data-font-family={settings.fontFamily}
      data-line-width={settings.lineWidth}
      data-line-height={settings.lineHeight}
    >
      {state.kind === 'article' ? (
        <ArticleReader
          first={state.article}
          readLaterPages={readLaterPages}
          toolbar={toolbar}
          keymap={keymap}
          positionStore={positionStore}
          keptRulesStore={keptRulesStore}
          print={print}
          printOnLoad={printOnLoad}
        />
      ) : (
        <>
          <ReaderToolbar {...toolbar} />
          <main class="reader__main">
            <ReaderState state={state} onRetry={load} onShowAnyway={(article) => setState({ kind: 'article', article })} />
          </main>
        </>
      )}
    </div>
  );
}

interface ReaderStateProps {
  state: Exclude<ReaderState, { kind: 'article' }>;
  onRetry: () => void;
  onShowAnyway: (article: Article) => void;
}

function ReaderState({ state, onRetry, onShowAnyway }: ReaderStateProps) {
  switch (state.kind) {
    case 'loading':
      return <StateMessage testId="state-loading" title={t('loading')} busy />;
    case 'not-article':
      return (
        <StateMessage testId="state-not-article" title={t('notArticleTitle')}>
          <p>{t('notArticleText')}</p>
          <button type="button" class="button button--primary" autoFocus onClick={() => onShowAnyway(state.article)}>
            {t('showAnyway')}
          </button>
        </StateMessage>
      );
    case 'cannot-read':
      return (
        <StateMessage testId="state-cannot-read" title={t('cannotReadTitle')}>
          <p>{t(`hint_${state.reason}`, formatNumber(state.elements ?? 0), formatNumber(state.limit ?? 0))}</p>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage testId="state-error" title={t('errorTitle')}>
          <p class="state-message__detail">{state.message}</p>
          <button type="button" class="button button--primary" autoFocus onClick={onRetry}>
            {t('retry')}
          </button>
        </StateMessage>
      );
  }
}

interface ArticleReaderProps {
  first: Article;
  readLaterPages?: ReadLaterPages;
  toolbar: Pick<Parameters<typeof ReaderToolbar>[0], 'settings' | 'onSettings' | 'openInTab' | 'openOptions'>;
  keymap: Keymap;
  positionStore?: PositionStore;
  keptRulesStore?: KeptRulesStore;
  print: () => void;
  printOnLoad: boolean;
}

function ArticleReader({ first, readLaterPages, toolbar, keymap, positionStore, keptRulesStore, print, printOnLoad }: ArticleReaderProps) {
  const viewRef = useRef<HTMLElement>(null);
  const story = useWholeStory(first, readLaterPages);
  const article = story.article;
  const [helpOpen, setHelpOpen] = useState(false);
  const [showRemoved, setShowRemoved] = useState(false);
  const removedBlocks = useMemo(() => shownRemovedBlocks(article.removals), [article.removals]);
  const narrow = useMediaQuery(NARROW_LAYOUT_QUERY);
  // Wide windows show the outline until `t` hides it; narrow ones keep the drawer shut until `t` opens it.
  const [outlineHidden, setOutlineHidden] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const outlineVisible = narrow ? drawerOpen : !outlineHidden;
  const hasOutline = article.outline.length > 0;
  const navigation = useSectionNavigation(viewRef, article.outline);
  const times = useSectionTimes(viewRef, article);
  const place = useReadingPosition(viewRef, article, navigation.currentId, positionStore);
  const index = article.outline.findIndex((item) => item.id === navigation.currentId);
  const bodyRef = useMemo(
    // All of the text: every page of a story split over pages.
    () => ({ get current() { return viewRef.current?.querySelector<HTMLElement>('[data-testid=article-text]') ?? null; } }),
    [],
  );
  const [notice, announce] = useNotice();
  const [keepOpen, setKeepOpen] = useState(false);
  const keep = useKeepActions(article, bodyRef, announce, print);

  const [listening, setListening] = useState(false);
  const player = useModuleOnFirstUse(() => import('./read-aloud-player'), listening);
  const help = useModuleOnFirstUse(() => import('./key-help-dialog'), helpOpen);
  const speech = useRef<ReadAloudHandle | null>(null);
  const readAloud = () => {
    if (listening) return speech.current?.toggle(index);
    setListening(true);
  };
  const stopReading = () => {
    speech.current?.stop();
    setListening(false);
  };

  useEffect(() => {
    if (printOnLoad) requestAnimationFrame(() => window.print());
  }, [printOnLoad]);

  // Focus starts in the article, not on a button, so the keys and the arrows work at once.
  useEffect(() => {
    viewRef.current?.focus({ preventScroll: true });
  }, []);

  const focusCurrentOutlineLink = () => {
    const link =
      document.querySelector<HTMLElement>('.outline a[aria-current="location"]') ??
      document.querySelector<HTMLElement>('.outline a');
    link?.focus();
    return !!link;
  };

  const toggleOutline = () => {
    if (!hasOutline) return false;
    if (!narrow) return setOutlineHidden((hidden) => !hidden);
    const opening = !drawerOpen;
    setDrawerOpen(opening);
    if (opening) requestAnimationFrame(focusCurrentOutlineLink);
    else viewRef.current?.focus({ preventScroll: true });
  };

  const closeDrawer = () => {
    setDrawerOpen(false);
    viewRef.current?.focus({ preventScroll: true });
  };

  useKeymap(
    {
      // While reading aloud, j and k move the reading (and the highlight brings the view along).
      nextSection: () => void (speech.current?.nextSection() || navigation.next()),
      previousSection: () => void (speech.current?.previousSection() || navigation.previous()),
      sectionByNumber: navigation.byNumber,
      focusOutline: () => {
        if (!hasOutline) return false;
        if (narrow && !drawerOpen) setDrawerOpen(true);
        if (!narrow && outlineHidden) setOutlineHidden(false);
        requestAnimationFrame(focusCurrentOutlineLink);
      },
      resumePosition: () => place.resume(),
      top: navigation.top,
      bottom: navigation.bottom,
      halfPageDown: () => navigation.scrollByPage(0.5),
      halfPageUp: () => navigation.scrollByPage(-0.5),
      nextPage: () => navigation.jumpPage(1),
      previousPage: () => navigation.jumpPage(-1),
      toggleOutline,
      toggleRemoved: () => {
        if (removedBlocks.length === 0) return false;
        setShowRemoved((shown) => !shown);
      },
      toggleHelp: () => setHelpOpen((open) => !open),
      readAloud,
      copyMarkdown: keep.copyMarkdown,
      saveHtml: keep.saveHtml,
      saveMarkdown: keep.saveMarkdown,
      print: keep.print,
      closeOverlay: () => {
        if (helpOpen) return setHelpOpen(false);
        if (keepOpen) return setKeepOpen(false);
        if (narrow && drawerOpen) return closeDrawer();
        if (listening) return stopReading();
        if (place.offer) return place.dismiss();
        return false;
      },
    },
    { keymap },
  );

  const left = times ? formatMinutes(minutesLeft(times, article.outline, navigation.currentId)) : undefined;
  const position = positionText(index, article.outline.length, left);
  const current = article.outline[index];

  return (
    <>
      <ReaderToolbar
        {...toolbar}
        position={position}
        announcement={current ? t('sectionAnnouncement', formatNumber(index + 1), formatNumber(article.outline.length), current.text) : ''}
        outlineOpen={hasOutline ? outlineVisible : undefined}
        onToggleOutline={hasOutline ? toggleOutline : undefined}
        onHelp={() => setHelpOpen(true)}
        onReadAloud={readAloud}
        readingAloud={listening}
        keep={{ actions: keep, open: keepOpen, onOpenChange: setKeepOpen }}
      />
      <div class="reader__columns" data-outline={outlineVisible && hasOutline ? 'open' : 'closed'} data-layout={narrow ? 'narrow' : 'wide'}>
        {hasOutline && (
          <OutlineNav
            outline={article.outline}
            currentId={navigation.currentId}
            minutesById={times?.minutesById}
            hidden={!outlineVisible}
            onSelect={(id) => {
              navigation.goTo(id);
              if (narrow) closeDrawer();
            }}
          />
        )}
        {narrow && drawerOpen && <div class="reader__scrim" aria-hidden="true" onClick={closeDrawer} />}
        <ArticleView
          article={article}
          viewRef={viewRef}
          footer={<StoryProgress story={story} />}
          removed={showRemoved ? removedBlocks : undefined}
          onKeep={keptRulesStore && ((_kind, ruleIds) => void keptRulesStore.keep(article.url, ruleIds))}
        >
          {place.offer && (
            <ResumeOffer position={place.offer} keymap={keymap} onResume={place.resume} onDismiss={place.dismiss} />
          )}
        </ArticleView>
      </div>
      {listening && player && (
        <player.ReadAloudPlayer
          article={article}
          bodyRef={bodyRef}
          startSection={index}
          settings={toolbar.settings}
          onSettings={toolbar.onSettings}
          handleRef={speech}
          onClose={stopReading}
        />
      )}
      <p class="reader__notice" role="status" data-testid="reader-notice">
        {notice}
      </p>
      {help && <help.KeyHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} keymap={keymap} />}
    </>
  );
}

/** The removed blocks that can be shown again, labelled by kind in the UI language. */
function shownRemovedBlocks(removals: Article['removals']): ShownRemovedBlock[] {
  return removals.flatMap((removal) =>
    removal.html ? [{ html: removal.html, after: removal.after, label: t('removedBlockLabel', t(kindMessage(removal.kind))) }] : [],
  );
}

/** "Reading page 2 of 3…" while later pages arrive; a failed page says so and offers Retry. */
function StoryProgress({ story }: { story: ReturnType<typeof useWholeStory> }) {
  const { reading, failedPage, retry } = story;
  return (
    <div class="story-progress" role="status" data-testid="story-progress" data-status={story.status}>
      {reading &&
        (reading.showAll
          ? t('readingShowAll')
          : reading.pageCount
            ? t('readingPage', formatNumber(reading.page), formatNumber(reading.pageCount))
            : t('readingPageOpen', formatNumber(reading.page)))}
      {failedPage !== null && (
        <>
          <span>{t('pageFailed', formatNumber(failedPage))}</span>{' '}
          <button type="button" class="button" onClick={retry}>
            {t('retry')}
          </button>
        </>
      )}
    </div>
  );
}

function positionText(index: number, total: number, left: string | undefined): string {
  const where =
    total === 0
      ? t('noSections')
      : index < 0
        ? tCount('sectionCount', total)
        : t('sectionPosition', formatNumber(index + 1), formatNumber(total));
  return left ? `${where} · ${t('timeLeft', left)}` : where;
}

/** Each section's share of the reading time, measured once the body is in the page. */
function useSectionTimes(viewRef: { current: HTMLElement | null }, article: Article): SectionTimes | null {
  const [times, setTimes] = useState<SectionTimes | null>(null);
  useEffect(() => {
    const body = viewRef.current?.querySelector('[data-testid=article-text]');
    if (body) setTimes(sectionReadingTimes(body, article.outline, article.lang, article.readingMinutes));
  }, [viewRef, article]);
  return times;
}
