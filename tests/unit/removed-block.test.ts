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
