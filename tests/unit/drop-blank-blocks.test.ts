import { describe, expect, it } from 'vitest';
import { dropBlankBlocks } from '../../lib/extract/drop-blank-blocks';
import { articlePlainText } from '../../lib/extract/article-plain-text';
import { pageDocument } from './support/page-document';

const TEXT = 'Pemerintah menyatakan rencana pembangunan jalur kereta baru akan dimulai tahun depan.';

function content(html: string): Element {
  return pageDocument(`<body><div id="c">${html}</div></body>`).querySelector('#c')!;
}

describe('dropBlankBlocks', () => {
  it('drops paragraphs of zero-width and no-break spaces that would read as blank blocks', () => {
    const root = content(`<p>${TEXT}</p><p>\u200b</p><p>&nbsp;\u200b&nbsp;</p><div><span>\ufeff</span></div><p>\u2060 </p><p>${TEXT}</p>`);
    expect(articlePlainText(root).articleBody.split('\n\n').length).toBeGreaterThan(2);
    expect(dropBlankBlocks(root)).toBeGreaterThanOrEqual(4);
    expect(articlePlainText(root).articleBody).toBe(`${TEXT}\n\n${TEXT}`);
    expect(root.querySelectorAll('p')).toHaveLength(2);
  });

  it('keeps images, embeds and link targets that hold no text', () => {
    const root = content(`<p><img src="https://x.example/a.jpg" alt=""></p><div><iframe src="https://x.example/v"></iframe></div><p id="note-1"></p><p>${TEXT}</p>`);
    expect(dropBlankBlocks(root)).toBe(0);
    expect(root.querySelector('img')).not.toBeNull();
    expect(root.querySelector('iframe')).not.toBeNull();
    expect(root.querySelector('#note-1')).not.toBeNull();
  });
});
