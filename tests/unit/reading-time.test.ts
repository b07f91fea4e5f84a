import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingTime } from '../../lib/extract/reading-time';
import { CORPUS_DIR, pageDocument, readPage } from './support/page-document';

/** The definition: whitespace-separated words that hold a letter or a digit, plus CJK characters. */
function wordsByDefinition(text: string): number {
  const cjk = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/gu;
  const cjkChars = text.match(cjk)?.length ?? 0;
  return text.replace(cjk, ' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length + cjkChars;
}

function savedPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? savedPages(join(dir, entry.name)) : /\.html(\.gz)?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('reading time', () => {
  it('counts words with letters or digits, not punctuation, and CJK characters one by one', () => {
    expect(readingTime('Satu dua — tiga, 4 ... "lima"', 'id').wordCount).toBe(5);
    expect(readingTime('  \u00a0 – … ', 'en').wordCount).toBe(0);
    expect(readingTime('東京に行く trip to Tokyo', 'ja').wordCount).toBe(5 + 3);
    expect(readingTime('a-b c.d e_f', 'en').wordCount).toBe(3);
  });

  it('gives every saved page the count of its definition', () => {
    const pages = savedPages(resolve(CORPUS_DIR));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const text = pageDocument(readPage(page)).body?.textContent ?? '';
      expect(readingTime(text, 'en').wordCount, page).toBe(wordsByDefinition(text));
    }
  });

  it('reads a minute at least, and slower in Indonesian than in English', () => {
    const text = Array.from({ length: 2400 }, (_, index) => `kata${index}`).join(' ');
    expect(readingTime('Halo', 'id').readingMinutes).toBe(1);
    expect(readingTime(text, 'id').readingMinutes).toBeGreaterThan(readingTime(text, 'en').readingMinutes);
  });
});
