import { describe, expect, it } from 'vitest';
import { cannotReadUrl, explainInjectionFailure } from '../../lib/reader/page-access';
import { validateArticle } from '../../lib/reader/validate-article';
import { DEFAULT_SETTINGS, nextTheme, normalizeSettings, stepFontSize } from '../../lib/settings/reader-settings';

describe('pages the reader cannot open', () => {
  it.each([
    'chrome://extensions/',
    'about:addons',
    'edge://settings',
    'view-source:https://example.org/',
    'chrome-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
  ])('%s is refused before injecting', (url) => {
    expect(cannotReadUrl(url)?.kind).toBe('cannot-read');
  });

  it.each(['https://www.idntimes.com/news/x', 'http://127.0.0.1:8080/a.html', 'file:///home/a.html'])(
    '%s is tried',
    (url) => expect(cannotReadUrl(url)).toBeNull(),
  );

  it('explains how to allow local files', () => {
    const state = explainInjectionFailure('file:///tmp/a.html', 'Cannot access contents of url "file:///tmp/a.html".');
    expect(state).toEqual({ kind: 'cannot-read', reason: 'localFile' });
  });

  it('recognises a browser page from Chrome\'s error when its address is hidden', () => {
    const state = explainInjectionFailure(undefined, 'Cannot access a chrome:// URL');
    expect(state).toEqual({ kind: 'cannot-read', reason: 'browserPage' });
    const store = explainInjectionFailure(undefined, 'The extensions gallery cannot be scripted.');
    expect(store).toEqual({ kind: 'cannot-read', reason: 'storePage' });
  });

  it('treats a refused injection as cannot-read and anything else as an error with its message', () => {
    expect(explainInjectionFailure('https://x.example/', 'Missing host permission for the tab')).toEqual({ kind: 'cannot-read', reason: 'refused' });
    expect(explainInjectionFailure('https://x.example/', 'The page did not answer within 10 seconds.')).toEqual({
      kind: 'error',
      message: 'The page did not answer within 10 seconds.',
    });
  });
});

describe('validateArticle', () => {
  const good = {
    title: 'T', byline: 'B', siteName: 'S', publishedTime: '2023-05-04', lang: 'id', dir: 'ltr', excerpt: '', standfirst: '',
    html: '<p>x</p>', outline: [{ id: 'sec-a', level: 2, text: 'A' }], wordCount: 10, readingMinutes: 1,
    url: 'https://x.example/', looksLikeArticle: true, removals: [{ ruleId: 'r', kind: 'ad', textLength: 3 }],
  };

  it('accepts a well-formed answer', () => {
    expect(validateArticle(good)).toEqual(good);
  });

  it('rejects what is not an article', () => {
    expect(validateArticle(null)).toBeNull();
    expect(validateArticle('x')).toBeNull();
    expect(validateArticle({ ...good, html: 42 })).toBeNull();
  });

  it('drops outline ids that could clobber the popup and coerces bad fields', () => {
    const article = validateArticle({
      ...good,
      outline: [{ id: 'app', level: 2, text: 'x' }, { id: 'sec-ok', level: 99, text: 'y' }],
      lang: '"><script>',
      dir: 'sideways',
      wordCount: -5,
      title: { toString: () => 'x' },
    });
    expect(article?.outline).toEqual([{ id: 'sec-ok', level: 6, text: 'y' }]);
    expect(article?.lang).toBe('');
    expect(article?.dir).toBe('ltr');
    expect(article?.wordCount).toBe(0);
    expect(article?.title).toBe('');
  });
});

describe('reader settings', () => {
  it('falls back to defaults for anything stored wrongly', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'neon', fontSize: 'big', fontFamily: 'comic' })).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'dark', fontSize: 21, fontFamily: 'sans', lineWidth: 'narrow', lineHeight: 'tight' })).toEqual({
      theme: 'dark',
      fontSize: 20,
      fontFamily: 'sans',
      lineWidth: 'narrow',
      lineHeight: 'tight',
      speechRate: 1,
      speechVoices: {},
    });
    expect(normalizeSettings({ lineWidth: 'huge', lineHeight: 3 })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps a read-aloud speed from the list and a voice per language, nothing else', () => {
    expect(normalizeSettings({ speechRate: 1.75, speechVoices: { id: 'v-id', en: 'v-en' } })).toMatchObject({
      speechRate: 1.75,
      speechVoices: { id: 'v-id', en: 'v-en' },
    });
    expect(normalizeSettings({ speechRate: 9, speechVoices: { 'id-ID': 'v', '<x>': 'v', fr: 3, de: '' } })).toMatchObject({
      speechRate: 1,
      speechVoices: {},
    });
    expect(normalizeSettings({ speechVoices: 'id' }).speechVoices).toEqual({});
  });

  it('steps the font size within its range and cycles themes', () => {
    expect(stepFontSize(18, 1)).toBe(20);
    expect(stepFontSize(24, 1)).toBe(24);
    expect(stepFontSize(14, -1)).toBe(14);
    expect(nextTheme('auto')).toBe('light');
    expect(nextTheme('dark')).toBe('auto');
  });
});
