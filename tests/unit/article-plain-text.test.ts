import { describe, expect, it } from 'vitest';
import { articlePlainText } from '../../lib/extract/article-plain-text';

function body(html: string): Element {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('articlePlainText', () => {
  it('separates paragraphs, headings, list items and blockquotes with blank lines', () => {
    const { articleBody } = articlePlainText(
      body(`
        <h2>Section  one</h2>
        <p>First   paragraph,
           on two lines.</p>
        <ul><li>Item <b>one</b></li><li>Item two</li></ul>
        <blockquote><p>Quoted.</p><p>Quoted again.</p></blockquote>`),
    );
    expect(articleBody).toBe(
      ['Section one', 'First paragraph, on two lines.', 'Item one', 'Item two', 'Quoted.', 'Quoted again.'].join('\n\n'),
    );
  });

  it('makes text directly inside divs, sections and articles its own block', () => {
    const { articleBody } = articlePlainText(
      body('<div>Loose text<div>Nested div text</div>tail text</div><section>In a section</section><article>In an article</article>'),
    );
    expect(articleBody).toBe(['Loose text', 'Nested div text', 'tail text', 'In a section', 'In an article'].join('\n\n'));
  });

  it('keeps inline runs together and does not invent spaces between inline elements', () => {
    const { articleBody } = articlePlainText(body('<p><a href="#">Ja</a><span>karta</span>, <em>IDN</em>&nbsp;Times</p>'));
    expect(articleBody).toBe('Jakarta, IDN Times');
  });

  it('turns one <br> into a line break and two into a paragraph break', () => {
    const { articleBody } = articlePlainText(body('<p>Line one<br>line two<br><br>Next paragraph</p>'));
    expect(articleBody).toBe('Line one\nline two\n\nNext paragraph');
  });

  it('writes one table row per block with tab-separated cells', () => {
    const { articleBody } = articlePlainText(
      body('<table><thead><tr><th>Name</th><th>Score</th></tr></thead><tbody><tr><td><p>Ann</p></td><td>3</td></tr></tbody></table>'),
    );
    expect(articleBody).toBe('Name\tScore\n\nAnn\t3');
  });

  it('keeps pre blocks verbatim', () => {
    const { articleBody } = articlePlainText(body('<p>Code:</p><pre>\nconst a = 1;\n  if (a) {\n    run();\n  }\n</pre>'));
    expect(articleBody).toBe('Code:\n\nconst a = 1;\n  if (a) {\n    run();\n  }');
  });

  it('sends figure captions to captions, not to the body, and gives images no text', () => {
    const result = articlePlainText(
      body(`
        <p>Before.</p>
        <figure><img src="a.jpg" alt="alt text"><span>Photo credit inside figure</span>
          <figcaption>Daniel with his <b>cards</b>.</figcaption></figure>
        <p>After <img src="b.jpg" alt="inline">text.</p>`),
    );
    expect(result.articleBody).toBe('Before.\n\nAfter text.');
    expect(result.captions).toEqual(['Daniel with his cards.']);
  });

  it('skips scripts, styles, hidden elements and form controls', () => {
    const { articleBody } = articlePlainText(
      body('<p>Visible<script>var x = 1;</script><style>p{}</style></p><p hidden>Hidden</p><button>Share</button><noscript>Enable JS</noscript>'),
    );
    expect(articleBody).toBe('Visible');
  });

  it('returns empty results for an empty body', () => {
    expect(articlePlainText(body('  <div> </div> '))).toEqual({ articleBody: '', captions: [] });
  });
});
