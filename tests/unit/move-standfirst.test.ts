import { describe, expect, it } from 'vitest';
import { moveStandfirst } from '../../lib/extract/move-standfirst';
import { pageDocument } from './support/page-document';

const BODY = '<p>The city council approved the new transit plan on Tuesday after a long debate about costs.</p>';

function content(html: string): Element {
  return pageDocument(`<body><div id="c">${html}</div></body>`).querySelector('#c')!;
}

describe('moveStandfirst', () => {
  it('takes the summary under the headline out of the body', () => {
    const root = content(`<div class="article__standfirst"><p>A plan ten years in the making wins the vote.</p></div>${BODY}`);
    expect(moveStandfirst(root)).toBe('A plan ten years in the making wins the vote.');
    expect(root.textContent).not.toContain('ten years');
    expect(root.textContent).toContain('The city council approved');
  });

  it('keeps a bold first paragraph, which is the story itself', () => {
    const root = content(`<p class="story-body__introduction">President Obama has admitted his frustration.</p>${BODY}`);
    expect(moveStandfirst(root)).toBe('');
    expect(root.textContent).toContain('President Obama');
  });

  it('keeps an unmarked opening paragraph', () => {
    const root = content(BODY);
    expect(moveStandfirst(root)).toBe('');
  });

  it('takes out an opening block that repeats the meta description from a box of its own', () => {
    const root = content(`<div class="lead"><p>A plan ten years in the making wins the vote, and the first trains could run by 2029.</p></div><div class="body">${BODY}${BODY}</div>`);
    expect(moveStandfirst(root, 'A plan ten years in the making wins the vote, and the first trains…')).toMatch(/^A plan ten years/);
    expect(root.textContent).not.toContain('ten years');
  });

  it('keeps a lead paragraph that the page copied into its description', () => {
    const lead = 'Jakarta, IDN Times - Sekretaris Jenderal NATO mengatakan rencana pembukaan kantor di Tokyo sudah diketahui.';
    const root = content(`<p>${lead}</p>${BODY}`);
    expect(moveStandfirst(root, lead)).toBe('');
    expect(root.textContent).toContain('Jakarta, IDN Times');
  });

  it('keeps an opening paragraph when the description runs on past it into the story', () => {
    const lead = 'Last week, during a brief tangent in our discussion of Medicare, I defended the base and concluded with this statement:';
    const root = content(`<p>${lead}</p><blockquote><p>It is undeniably the case that the numbers tell a different story today.</p></blockquote>${BODY}`);
    expect(moveStandfirst(root, `${lead} "It is undeniably the case that the numbers tell a different story today."`)).toBe('');
    expect(root.textContent).toContain('Last week');
  });
});
