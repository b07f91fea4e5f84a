import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTextMeasure } from '../../lib/extract/text-measure';
import { linkDensity, normalizedText, unlinkedTextLength } from '../../lib/extract/text-blocks';
import { CORPUS_DIR, pageDocument, readPage } from './support/page-document';

const PAGES = ['indonesian/slasherrb-2015/detik.html', 'indonesian/slasherrb-2015/kompas.html'];

function expectSameFigures(elements: Element[], measure: ReturnType<typeof createTextMeasure>) {
  for (const element of elements) {
    expect(measure.textLength(element), element.outerHTML.slice(0, 80)).toBe(normalizedText(element).length);
    expect(measure.unlinkedLength(element)).toBe(unlinkedTextLength(element));
    expect(measure.linkDensity(element)).toBeCloseTo(linkDensity(element), 12);
  }
}

describe('text measure', () => {
  it.each(PAGES)('gives every element of %s the figures text-blocks.ts computes', (page) => {
    const doc = pageDocument(readPage(resolve(CORPUS_DIR, page)));
    expectSameFigures([...doc.body.getElementsByTagName('*')], createTextMeasure());
  });

  it('collapses whitespace across element boundaries as normalizedText does', () => {
    const doc = pageDocument('<body><div id="a">  one <b> two </b>\n\t<i></i> three<a href="/x">  four  </a>  </div><p id="b"> \u00a0 </p></body>');
    const measure = createTextMeasure();
    expectSameFigures([...doc.body.getElementsByTagName('*')], measure);
  });

  it('counts every character the regex class \\s matches as whitespace, and no other', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((char) => /\s/.test(char));
    const lookalikes = ['\u200b', '\u180e', '\u2060', '\u00ad', '\u0085'];
    const doc = pageDocument('<body></body>');
    for (const char of [...spaces, ...lookalikes]) {
      const block = doc.createElement('p');
      block.textContent = `${char}a${char}${char}b${char}`;
      doc.body.append(block);
    }
    expectSameFigures([...doc.body.children], createTextMeasure());
  });

  it('stays right after elements are removed, once told', () => {
    const doc = pageDocument(readPage(resolve(CORPUS_DIR, PAGES[0]!)));
    const measure = createTextMeasure();
    const elements = [...doc.body.getElementsByTagName('*')];
    expectSameFigures(elements.slice(0, 50), measure);
    for (const link of [...doc.body.querySelectorAll('a')].slice(0, 40)) {
      measure.forget(link);
      link.remove();
    }
    expectSameFigures(elements.filter((element) => doc.body.contains(element)), measure);
  });
});
