import { describe, expect, it } from 'vitest';
import { leavePageRequest, PAGE_REQUEST_KEY, takePageRequest } from '../../lib/pagination/page-request';

describe('page requests left in the isolated world', () => {
  it('are taken once', () => {
    const scope: Record<string, unknown> = {};
    leavePageRequest(PAGE_REQUEST_KEY, { url: 'https://berita.example.id/a?page=2', timeoutMs: 5_000 });
    expect(takePageRequest(globalThis)).toEqual({ url: 'https://berita.example.id/a?page=2', timeoutMs: 5_000, keepRuleIds: [] });
    expect(takePageRequest(globalThis)).toBeNull();
    expect(takePageRequest(scope)).toBeNull();
  });

  it('survive being serialised for executeScript: the function uses only its arguments', () => {
    // executeScript sends the function's source, so it must not close over module variables.
    const serialised = new Function(`return (${leavePageRequest.toString()})`)() as typeof leavePageRequest;
    serialised('other-key', { url: 'u', timeoutMs: 1 });
    expect((globalThis as Record<string, unknown>)['other-key']).toEqual({ url: 'u', timeoutMs: 1 });
    delete (globalThis as Record<string, unknown>)['other-key'];
  });

  it('cap the time a page may take and refuse malformed requests', () => {
    const scope: Record<string, unknown> = { [PAGE_REQUEST_KEY]: { url: 'https://x.example/', timeoutMs: 1e9 } };
    expect(takePageRequest(scope)?.timeoutMs).toBe(10_000);
    expect(takePageRequest({ [PAGE_REQUEST_KEY]: { url: 42 } })).toBeNull();
    expect(takePageRequest({ [PAGE_REQUEST_KEY]: 'https://x.example/' })).toBeNull();
  });
});

describe('the rules kept on a site travel with a page request', () => {
  it('are taken with it, strings only', () => {
    leavePageRequest(PAGE_REQUEST_KEY, { url: 'https://berita.example.id/a?page=2', timeoutMs: 5_000, keepRuleIds: ['id-read-also', 7 as unknown as string] });
    expect(takePageRequest(globalThis)?.keepRuleIds).toEqual(['id-read-also']);
  });
});
