import { describe, expect, it } from 'vitest';
import type { OutlineItem } from '@/lib/extract/article-types';
import { minutesLeft, sectionReadingTimes } from '@/lib/reader/section-reading-times';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

// Word counts include each heading's own one-word title: intro 10, sections 20, 60 and 10 → 100 words.
const OUTLINE: OutlineItem[] = [
  { id: 's1', level: 2, text: 'One' },
  { id: 's2', level: 2, text: 'Two' },
  { id: 's3', level: 2, text: 'Three' },
];

function body(): Element {
  const element = document.createElement('div');
  element.innerHTML = `
    <p>${words(10)}</p>
    <h2 id="s1">One</h2><p>${words(19)}</p>
    <h2 id="s2">Two</h2><p>${words(29)}</p><ul><li>${words(30)}</li></ul>
    <h2 id="s3">Three</h2><p>${words(9)}</p>`;
  return element;
}

describe('sectionReadingTimes', () => {
  const times = sectionReadingTimes(body(), OUTLINE, 'en', 10);

  it('splits the minutes in proportion to each section’s words', () => {
    expect(times.introMinutes).toBeCloseTo(1);
    expect(times.minutesById.get('s1')).toBeCloseTo(2);
    expect(times.minutesById.get('s2')).toBeCloseTo(6);
    expect(times.minutesById.get('s3')).toBeCloseTo(1);
  });

  it('adds up to the total', () => {
    const sum = times.introMinutes + [...times.minutesById.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(10);
    expect(times.totalMinutes).toBe(10);
  });
});

describe('minutesLeft', () => {
  const times = sectionReadingTimes(body(), OUTLINE, 'en', 10);

  it('from the start of section 2 is sections 2 and 3', () => {
    expect(minutesLeft(times, OUTLINE, 's2')).toBeCloseTo(7);
  });

  it('before the first section is the whole article', () => {
    expect(minutesLeft(times, OUTLINE, null)).toBe(10);
  });
});
