import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleView as Article } from '../lib/extract/article-types';
import { bestVoicePerLanguage, chooseVoice, primaryLanguage, voicesForLanguage } from '../lib/speech/choose-voice';
import { guessLanguage } from '../lib/speech/guess-language';
import { planUtterances } from '../lib/speech/plan-utterances';
import { SpeechSession, type SpeechProgress } from '../lib/speech/speech-session';
import { SPEECH_RATES, type ReaderSettings } from '../lib/settings/reader-settings';
import { Icon } from './icons';
import { formatNumber, t, uiLocale } from './messages';
import { useVoices } from './use-voices';

/** What the reader's keys do to a running read-aloud. Each returns false when there was nothing to do. */
export interface ReadAloudHandle {
  toggle: (section: number) => void;
  nextSection: () => boolean;
  previousSection: () => boolean;
  stop: () => void;
}

export interface ReadAloudPlayerProps {
  article: Article;
  /** The rendered, sanitised article body: what is spoken and highlighted. */
  bodyRef: RefObject<HTMLElement | null>;
  /** Outline index of the section to start from (-1: the start of the text). */
  startSection: number;
  settings: ReaderSettings;
  onSettings: (change: Partial<ReaderSettings>) => void;
  handleRef: { current: ReadAloudHandle | null };
  onClose: () => void;
}

const SPEAKING_CLASS = 'is-speaking';
/** What the reader puts among the text that is not the article's: page markers, removed blocks shown with `r`. */
const NOT_THE_TEXT = '[aria-hidden="true"], .removed-block';
/** The most voices a list shows: espeak-ng alone offers thousands of variants per install. */
const MAX_LISTED_VOICES = 100;

/**
 * The player bar: reads the article with the computer's own voices (Web Speech API; the text stays
 * on this computer), highlights the paragraph being read and keeps it in view. Loaded on first use.
 */
export function ReadAloudPlayer(props: ReadAloudPlayerProps) {
  const { article, bodyRef, startSection, settings, onSettings, handleRef, onClose } = props;
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  const voices = useVoices(synth);
  const [progress, setProgress] = useState<SpeechProgress>({ status: 'idle', chunk: -1 });
  const lang = useMemo(() => articleLanguage(article, bodyRef.current), [article, bodyRef]);
  const primary = primaryLanguage(lang);
  const choice = chooseVoice(voices ?? [], lang, settings.speechVoices[primary]);
  const plan = useMemo(
    () => (bodyRef.current ? planUtterances(bodyRef.current, article.outline, NOT_THE_TEXT) : { chunks: [], blocks: [] }),
    [bodyRef, article],
  );

  const session = useMemo(
    () =>
      synth &&
      new SpeechSession<SpeechSynthesisVoice, SpeechSynthesisUtterance>({
        synth,
        createUtterance: (text) => new SpeechSynthesisUtterance(text),
        chunks: plan.chunks,
        onProgress: setProgress,
      }),
    [synth, plan],
  );

  // Voice and speed apply at once: the session says the current chunk again with them. Keyed by the
  // voice's URI, because each `voiceschanged` hands out new voice objects for the same voices.
  const voiceUri = choice.voice?.voiceURI;
  useEffect(() => {
    session?.configure({ voice: choice.voice ?? null, lang: choice.voice?.lang || lang, rate: settings.speechRate });
  }, [session, voiceUri, lang, settings.speechRate]);

  // Starts once a voice is known: at once when voices are loaded, or when they arrive.
  const started = useRef(false);
  useEffect(() => {
    if (!session || started.current || !choice.voice) return;
    started.current = true;
    session.startAtSection(startSection);
  }, [session, choice.voice, startSection]);

  // Before a voice is known, `l` or the button starts at once (with the browser's default voice).
  const playOrPause = (section = startSection) => {
    if (!session) return;
    if (started.current) return session.toggle(section);
    started.current = true;
    session.startAtSection(section);
  };
  const playOrPauseRef = useRef(playOrPause);
  playOrPauseRef.current = playOrPause;

  useEffect(() => {
    if (!session) return;
    handleRef.current = {
      toggle: (section) => playOrPauseRef.current(section),
      nextSection: () => session.nextSection(),
      previousSection: () => session.previousSection(),
      stop: () => session.stop(),
    };
    // Closing the popup or the tab must not leave the browser talking.
    const stop = () => session.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      handleRef.current = null;
      session.stop();
    };
  }, [session, handleRef]);

  useSpokenHighlight(plan.blocks[plan.chunks[progress.chunk]?.block ?? -1]);

  const chooseVoiceUri = (uri: string) => onSettings({ speechVoices: { ...settings.speechVoices, [primary || 'und']: uri } });
  const listed = choice.languageHasVoice ? voicesForLanguage(voices ?? [], lang) : bestVoicePerLanguage(voices ?? []);
  const shown = listed.slice(0, MAX_LISTED_VOICES);
  if (choice.voice && !shown.includes(choice.voice)) shown.unshift(choice.voice);
  const speaking = progress.status === 'speaking';

  return (
    <section class="player" aria-label={t('playerLabel')} data-testid="read-aloud-player" data-status={progress.status}>
      <button
        type="button"
        class="icon-button"
        data-testid="player-toggle"
        aria-label={t(speaking ? 'pauseReading' : 'resumeReading')}
        title={t(speaking ? 'pauseReading' : 'resumeReading')}
        disabled={!choice.voice}
        onClick={() => playOrPause()}
      >
        <Icon name={speaking ? 'pause' : 'play'} />
      </button>
      <p class="player__status" data-testid="player-status">
        {statusText(voices, choice.languageHasVoice, lang, progress)}
      </p>
      {shown.length > 0 && (
        <label class="player__field">
          <span>{t('speechVoice')}</span>
          <select data-testid="player-voice" value={choice.voice?.voiceURI ?? ''} onChange={(event) => chooseVoiceUri(event.currentTarget.value)}>
            {!choice.voice && <option value="">…</option>}
            {shown.map((voice) => (
              <option key={voice.voiceURI} value={voice.voiceURI}>
                {`${voice.name} (${voice.lang})`}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice.voice && (
        <span class="player__lang" data-testid="player-voice-lang" lang={t('locale')}>
          {choice.voice.lang}
        </span>
      )}
      <label class="player__field">
        <span>{t('speechSpeed')}</span>
        <select data-testid="player-speed" value={String(settings.speechRate)} onChange={(event) => onSettings({ speechRate: Number(event.currentTarget.value) })}>
          {SPEECH_RATES.map((rate) => (
            <option key={rate} value={String(rate)}>{`${formatNumber(rate)}×`}</option>
          ))}
        </select>
      </label>
      <button type="button" class="icon-button" data-testid="player-stop" aria-label={t('stopReading')} title={t('stopReading')} onClick={onClose}>
        <Icon name="close" />
      </button>
    </section>
  );
}

function statusText(voices: SpeechSynthesisVoice[] | null, languageHasVoice: boolean, lang: string, progress: SpeechProgress): string {
  if (voices === null) return t('loadingVoices');
  if (voices.length === 0) return t('noVoices');
  if (!languageHasVoice && progress.status === 'idle') return t('noVoiceForLanguage', languageName(lang));
  return t(`speechStatus_${progress.status}`);
}

function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang || '?';
  }
}

/** The page's language when it states one, else a guess from the text. */
function articleLanguage(article: Article, body: Element | null): string {
  return article.lang || guessLanguage(body?.textContent ?? '');
}

function useSpokenHighlight(element: Element | undefined): void {
  useEffect(() => {
    if (!element) return;
    element.classList.add(SPEAKING_CLASS);
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    return () => element.classList.remove(SPEAKING_CLASS);
  }, [element]);
}
