// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"disableJavaScriptFileLoading":true,"enableCSSFileLoading":false,"enableImageFileLoading":false,"enableIframePageLoading":false,"handleDisabledFileLoadingAsSuccess":true}}
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ReaderApp, type PositionStore, type SettingsStore } from '@/components/reader-app';
import type { ArticleView } from '@/lib/extract/article-types';
import type { ReaderState } from '@/lib/reader/reader-state';
import type { ReadingPosition } from '@/lib/reading-position/reading-positions';
import { DEFAULT_SETTINGS } from '@/lib/settings/reader-settings';
import { useLocale } from './support/chrome-i18n';
import { fixHappyDomForDomPurify, undoHappyDomFixes } from './support/happy-dom-dompurify';
import { renderContainer } from './support/render-container';

fixHappyDomForDomPurify(window);
afterAll(() => undoHappyDomFixes());

const ARTICLE: ArticleView = {
  title: 'NATO Bakal Buka Kantor Asia Pertama di Jepang',
  byline: 'Anggita Rahayu',
  siteName: 'IDN Times',
  publishedTime: '2023-05-04T10:05:00+07:00',
  lang: 'id',
  dir: 'ltr',
  excerpt: '', standfirst: '',
  html:
    '<p>Jakarta, IDN Times - Pakta Pertahanan Atlantik Utara.</p>' +
    '<h2 id="sec-1-rencana">1. Rencana</h2><p>Isi bagian pertama.</p>' +
    '<h2 id="sec-2-reaksi">2. Reaksi</h2><p>Isi bagian kedua.</p>',
  outline: [
    { id: 'sec-1-rencana', level: 2, text: '1. Rencana' },
    { id: 'sec-2-reaksi', level: 2, text: '2. Reaksi' },
  ],
  wordCount: 16,
  readingMinutes: 4,
  url: 'https://www.idntimes.com/news/x',
  looksLikeArticle: true,
  removals: [
    { ruleId: 'id-app-promo', kind: 'app-promo', textLength: 41 },
    { ruleId: 'share', kind: 'share', textLength: 12 },
    { ruleId: 'related', kind: 'related', textLength: 300 },
  ],
};

const POSITION: ReadingPosition = { sectionId: 'sec-1-rencana', sectionTitle: '1. Rencana', progress: 0.5, savedAt: Date.now() };

const settingsStore: SettingsStore = { load: async () => DEFAULT_SETTINGS, save: async () => undefined };
const mounted = renderContainer();

async function settle() {
  await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function mount(state: ReaderState = { kind: 'article', article: ARTICLE }, positionStore?: PositionStore) {
  await act(async () => {
    render(<ReaderApp readPage={async () => state} settingsStore={settingsStore} positionStore={positionStore} />, mounted.current);
  });
  await settle();
}

async function pressOnWindow(key: string) {
  await act(async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

const find = (testId: string) => mounted.current.querySelector<HTMLElement>(`[data-testid=${testId}]`);
const positionStore = (position: ReadingPosition | null): PositionStore => ({
  loadOffer: vi.fn(async () => position),
  save: vi.fn(async () => undefined),
});

describe('ReaderApp toolbar', () => {
  it('names every toolbar icon button by an aria-label equal to its title, with no visible text', async () => {
    await mount();
    const buttons = [...mounted.current.querySelectorAll<HTMLButtonElement>('.reader__toolbar button:not(.keep-menu__item)')];
    expect(buttons.length).toBeGreaterThan(3);
    for (const button of buttons) {
      const label = button.getAttribute('aria-label');
      expect(label).toBeTruthy();
      expect(button.getAttribute('title')).toBe(label);
      expect(button.textContent?.trim()).toBe('');
    }
  });

  it('names the copy, save and print actions by their visible text', async () => {
    await mount();
    const items = [...mounted.current.querySelectorAll<HTMLButtonElement>('.reader__toolbar .keep-menu__item')];
    expect(items.map((item) => item.textContent)).toEqual(['Copy as Markdown', 'Save as HTML', 'Save as Markdown', 'Print']);
  });

  it('announces the current section politely', async () => {
    await mount();
    expect(find('section-announcement')?.getAttribute('aria-live')).toBe('polite');
  });
});

describe('ReaderApp outline', () => {
  it('hides the outline on t and shows it again on the next t', async () => {
    await mount();
    const outline = () => mounted.current.querySelector('nav[data-testid=outline]');
    expect(outline()?.hasAttribute('hidden')).toBe(false);
    await pressOnWindow('t');
    expect(outline()?.hasAttribute('hidden')).toBe(true);
    await pressOnWindow('t');
    expect(outline()?.hasAttribute('hidden')).toBe(false);
  });

  it('shows a reading time for each outline item', async () => {
    await mount();
    const times = [...mounted.current.querySelectorAll('[data-testid=section-time]')];
    expect(times).toHaveLength(ARTICLE.outline.length);
    for (const time of times) expect(time.textContent).toMatch(/\d+\s*min/);
  });
});

describe('ReaderApp resume offer', () => {
  it('offers to continue at the saved section, with its key, and Escape dismisses it', async () => {
    const store = positionStore(POSITION);
    await mount(undefined, store);
    expect(store.loadOffer).toHaveBeenCalledWith(ARTICLE.url);
    const offer = find('resume-offer');
    expect(offer?.textContent).toContain('Continue where you left off: 1. Rencana');
    expect(offer?.querySelector('kbd')?.textContent).toBe('b');
    await pressOnWindow('Escape');
    expect(find('resume-offer')).toBeNull();
  });

  it('offers nothing without a position store', async () => {
    await mount();
    expect(find('resume-offer')).toBeNull();
  });
});

describe('ReaderApp in Indonesian', () => {
  it('counts the removed clutter and the reading time in Indonesian', async () => {
    useLocale('id');
    await mount();
    expect(find('removal-summary')?.querySelector('summary')?.textContent).toBe(
      `${ARTICLE.removals.length} blok pengganggu dihapus`,
    );
    expect(find('article-meta')?.textContent).toContain('menit baca');
  });

  it('offers Tetap tampilkan for a page that does not look like an article', async () => {
    useLocale('id');
    await mount({ kind: 'not-article', article: { ...ARTICLE, looksLikeArticle: false } });
    expect(find('state-not-article')?.querySelector('button')?.textContent).toBe('Tetap tampilkan');
  });
});

describe('ReaderApp listen and keep', () => {
  async function waitFor(check: () => boolean) {
    for (let i = 0; i < 50 && !check(); i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
  }

  it('c copies the rendered article as Markdown and says so politely', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      await mount();
      await pressOnWindow('c');
      await waitFor(() => writeText.mock.calls.length > 0 && !!find('reader-notice')?.textContent);
      const markdown = writeText.mock.calls[0]?.[0] ?? '';
      expect(markdown.split('\n')[0]).toBe(`# ${ARTICLE.title}`);
      expect(markdown).toContain('## 1\\. Rencana');
      expect(markdown).toContain('[https://www.idntimes.com/news/x](<https://www.idntimes.com/news/x>)');
      expect(find('reader-notice')?.textContent).toBe(`Copied “${ARTICLE.title}” as Markdown`);
      expect(find('reader-notice')?.getAttribute('role')).toBe('status');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('c leaves out the removed blocks that r shows: only the article is copied', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      const withShare = { ...ARTICLE, removals: [{ ruleId: 'share', kind: 'share' as const, textLength: 20, html: '<p>Bagikan ke Facebook sekarang</p>', after: 'Atlantik Utara.' }] };
      await mount({ kind: 'article', article: withShare });
      await pressOnWindow('r');
      expect(mounted.current.textContent).toContain('Bagikan ke Facebook sekarang');
      await pressOnWindow('c');
      await waitFor(() => writeText.mock.calls.length > 0);
      const markdown = writeText.mock.calls[0]?.[0] ?? '';
      expect(markdown).toContain('Isi bagian kedua.');
      expect(markdown).not.toContain('Bagikan');
      expect(markdown).not.toContain('Removed');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('l opens the player (which says when there are no voices), and Esc closes it', async () => {
    await mount();
    await pressOnWindow('l');
    await waitFor(() => !!find('read-aloud-player'));
    expect(find('read-aloud-player')).not.toBeNull();
    expect(find('read-aloud')?.getAttribute('aria-pressed')).toBe('true');
    await pressOnWindow('Escape');
    expect(find('read-aloud-player')).toBeNull();
    expect(find('read-aloud')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('l speaks the section being read in a voice for the article language, and leaving the page stops it', async () => {
    const calls: string[] = [];
    const spoken: { text: string; voice: { lang: string } | null; rate: number }[] = [];
    const voices = [
      { name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
      { name: 'Indonesian', lang: 'id', localService: true, default: false, voiceURI: 'id' },
    ];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => voices,
      speak: (utterance: { text: string; voice: { lang: string } | null; rate: number }) => spoken.push(utterance),
      cancel: () => calls.push('cancel'),
      pause: () => calls.push('pause'),
      resume: () => calls.push('resume'),
    });
    vi.stubGlobal('speechSynthesis', synth);
    vi.stubGlobal('SpeechSynthesisUtterance', class { voice = null; rate = 1; lang = ''; onend = null; onerror = null; constructor(public text: string) {} });
    try {
      await mount();
      await pressOnWindow('l');
      await waitFor(() => spoken.length > 0);
      // happy-dom has no layout, so every heading counts as scrolled past: the current section is the last.
      expect(find('reader-position')?.textContent).toMatch(/^Section 2 of 2/);
      expect(spoken[0]).toMatchObject({ text: '2. Reaksi', voice: { lang: 'id' }, rate: 1 });
      expect(mounted.current.querySelector('.is-speaking')?.textContent).toBe(spoken[0]?.text);
      expect(find('player-voice-lang')?.textContent).toBe('id');
      await pressOnWindow('l');
      expect(calls.at(-1)).toBe('pause');
      expect(find('read-aloud-player')?.getAttribute('data-status')).toBe('paused');
      // On a section's heading, k goes to the section before, and reading goes on from there.
      await pressOnWindow('k');
      expect(spoken.at(-1)?.text).toBe('1. Rencana');
      expect(find('read-aloud-player')?.getAttribute('data-status')).toBe('speaking');
      calls.length = 0;
      await act(async () => {
        window.dispatchEvent(new Event('pagehide'));
      });
      expect(calls).toContain('cancel');
      expect(mounted.current.querySelector('.is-speaking')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('the copy, save and print list opens from its button and Esc closes it', async () => {
    await mount();
    const toggle = find('keep-menu')!;
    const list = () => mounted.current.querySelector<HTMLElement>('.keep-menu__list');
    expect(list()?.hidden).toBe(true);
    await act(async () => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list()?.hidden).toBe(false);
    await pressOnWindow('Escape');
    expect(list()?.hidden).toBe(true);
  });
});
