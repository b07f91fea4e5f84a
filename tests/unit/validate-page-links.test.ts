import { describe, expect, it } from 'vitest';
import { validateArticle } from '../../lib/reader/validate-article';

const page = {
  title: 'T', byline: '', siteName: '', publishedTime: '', lang: 'id', dir: 'ltr', excerpt: '', standfirst: '',
  html: '<p>x</p>', outline: [], wordCount: 10, readingMinutes: 1,
  url: 'https://berita.example.id/nasional/banjir', looksLikeArticle: true, removals: [],
};

describe('validateArticle keeps links to the story\'s other pages on the same origin only', () => {
  it('keeps same-origin next and show-all links and a page count', () => {
    const pageLinks = { nextUrl: `${page.url}?page=2`, showAllUrl: `${page.url}?page=all`, pageCount: 3 };
    expect(validateArticle({ ...page, pageLinks })?.pageLinks).toEqual(pageLinks);
  });

  it('drops links to another origin or scheme, and nonsense counts', () => {
    const pageLinks = { nextUrl: 'https://evil.example/nasional/banjir?page=2', showAllUrl: `${page.url}?page=all`, pageCount: 1e9 };
    expect(validateArticle({ ...page, pageLinks })?.pageLinks).toEqual({ showAllUrl: `${page.url}?page=all` });
    expect(validateArticle({ ...page, pageLinks: { nextUrl: 'javascript:alert(1)' } })?.pageLinks).toBeUndefined();
    expect(validateArticle({ ...page, url: 'chrome://settings', pageLinks: { nextUrl: 'chrome://settings/2' } })?.pageLinks).toBeUndefined();
  });

  it('leaves a single page without page links', () => {
    expect(validateArticle(page)).not.toHaveProperty('pageLinks');
  });
});
