import { describe, expect, it } from 'vitest';
import { collapsedText } from '../../lib/extract/text-blocks';

/** What collapsedText promises: runs of white space as one space, none at the ends. */
const collapsedPlainly = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('collapsed text', () => {
  it('collapses every white-space character, alone, doubled and beside a space, as /\\s+/ does', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => /\s/.test(char));
    const lookalikes = ['\u200b', '\u180e', '\u2060', '\u00ad', '\u0085'];
    for (const char of [...spaces, ...lookalikes]) {
      for (const text of [`a${char}b`, `a${char}${char}b`, `a ${char}b`, `a${char} b`, `${char}a${char}`, `${char}`, ` ${char} `]) {
        expect(collapsedText(text), JSON.stringify(text)).toBe(collapsedPlainly(text));
      }
    }
  });

  it('gives the same text as /\\s+/ on mixed runs of every length', () => {
    const alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u200b', '\ufeff'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let sample = 0; sample < 5000; sample += 1) {
      const text = Array.from({ length: Math.floor(next() * 14) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(collapsedText(text), JSON.stringify(text)).toBe(collapsedPlainly(text));
    }
  });
});
