import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetSite, keepRules, keptOn, normalizeKeptRules, siteOf } from '../../lib/reader/kept-rules';
import { loadKeptRules, saveKeptRules } from '../../utils/kept-rules-storage';

describe('rules kept per site', () => {
  it('keys a site by its host without www, and only for web pages', () => {
    expect(siteOf('https://www.idntimes.com/news/x')).toBe('idntimes.com');
    expect(siteOf('http://127.0.0.1:8080/a.html')).toBe('127.0.0.1');
    expect(siteOf('file:///tmp/a.html')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('adds rules for the article\'s site, once each, and finds them from any page there', () => {
    let kept = keepRules({}, 'https://www.idntimes.com/news/a', ['id-read-also']);
    kept = keepRules(kept, 'https://idntimes.com/news/b', ['id-read-also', 'id-share']);
    expect(kept).toEqual({ 'idntimes.com': ['id-read-also', 'id-share'] });
    expect(keptOn(kept, 'https://www.idntimes.com/other')).toEqual(['id-read-also', 'id-share']);
    expect(keptOn(kept, 'https://detik.com/x')).toEqual([]);
    expect(forgetSite(kept, 'idntimes.com')).toEqual({});
  });

  it('drops what another script could have written: odd sites, odd ids, empty lists', () => {
    expect(normalizeKeptRules({ 'idntimes.com': ['id-share', 'x y', 3], 'a/b': ['id-share'], 'detik.com': [], 'kompas.com': 'id-share' })).toEqual({
      'idntimes.com': ['id-share'],
    });
    expect(normalizeKeptRules(['idntimes.com'])).toEqual({});
  });

  it('round-trips through storage, validated on read', async () => {
    await saveKeptRules({ 'detik.com': ['id-read-also'] });
    expect(await loadKeptRules()).toEqual({ 'detik.com': ['id-read-also'] });
    await fakeBrowser.storage.local.set({ keptRules: { 'detik.com': '<script>' } });
    expect(await loadKeptRules()).toEqual({});
  });
});
