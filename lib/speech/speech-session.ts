import { nextSectionStart, previousSectionStart, firstChunkOfSection, type UtteranceChunk } from './plan-utterances';

/** The parts of `window.speechSynthesis` a session drives; tests pass a fake. */
export interface SynthesisLike<U> {
  speak(utterance: U): void;
  cancel(): void;
  pause(): void;
  resume(): void;
}

export interface UtteranceLike<V> {
  text: string;
  lang: string;
  rate: number;
  voice: V | null;
  // `never` parameters let the DOM's own handler types (SpeechSynthesisEvent…) fit.
  onend: ((event: never) => void) | null;
  onerror: ((event: never) => void) | null;
}

export type SpeechStatus = 'idle' | 'speaking' | 'paused' | 'finished';

export interface SpeechProgress {
  status: SpeechStatus;
  /** The chunk being said (or paused on); -1 when idle. */
  chunk: number;
}

export interface SpeechSessionOptions<V, U extends UtteranceLike<V>> {
  synth: SynthesisLike<U>;
  createUtterance: (text: string) => U;
  chunks: readonly UtteranceChunk[];
  onProgress: (progress: SpeechProgress) => void;
}

export interface SpeechVoiceSettings<V> {
  voice: V | null;
  lang: string;
  rate: number;
}

/**
 * Says a planned article one chunk at a time: each chunk is queued when the one before ends, so the
 * current chunk is always known (for the highlight) and a jump simply cancels and starts elsewhere.
 * Events of a cancelled utterance still arrive after the cancel; a generation number makes them
 * harmless.
 */
export class SpeechSession<V, U extends UtteranceLike<V> = UtteranceLike<V>> {
  private generation = 0;
  private progress: SpeechProgress = { status: 'idle', chunk: -1 };
  private settings: SpeechVoiceSettings<V> = { voice: null, lang: '', rate: 1 };

  constructor(private readonly options: SpeechSessionOptions<V, U>) {}

  get state(): SpeechProgress {
    return this.progress;
  }

  /** New voice or speed: said from the start of the current chunk, so the change is heard at once. */
  configure(settings: SpeechVoiceSettings<V>): void {
    this.settings = settings;
    if (this.progress.status === 'speaking') this.speakFrom(this.progress.chunk);
  }

  startAtSection(section: number): void {
    this.speakFrom(firstChunkOfSection(this.options.chunks, section));
  }

  /**
   * `l`: pause while speaking, resume while paused, start again once finished. Resuming says the
   * paused chunk again from its start rather than trusting `resume()`: with speech-dispatcher
   * (Chromium and Firefox on Linux) a resumed utterance may never go on or end. A chunk is at most a
   * few sentences, so little is repeated.
   */
  toggle(section: number): void {
    if (this.progress.status === 'speaking') {
      this.options.synth.pause();
      this.set({ status: 'paused', chunk: this.progress.chunk });
    } else if (this.progress.status === 'paused') {
      this.speakFrom(this.progress.chunk);
    } else {
      this.startAtSection(section);
    }
  }

  nextSection(): boolean {
    if (!this.active()) return false;
    const next = nextSectionStart(this.options.chunks, this.progress.chunk);
    if (next < 0) return false;
    this.speakFrom(next);
    return true;
  }

  previousSection(): boolean {
    if (!this.active()) return false;
    this.speakFrom(previousSectionStart(this.options.chunks, this.progress.chunk));
    return true;
  }

  stop(): void {
    this.generation++;
    this.options.synth.cancel();
    this.set({ status: 'idle', chunk: -1 });
  }

  active(): boolean {
    return this.progress.status === 'speaking' || this.progress.status === 'paused';
  }

  private speakFrom(index: number): void {
    const generation = ++this.generation;
    // cancel() also clears a pause: a jump while paused goes on speaking from the new place.
    this.options.synth.cancel();
    this.options.synth.resume();
    const chunk = this.options.chunks[index];
    if (!chunk) {
      this.set({ status: 'finished', chunk: -1 });
      return;
    }
    const utterance = this.options.createUtterance(chunk.text);
    utterance.voice = this.settings.voice;
    utterance.lang = this.settings.lang;
    utterance.rate = this.settings.rate;
    const advance = () => {
      if (generation === this.generation) this.speakFrom(index + 1);
    };
    utterance.onend = advance;
    utterance.onerror = (event: { error?: string }) => {
      if (generation !== this.generation) return;
      // Interrupted and canceled come from our own cancel(); any other error skips the chunk.
      if (event.error === 'interrupted' || event.error === 'canceled') return;
      advance();
    };
    this.set({ status: 'speaking', chunk: index });
    this.options.synth.speak(utterance);
  }

  private set(progress: SpeechProgress): void {
    this.progress = progress;
    this.options.onProgress(progress);
  }
}
