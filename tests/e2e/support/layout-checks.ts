import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { eventually, type ReaderPage } from './reader-page';

export interface LayoutReport {
  viewport: { width: number; height: number };
  /** How far the page is wider than its window (px); 0 when nothing spills sideways. */
  horizontalOverflow: number;
  /** Scrolling boxes inside the reader that scroll sideways, by class. */
  sidewaysScrollers: string[];
  /** Visible controls of the toolbar and the reader's states that are not wholly inside the window. */
  controlsOutside: string[];
  /** The title's right edge minus its column's right edge (px): a title that does not wrap sticks out. */
  titleOverhang: number;
}

/** Measures what a person would see as broken layout: sideways spill, controls off screen, a title that runs out. */
export async function layoutReport(page: Page): Promise<LayoutReport> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    const visible = (el: Element) => (el as HTMLElement).checkVisibility({ visibilityProperty: true });
    const controls = [...document.querySelectorAll<HTMLElement>('.reader__toolbar button, .state-message button, .resume-offer button')].filter(visible);
    const outside = controls.filter((el) => {
      const r = el.getBoundingClientRect();
      return r.left < -0.5 || r.top < -0.5 || r.right > width + 0.5 || r.bottom > height + 0.5;
    });
    const scrollers = [...document.querySelectorAll<HTMLElement>('.reader, .reader *')].filter(
      (el) => visible(el) && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible' && !el.closest('.article-body'),
    );
    const title = document.querySelector('[data-testid=article-title]');
    const column = document.querySelector('.article');
    const overhang = title && column ? title.getBoundingClientRect().right - column.getBoundingClientRect().right : 0;
    return {
      viewport: { width, height },
      horizontalOverflow: Math.max(0, document.documentElement.scrollWidth - width),
      sidewaysScrollers: scrollers.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      controlsOutside: outside.map((el) => el.getAttribute('aria-label') ?? el.innerText),
      titleOverhang: Math.max(0, overhang),
    };
  });
}

/**
 * Goes to the end of the article with End, as a reader would, and returns how much of the last paragraph is in
 * view once photos that load on the way have taken their place.
 */
export async function lastParagraphShownAfterEnd(reader: ReaderPage): Promise<number> {
  await reader.press('End');
  await reader.settledScroll();
  await reader.imagesInViewSettled();
  return eventually(() => reader.lastParagraphInView(), (share) => share > 0.99);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so the page's CSP does not block it).
 * `exclude` leaves out what the page wrote rather than the reader, such as removed blocks shown again.
 */
export async function axeViolations(page: Page, exclude: string[] = []): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (excluded) => {
    type Context = Document | { include: string[][]; exclude: string[][] };
    const axe = (window as unknown as { axe: { run: (context: Context, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    const context = excluded.length > 0 ? { include: [['html']], exclude: excluded.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, exclude);
}
