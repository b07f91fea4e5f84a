import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { expect } from 'vitest';
import { FIXTURES_DIR } from './paths';
import { eventually, expectAtTop, normalizeText, type ReaderPage } from './reader-page';

/**
 * What the seed (/work/shared/seed/README.md) asks of the reader on tests/fixtures/idntimes-nato-seed.html: the
 * title, the three sections, the captions (lead photo, then sections 1 and 2), the photos and the clutter that must go.
 */
export const SEED = JSON.parse(readFileSync(join(FIXTURES_DIR, 'idntimes-nato-seed.expected.json'), 'utf8')) as {
  fixture: string;
  title: string;
  sections: string[];
  captions: string[];
  photos: string[];
  bodyStartsWith: string;
  clutter: string[];
};

/** Keys must work as soon as the reader opens: focus is inside the reader, and not on a button. */
export async function expectFocusInReader(reader: ReaderPage): Promise<void> {
  const focus = await reader.focus();
  expect(focus.inReader && focus.tag !== 'button', `focus on <${focus.tag}>, in reader: ${focus.inReader}`).toBe(true);
}

/** The article's own paragraphs as the live page has them (the in-text "Baca Juga:" links left out). */
async function sourceParagraphs(articlePage: Page): Promise<string[]> {
  const texts = await articlePage.$$eval('#article-content p', (ps) => ps.map((p) => p.textContent ?? ''));
  return texts.map(normalizeText).filter((t) => t && !t.startsWith('Baca Juga'));
}

/**
 * Title, meta, outline, clutter, captions and body text of the seed article in a reader already in the article
 * state. Soft assertions: one run reports every mismatch, and the key checks still run after a content mismatch.
 */
export async function expectSeedArticle(reader: ReaderPage, articlePage: Page): Promise<void> {
  expect.soft(await reader.title()).toBe(SEED.title);
  expect.soft(await reader.meta(), 'meta line: site · date · N min read').toMatch(/IDN Times.*2023.*\b\d+ min read\b/);

  const outline = await reader.outline();
  expect.soft(outline.map((entry) => entry.text)).toEqual(SEED.sections);
  for (const entry of outline) {
    expect.soft(await reader.headingText(entry.id), `heading #${entry.id} in the article body`).toBe(entry.text);
  }

  const visible = await reader.visibleText();
  expect.soft(SEED.clutter.filter((c) => visible.includes(normalizeText(c))), 'clutter visible in the reader').toEqual([]);

  // A caption is kept as a caption: shown in a <figcaption>, never dropped, never body text.
  const captions = await reader.figcaptions();
  const outsideCaptions = await reader.bodyTextOutsideCaptions();
  for (const caption of SEED.captions) {
    expect.soft(captions, 'visible figcaptions').toContain(caption);
    expect.soft(outsideCaptions.includes(caption), `caption also in the body text: "${caption.slice(0, 40)}…"`).toBe(false);
  }

  const origin = new URL(articlePage.url()).origin;
  expect.soft(await reader.imageSources(), 'photos in the body (absolute URLs)').toEqual(SEED.photos.map((p) => origin + p));

  const [firstParagraph = ''] = await reader.bodyParagraphs();
  expect.soft(firstParagraph.startsWith(SEED.bodyStartsWith), `the body opens with the dateline: "${firstParagraph.slice(0, 60)}"`).toBe(true);
  const body = await reader.bodyText();
  const paragraphs = await sourceParagraphs(articlePage);
  expect.soft(paragraphs.length, 'paragraphs read from the fixture').toBe(11);
  expect.soft(paragraphs.filter((p) => !body.includes(p)), 'article paragraphs missing from the body').toEqual([]);
}

/** Section keys on the seed article: j×3, 2, k, ?, Esc, G, g g, with a screenshot after each step. */
export async function expectSectionKeys(reader: ReaderPage): Promise<void> {
  const outline = await reader.outline();
  expect(outline).toHaveLength(SEED.sections.length);

  const expectAtSection = async (n: number, keys: string) => {
    const entry = outline[n - 1]!;
    const offset = await reader.settledHeadingOffset(entry.id);
    expectAtTop(offset, `after ${keys}: section ${n} heading − article view top (px)`);
    const current = await eventually(() => reader.currentOutlineItems(), (c) => c.length === 1 && c[0] === entry.text);
    expect(current, `after ${keys}: outline items with aria-current="location"`).toEqual([entry.text]);
  };

  await reader.press('j', 'j', 'j');
  await expectAtSection(3, 'j j j');
  await reader.screenshot('j-j-j-section-3');

  await reader.press('2');
  await expectAtSection(2, '2');
  await reader.screenshot('2-section-2');

  await reader.press('k');
  await expectAtSection(1, 'k');
  await reader.screenshot('k-section-1');

  await reader.press('?');
  expect(await eventually(() => reader.helpVisible(), (v) => v), '? opens the key help dialog').toBe(true);
  await reader.screenshot('help-open');

  await reader.press('Escape');
  expect(await eventually(() => reader.helpVisible(), (v) => !v), 'Esc closes the key help dialog').toBe(false);
  await reader.screenshot('help-closed');

  await reader.press('G');
  const bottom = await reader.settledScroll();
  expect(bottom.maxScrollTop, 'the article view scrolls').toBeGreaterThan(0);
  expect(bottom.scrollTop, 'G: article view scrolled down').toBeGreaterThan(0);
  expect(await reader.lastParagraphInView(), 'G: share of the last paragraph in view').toBeGreaterThan(0.99);
  await reader.screenshot('G-bottom');

  await reader.press('g', 'g');
  expect((await reader.settledScroll()).scrollTop, 'g g: article view back at the top').toBeLessThanOrEqual(2);
  await reader.screenshot('g-g-top');

  // Scrolling as a reader does (wheel, trackpad, Space) moves the "you are here" mark with the text.
  const second = outline[1]!;
  await reader.page.evaluate((id) => {
    const view = document.querySelector('[data-testid=article-view]')!;
    const heading = document.getElementById(id)!;
    view.scrollTop += heading.getBoundingClientRect().top - view.getBoundingClientRect().top + 40;
  }, second.id);
  const current = await eventually(() => reader.currentOutlineItems(), (c) => c[0] === second.text);
  expect(current, 'after scrolling into section 2: outline items with aria-current="location"').toEqual([second.text]);
  await reader.screenshot('scrolled-into-section-2');
}
