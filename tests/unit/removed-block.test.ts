import { describe, expect, it } from 'vitest';
import { describeRemovedBlock, MAX_REMOVED_HTML_CHARS } from '../../lib/extract/removed-block';

function blockIn(html: string): Element {
  document.body.innerHTML = html;
  return document.querySelector('#removed')!;
}

describe('describeRemovedBlock', () => {
  it('keeps the block and the end of the paragraph before it', () => {
    const block = blockIn('<p>Pakta Pertahanan Atlantik Utara berencana membuka kantor di Tokyo.</p><div id="removed"><a href="/x">Baca Juga: Finlandia</a></div>');
    expect(describeRemovedBlock(block, block.textContent?.length ?? 0)).toEqual({
      html: '<div id="removed"><a href="/x">Baca Juga: Finlandia</a></div>',
      after: 'Pakta Pertahanan Atlantik Utara berencana membuka kantor di Tokyo.'.slice(-60),
    });
  });

  it('looks past short lines and scripts, and up through the block\'s wrappers', () => {
    const block = blockIn(
      '<p>Korsel lantas membuka misi diplomatik pertama mereka di NATO.</p><script>{"name":"World"}</script><span>Iklan</span>' +
        '<div><div id="removed">Share</div></div>',
    );
    expect(describeRemovedBlock(block, block.textContent?.length ?? 0).after).toBe('Korsel lantas membuka misi diplomatik pertama mereka di NATO.'.slice(-60));
  });

  it('leaves out the HTML of a block too large to read inline, and the anchor when nothing precedes it', () => {
    const block = blockIn(`<nav id="removed">${'<a href="/a">Menu</a>'.repeat(MAX_REMOVED_HTML_CHARS / 10)}</nav>`);
    expect(describeRemovedBlock(block, block.textContent?.length ?? 0)).toEqual({});
  });
});

describe('the page\'s allowance of removed-block HTML', () => {
  it('stops keeping HTML once it is spent, but still anchors the block', () => {
    const block = blockIn('<p>Pakta Pertahanan Atlantik Utara berencana membuka kantor di Tokyo.</p><div id="removed"><a href="/x">Baca Juga</a></div>');
    expect(describeRemovedBlock(block, 9, 1_000).html).toBeDefined();
    expect(describeRemovedBlock(block, 9, 10)).toEqual({ after: 'Pakta Pertahanan Atlantik Utara berencana membuka kantor di Tokyo.'.slice(-60) });
  });

  it('is shared by all the blocks removed from one page', async () => {
    const { removeClutter } = await import('../../lib/extract/remove-clutter');
    const { clutterRulesFor } = await import('../../lib/rules/clutter-rules');
    const { MAX_REMOVED_HTML_PER_PAGE } = await import('../../lib/extract/removed-block');
    const teaser = (n: number) => `<p>Paragraf ${n} tentang berita hari ini yang cukup panjang untuk dibaca.</p><p>Baca Juga: <a href="https://x.example/berita/${n}">Judul berita lain yang juga menarik nomor ${n}</a></p>`;
    document.body.innerHTML = `<article>${Array.from({ length: 1000 }, (_, n) => teaser(n)).join('')}</article>`;
    const removals = removeClutter(document.body, clutterRulesFor('x.example'));
    const kept = removals.reduce((sum, removal) => sum + (removal.html?.length ?? 0), 0);
    expect(removals.length).toBeGreaterThanOrEqual(1000);
    expect(removals.some((removal) => removal.html)).toBe(true);
    expect(kept).toBeLessThanOrEqual(MAX_REMOVED_HTML_PER_PAGE);
    expect(removals.at(-1)?.html).toBeUndefined();
  });
});

describe('clutter rules kept on a site', () => {
  it('stand down with every rule of their kind, and only there', async () => {
    const { clutterRulesFor } = await import('../../lib/rules/clutter-rules');
    const all = clutterRulesFor('www.idntimes.com');
    const kept = clutterRulesFor('www.idntimes.com', ['id-read-also']);
    const kinds = (set: typeof all) => new Set([...set.selectors, ...set.linkClusters, ...set.teaserCards, ...set.phrases].map((rule) => rule.kind));
    expect(kinds(all)).toContain('read-also');
    expect(kinds(kept)).not.toContain('read-also');
    expect(kinds(kept)).toContain('share');
    expect(clutterRulesFor('www.idntimes.com', ['no-such-rule'])).toEqual(all);
  });
});

describe('extract requests left in the isolated world', () => {
  it('carry the kept rules once, and ask for nothing when missing or malformed', async () => {
    const { EXTRACT_REQUEST_KEY, leaveExtractRequest, takeExtractRequest } = await import('../../lib/extract/extract-request');
    leaveExtractRequest(EXTRACT_REQUEST_KEY, { keepRuleIds: ['id-share'] });
    expect(takeExtractRequest(globalThis)).toEqual({ keepRuleIds: ['id-share'] });
    expect(takeExtractRequest(globalThis)).toEqual({ keepRuleIds: [] });
    expect(takeExtractRequest({ [EXTRACT_REQUEST_KEY]: { keepRuleIds: 'id-share' } })).toEqual({ keepRuleIds: [] });
  });
});
