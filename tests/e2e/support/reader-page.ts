import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyInput, Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { SCREENSHOTS_DIR } from './paths';

export type ReaderState = 'loading' | 'article' | 'not-article' | 'cannot-read' | 'error';

export interface OutlineEntry {
  /** Section id taken from the link's href="#<id>". */
  id: string;
  text: string;
  current: boolean;
}

/** "At the top of the article view": heading top minus view top, in CSS px (see the DOM contract). */
export const TOP_OFFSET_RANGE = { min: -2, max: 24 } as const;

/** A heading's settled offset (ReaderPage.settledHeadingOffset) puts it at the top of the article view. */
export function expectAtTop(offset: number | null, what: string): void {
  expect(offset, what).not.toBeNull();
  expect(offset!, what).toBeGreaterThanOrEqual(TOP_OFFSET_RANGE.min);
  expect(offset!, what).toBeLessThanOrEqual(TOP_OFFSET_RANGE.max);
}

const READER = 'div.reader[data-state]';
const ARTICLE_VIEW = '[data-testid=article-view]';
const ARTICLE_BODY = '[data-testid=article-body]';
const OUTLINE_LINKS = 'nav[data-testid=outline] a[href^="#"]';
const KEY_HELP = '[data-testid=key-help]';

/** Collapses every whitespace run (newlines, NBSP) to one space, so text compares the way a reader sees it. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Page object for the reader UI (popup.html), in the real toolbar popup or opened as a tab with ?tab=<id>.
 * Works over CDP (Chromium) and WebDriver BiDi (Firefox): only evaluate, keyboard, click and screenshot.
 */
export class ReaderPage {
  private shots = 0;

  /** @param shotPrefix file-name prefix for this flow's screenshots, e.g. "chromium-popup-seed". */
  constructor(
    readonly page: Page,
    readonly shotPrefix: string,
  ) {}

  async state(): Promise<string | null> {
    return this.page.evaluate(
      (sel) => document.querySelector(sel)?.getAttribute('data-state') ?? null,
      READER,
    );
  }

  /** Waits until the reader leaves `loading` (or never renders) and returns the state it settled in. */
  async settledState(timeoutMs = 10_000): Promise<string | null> {
    // The document may still be navigating, so a failed read counts as "not there yet".
    const read = () => this.state().catch(() => null);
    return eventually(read, (state) => !!state && state !== 'loading', timeoutMs);
  }

  /**
   * Waits for the article images inside the article view's visible area to finish loading (or fail), so a
   * screenshot shows the photos and later measurements are not shifted by an image arriving late.
   */
  async imagesInViewSettled(timeoutMs = 3_000): Promise<void> {
    const pending = () =>
      this.page.evaluate(
        (viewSel, bodySel) => {
          const view = document.querySelector(viewSel)?.getBoundingClientRect();
          if (!view) return 0;
          return [...document.querySelectorAll<HTMLImageElement>(`${bodySel} img`)].filter((img) => {
            const r = img.getBoundingClientRect();
            return r.bottom > view.top && r.top < view.bottom && !img.complete;
          }).length;
        },
        ARTICLE_VIEW,
        ARTICLE_BODY,
      );
    await eventually(pending, (n) => n === 0, timeoutMs);
  }

  /** Text of the whole reader as displayed (hidden elements excluded), whitespace-normalised. */
  async visibleText(): Promise<string> {
    return normalizeText(await this.page.evaluate(() => document.body.innerText));
  }

  async title(): Promise<string> {
    return this.textOf('h1[data-testid=article-title]');
  }

  async byline(): Promise<string> {
    return this.textOf('[data-testid=article-byline]');
  }

  async standfirst(): Promise<string> {
    return this.textOf('[data-testid=article-standfirst]');
  }

  async meta(): Promise<string> {
    return this.textOf('[data-testid=article-meta]');
  }

  async bodyText(): Promise<string> {
    return this.textOf(ARTICLE_BODY);
  }

  /** Visible paragraphs of the article body, in order. */
  async bodyParagraphs(): Promise<string[]> {
    return this.page.evaluate(
      (sel) =>
        [...document.querySelectorAll<HTMLElement>(`${sel} p`)]
          .filter((p) => p.checkVisibility())
          .map((p) => p.innerText.replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      ARTICLE_BODY,
    );
  }

  /** Body text with every <figcaption> taken out: what would be left if captions were read as body text. */
  async bodyTextOutsideCaptions(): Promise<string> {
    const text = await this.page.evaluate((sel) => {
      const body = document.querySelector<HTMLElement>(sel);
      if (!body) return '';
      const clone = body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('figcaption').forEach((c) => c.remove());
      return clone.textContent ?? '';
    }, ARTICLE_BODY);
    return normalizeText(text);
  }

  /** Text of every visible <figcaption> in the article body. */
  async figcaptions(): Promise<string[]> {
    return this.page.evaluate(
      (sel) =>
        [...document.querySelectorAll<HTMLElement>(`${sel} figcaption`)]
          .filter((c) => c.checkVisibility())
          .map((c) => c.innerText.replace(/\s+/g, ' ').trim()),
      ARTICLE_BODY,
    );
  }

  /** src attribute of every image in the article body ('' when it has none). */
  async imageSources(): Promise<string[]> {
    return this.page.evaluate(
      (sel) => [...document.querySelectorAll(`${sel} img`)].map((img) => img.getAttribute('src') ?? ''),
      ARTICLE_BODY,
    );
  }

  async outline(): Promise<OutlineEntry[]> {
    return this.page.evaluate(
      (sel) =>
        [...document.querySelectorAll<HTMLAnchorElement>(sel)].map((a) => ({
          id: decodeURIComponent(a.getAttribute('href')!.slice(1)),
          // The section's title, without the reading time shown beside it.
          text: (a.querySelector<HTMLElement>('.outline__text') ?? a).innerText.replace(/\s+/g, ' ').trim(),
          current: a.getAttribute('aria-current') === 'location',
        })),
      OUTLINE_LINKS,
    );
  }

  async outlineTexts(): Promise<string[]> {
    return (await this.outline()).map((entry) => entry.text);
  }

  /** Texts of the outline links marked aria-current="location" (the contract wants exactly one). */
  async currentOutlineItems(): Promise<string[]> {
    return (await this.outline()).filter((entry) => entry.current).map((entry) => entry.text);
  }

  /** Text of the element with this id inside the article body, or null when there is none. */
  async headingText(id: string): Promise<string | null> {
    return this.page.evaluate(
      (bodySel, headingId) => {
        const heading = document.querySelector(bodySel)?.querySelector(`#${CSS.escape(headingId)}`);
        return heading ? (heading as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : null;
      },
      ARTICLE_BODY,
      id,
    );
  }

  /** heading.top − articleView.top in px, and the view's scrollTop; null offset if either element is missing. */
  async headingOffset(id: string): Promise<{ offset: number | null; scrollTop: number }> {
    return this.page.evaluate(
      (viewSel, bodySel, headingId) => {
        const view = document.querySelector(viewSel);
        const heading = document.querySelector(bodySel)?.querySelector(`#${CSS.escape(headingId)}`);
        if (!view || !heading) return { offset: null, scrollTop: view?.scrollTop ?? 0 };
        const offset = heading.getBoundingClientRect().top - view.getBoundingClientRect().top;
        return { offset, scrollTop: view.scrollTop };
      },
      ARTICLE_VIEW,
      ARTICLE_BODY,
      id,
    );
  }

  /**
   * Waits (up to `timeoutMs`, for smooth scrolling) until the heading sits at the top of the article view
   * and the view has stopped scrolling; returns the last offset measured, so the caller's expect() shows it.
   */
  async settledHeadingOffset(id: string, timeoutMs = 3_000): Promise<number | null> {
    const deadline = Date.now() + timeoutMs;
    let last = await this.headingOffset(id);
    while (Date.now() < deadline) {
      await sleep(50);
      const now = await this.headingOffset(id);
      const still = now.scrollTop === last.scrollTop;
      last = now;
      if (still && now.offset !== null && now.offset >= TOP_OFFSET_RANGE.min && now.offset <= TOP_OFFSET_RANGE.max) break;
    }
    return last.offset;
  }

  /** scrollTop and the largest scrollTop of the article view, once it has stopped moving. */
  async settledScroll(timeoutMs = 3_000): Promise<{ scrollTop: number; maxScrollTop: number }> {
    const read = () =>
      this.page.evaluate((sel) => {
        const view = document.querySelector(sel);
        return view
          ? { scrollTop: view.scrollTop, maxScrollTop: view.scrollHeight - view.clientHeight }
          : { scrollTop: -1, maxScrollTop: -1 };
      }, ARTICLE_VIEW);
    const deadline = Date.now() + timeoutMs;
    let last = await read();
    while (Date.now() < deadline) {
      await sleep(100);
      const now = await read();
      if (now.scrollTop === last.scrollTop) return now;
      last = now;
    }
    return last;
  }

  /** Share (0–1) of the article's last paragraph that is inside the article view. */
  async lastParagraphInView(): Promise<number> {
    return this.page.evaluate((viewSel, bodySel) => {
      const view = document.querySelector(viewSel)!.getBoundingClientRect();
      const last = [...document.querySelectorAll(`${bodySel} p`)].filter((p) => p.textContent?.trim()).at(-1)?.getBoundingClientRect();
      if (!last || last.height === 0) return 0;
      const shown = Math.min(last.bottom, view.bottom, window.innerHeight) - Math.max(last.top, view.top, 0);
      return Math.max(0, shown) / last.height;
    }, ARTICLE_VIEW, ARTICLE_BODY);
  }

  /** Where keyboard focus is: keys must work without a click, so it belongs in the reader but not on a button. */
  async focus(): Promise<{ tag: string; inReader: boolean }> {
    return this.page.evaluate((sel) => {
      const el = document.activeElement;
      return { tag: el?.tagName.toLowerCase() ?? 'none', inReader: !!el?.closest(sel) };
    }, READER);
  }

  async helpVisible(): Promise<boolean> {
    return this.page.evaluate((sel) => {
      const help = document.querySelector<HTMLElement>(sel);
      return !!help && help.getAttribute('role') === 'dialog' && help.checkVisibility();
    }, KEY_HELP);
  }

  async press(...keys: KeyInput[]): Promise<void> {
    for (const key of keys) await this.page.keyboard.press(key);
  }

  /** Clicks the visible button whose text is exactly `label`. */
  async clickButton(label: string): Promise<void> {
    const clicked = await this.page.evaluate((text) => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.innerText.replace(/\s+/g, ' ').trim() === text && b.checkVisibility(),
      );
      button?.click();
      return !!button;
    }, label);
    if (!clicked) throw new Error(`No visible button "${label}"`);
  }

  async buttonLabels(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button')]
        .filter((b) => b.checkVisibility())
        .map((b) => b.innerText.replace(/\s+/g, ' ').trim()),
    );
  }

  /** Saves tests/e2e/screenshots/<prefix>-<nn>-<step>.png and returns its path. */
  async screenshot(step: string): Promise<string> {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    this.shots += 1;
    const file = join(SCREENSHOTS_DIR, `${this.shotPrefix}-${String(this.shots).padStart(2, '0')}-${step}.png`);
    await this.page.screenshot({ path: file as `${string}.png` });
    return file;
  }

  private async textOf(selector: string): Promise<string> {
    const text = await this.page.evaluate(
      (sel) => (document.querySelector<HTMLElement>(sel)?.innerText ?? null),
      selector,
    );
    if (text === null) throw new Error(`Reader has no ${selector} (state: ${await this.state()})`);
    return normalizeText(text);
  }
}

/**
 * Re-reads `read()` until `done(value)` holds or `timeoutMs` passes, and returns the last value either way,
 * so the caller's expect() reports what the page actually showed.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 2_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await sleep(50);
    value = await read();
  }
  return value;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
