// @vitest-environment-options {"settings":{"enableJavaScriptEvaluation":false,"disableJavaScriptFileLoading":true,"enableCSSFileLoading":false,"enableImageFileLoading":false,"enableIframePageLoading":false,"handleDisabledFileLoadingAsSuccess":true}}
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, test } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { fixHappyDomForDomPurify, undoHappyDomFixes } from './support/happy-dom-dompurify';
import { blockNetwork } from './support/no-network';
import { renderContainer } from './support/render-container';

const mounted = renderContainer();

fixHappyDomForDomPurify(window);
const networkAttempts = blockNetwork(window);


afterAll(() => {
  undoHappyDomFixes();
  expect(networkAttempts).toEqual([]);
});

function renderBody(html: string, lang = 'en', dir = 'ltr'): HTMLElement {
  act(() => render(<ArticleBody html={html} lang={lang} dir={dir} />, mounted.current));
  const body = mounted.current.querySelector<HTMLElement>('[data-testid="article-body"]');
  if (!body) throw new Error('ArticleBody rendered no [data-testid="article-body"]');
  return body;
}

describe('ArticleBody', () => {
  test('shows the sanitised article', () => {
    const body = renderBody(
      '<h2 id="sec-intro" style="color:red">Intro</h2><p>Read <a href="https://example.com/more">more</a>' +
        '<script>alert(1)</script></p>',
    );
    expect(body.className).toBe('article-body');
    expect(body.innerHTML).toBe(
      '<h2 id="sec-intro">Intro</h2><p>Read <a href="https://example.com/more" target="_blank" rel="noopener noreferrer">more</a></p>',
    );
  });

  test('leaves no handler from an <img onerror> payload', () => {
    const body = renderBody('<img src=x onerror="alert(1)"><img src="https://a.example/i.png" onload="alert(2)">');
    const images = body.querySelectorAll('img');
    expect(images).toHaveLength(2);
    for (const image of images) {
      expect(image.getAttributeNames().filter((name) => name.startsWith('on'))).toEqual([]);
      expect(image.onerror).toBeNull();
      expect(image.onload).toBeNull();
    }
    expect(images[0]?.hasAttribute('src')).toBe(false);
    expect(images[1]?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  test('sets validated lang and dir on the mounted.current', () => {
    const body = renderBody('<p>שלום</p>', 'he', 'rtl');
    expect(body.getAttribute('lang')).toBe('he');
    expect(body.getAttribute('dir')).toBe('rtl');
  });

  test('drops lang and dir values that are not a language tag or ltr/rtl/auto', () => {
    const body = renderBody('<p>x</p>', 'en" onclick="alert(1)', 'evil');
    expect(body.hasAttribute('lang')).toBe(false);
    expect(body.hasAttribute('dir')).toBe(false);
  });

  test('replaces the article when the html changes, and keeps it across other re-renders', () => {
    renderBody('<p>first</p>');
    let body = renderBody('<p>second</p>');
    expect(body.innerHTML).toBe('<p>second</p>');
    body = renderBody('<p>second</p>', 'fr');
    expect(body.innerHTML).toBe('<p>second</p>');
    expect(body.getAttribute('lang')).toBe('fr');
  });

  test('renders an empty article as an empty mounted.current', () => {
    expect(renderBody('').childNodes).toHaveLength(0);
  });
});
