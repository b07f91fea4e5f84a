import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { applyParserWorkarounds } from '../../scripts/support/happy-dom-workarounds';
import { articleMarkdown } from '../../lib/export/article-markdown';
import { htmlToElement, parsePage } from '../../scripts/support/make-dom';
import { decodeHtml, readPageFile } from '../../scripts/support/read-page';
import { FIXTURES_DIR } from './support/page-document';

const dir = mkdtempSync(join(tmpdir(), 'extract-support-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reading page files', () => {
  it('reads gzip pages transparently', async () => {
    const path = join(dir, 'page.html.gz');
    writeFileSync(path, gzipSync(Buffer.from('<p>Grüße aus Medan</p>', 'utf8')));
    expect(await readPageFile(path)).toBe('<p>Grüße aus Medan</p>');
  });

  it('prefers valid UTF-8 over a wrong declared charset', () => {
    const bytes = Buffer.from('<meta charset="gb2312"><p>梁振英</p>', 'utf8');
    expect(decodeHtml(bytes)).toContain('梁振英');
  });

  it('falls back to the declared charset, then windows-1252', () => {
    const declared = Buffer.concat([Buffer.from('<meta charset="windows-1250"><p>'), Buffer.from([0x9c, 0xb9]), Buffer.from('</p>')]);
    expect(decodeHtml(declared)).toContain('śą');
    expect(decodeHtml(Buffer.from([0x93, 0x61, 0x94]))).toBe('“a”');
  });
});

describe('happy-dom parser workarounds', () => {
  it('keeps the page after a <style> inside an inline SVG', async () => {
    const page = parsePage('<body><svg><defs><style>.a{fill:red}</style></defs></svg><p>after</p></body>', 'https://example.com/');
    expect(page.document.querySelector('p')?.textContent).toBe('after');
    expect(page.workarounds).toEqual(['svg-style']);
    await page.close();
  });

  it('leaves an <svg> named in a comment alone, and the page with it', async () => {
    const html = '<!-- notes: <script>, <svg onload> and <style> --><html><head><style>p{}</style><script>1</script></head><body><p>after</p><svg></svg></body></html>';
    const page = parsePage(html, 'https://example.com/');
    expect(page.document.querySelector('p')?.textContent).toBe('after');
    expect(page.workarounds).toEqual([]);
    await page.close();
  });

  it('reads the hostile test page, whose opening comment names the tags it abuses', async () => {
    const page = parsePage(readFileSync(join(FIXTURES_DIR, 'hostile-article.html'), 'utf8'), 'https://example.com/');
    expect(page.document.body.textContent).toContain('The city council voted eleven to four');
    await page.close();
  });

  it('closes a comment that ends in an end tag', async () => {
    const page = parsePage('<body><!--span class="tagline">(none)</span--><p>after</p></body>', 'https://example.com/');
    expect(page.document.querySelector('p')?.textContent).toBe('after');
    expect(page.workarounds).toEqual(['comment-end-tag']);
    await page.close();
  });

  it('finds the end of a script whose last "<" has no space before </script>', async () => {
    const page = parsePage('<html><head><script>for(r=0;r<e.length;r+=1){}</script></head><body><p>after</p></body></html>', 'https://example.com/');
    expect(page.document.querySelector('p')?.textContent).toBe('after');
    expect(page.document.querySelector('script')?.textContent?.trim()).toBe('for(r=0;r<e.length;r+=1){}');
    expect(page.workarounds).toEqual(['script-end-tag']);
    await page.close();
  });

  it('opens the implied body when a page has <head> but no <body> tag', async () => {
    const page = parsePage('<html><head><title>T</title><script>var a = "<div>";</script><div><p>after</p></div></html>', 'https://example.com/');
    expect(page.document.body.querySelector('p')?.textContent).toBe('after');
    expect(page.document.head.querySelector('div')).toBeNull();
    expect(page.workarounds).toEqual(['implied-body']);
    await page.close();
  });

  it('leaves ordinary pages untouched', () => {
    const html = '<body><!-- note --><svg><path d="M0"/></svg><style>p{}</style><p>text</p></body>';
    expect(applyParserWorkarounds(html)).toEqual({ html, applied: [] });
  });
});

describe('articleMarkdown in Node (the CLI\'s --format md)', () => {
  it('renders headings, paragraphs, lists, links, emphasis, quotes, code and captions', async () => {
    const page = parsePage('<body></body>', 'https://example.com/');
    const content = htmlToElement(
      page.document,
      `<h2>Section</h2><p>Some <strong>bold</strong> and <a href="https://x.test/">a link</a>.</p>
       <ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>
       <blockquote><p>Quoted</p></blockquote><pre>code  here</pre>
       <figure><img src="a.jpg" alt="A"><figcaption>Caption</figcaption></figure>`,
    );
    const source = { title: 'Title', byline: '', siteName: '', date: '', url: 'https://example.com/', standfirst: '', lang: 'en', outline: [] };
    expect(articleMarkdown(source, content)).toBe(
      [
        '# Title\n\n[https://example.com/](<https://example.com/>)',
        '## Section',
        'Some **bold** and [a link](https://x.test/).',
        '- one\n- two',
        '1. first',
        '> Quoted',
        '```\ncode  here\n```',
        '![A](a.jpg)',
        '*Caption*',
      ].join('\n\n') + '\n',
    );
    await page.close();
  });
});
