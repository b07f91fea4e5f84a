// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"disableJavaScriptFileLoading":true,"enableCSSFileLoading":false,"enableImageFileLoading":false,"enableIframePageLoading":false,"handleDisabledFileLoadingAsSuccess":true}}
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ReaderApp, type SettingsStore } from '@/components/reader-app';
import type { ArticleView } from '@/lib/extract/article-types';
import type { ReaderState } from '@/lib/reader/reader-state';
import { DEFAULT_SETTINGS } from '@/lib/settings/reader-settings';
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
  html: '<p>Jakarta, IDN Times - Pakta Pertahanan Atlantik Utara.</p><h2 id="sec-1-rencana">1. Rencana</h2><p>Isi.</p>',
  outline: [{ id: 'sec-1-rencana', level: 2, text: '1. Rencana' }],
  wordCount: 10,
  readingMinutes: 1,
  url: 'https://www.idntimes.com/news/x',
  looksLikeArticle: true,
  removals: [{ ruleId: 'id-app-promo', kind: 'app-promo', textLength: 41 }],
};

const settingsStore: SettingsStore = { load: async () => DEFAULT_SETTINGS, save: async () => undefined };
const mounted = renderContainer();

async function mount(readPage: () => Promise<ReaderState>) {
  await act(async () => {
    render(<ReaderApp readPage={readPage} settingsStore={settingsStore} />, mounted.current);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const state = () => mounted.current.querySelector('.reader')?.getAttribute('data-state');

describe('ReaderApp states', () => {
  it('shows a message with Retry when reading fails, and Retry reads again', async () => {
    const readPage = vi
      .fn<() => Promise<ReaderState>>()
      .mockResolvedValueOnce({ kind: 'error', message: 'The page did not answer within 10 seconds.' })
      .mockResolvedValueOnce({ kind: 'article', article: ARTICLE });
    await mount(readPage);
    expect(state()).toBe('error');
    expect(mounted.current.textContent).toContain('The page did not answer within 10 seconds.');
    const retry = [...mounted.current.querySelectorAll('button')].find((b) => b.textContent === 'Retry');
    await act(async () => retry?.click());
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(readPage).toHaveBeenCalledTimes(2);
    expect(state()).toBe('article');
    expect(mounted.current.querySelector('[data-testid=article-title]')?.textContent).toBe(ARTICLE.title);
  });

  it('turns a thrown error into the error state, never a blank popup', async () => {
    await mount(() => Promise.reject(new Error('Extension context invalidated.')));
    expect(state()).toBe('error');
    expect(mounted.current.querySelector('[data-testid=state-error] button')?.textContent).toBe('Retry');
  });

  it('offers Show anyway for a page that does not look like an article', async () => {
    await mount(async () => ({ kind: 'not-article', article: { ...ARTICLE, looksLikeArticle: false } }));
    expect(state()).toBe('not-article');
    const showAnyway = mounted.current.querySelector<HTMLButtonElement>('[data-testid=state-not-article] button');
    await act(async () => showAnyway?.click());
    expect(state()).toBe('article');
  });

  it('explains a page it cannot read', async () => {
    await mount(async () => ({ kind: 'cannot-read', reason: 'browserPage' }));
    expect(state()).toBe('cannot-read');
    expect(mounted.current.textContent).toContain('Browser pages, settings and other extensions’ pages can’t be opened');
  });

  it('shows the title and byline as text, and how much clutter went', async () => {
    await mount(async () => ({ kind: 'article', article: { ...ARTICLE, title: '<img src=x onerror=alert(1)>' } }));
    const title = mounted.current.querySelector('[data-testid=article-title]');
    expect(title?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(title?.querySelector('img')).toBeNull();
    expect(mounted.current.querySelector('[data-testid=removal-summary]')?.textContent).toContain('Removed 1 block of clutter');
  });
});
