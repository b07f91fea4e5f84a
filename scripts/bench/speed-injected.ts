/**
 * bench:speed, cold runs injected the way the popup injects them: `scripting.executeScript` with a
 * built file, called from an extension page, each run on a site of its own (site-1.test,
 * site-2.test, … all served from 127.0.0.1), so in a renderer where nothing has been compiled yet.
 * This tells whether the browser keeps a compiled copy of an extension's script from one site to
 * the next, which the DevTools evaluation of the other cold runs could not show.
 *
 * It loads a copy of the production build with two things added for the bench alone: a host
 * permission (the real popup needs a click to be granted a tab) and the two scripts wrapped so
 * that each also answers how long it ran inside the page.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchChromium } from '../../tests/e2e/support/chromium';
import { firstFrameDrawn, readabilityAlone, servePages, type ServedPage } from './speed-chromium';

export interface InjectedColdRun {
  page: string;
  system: 'ours' | 'bare';
  /** From the executeScript call to its answer, in the extension page. */
  callMs: number;
  /** The script's own run, timed inside the page (after its outer statements were compiled). */
  inPageMs: number;
}

/** A script as built (its last expression is its answer), then how long it ran as the answer instead. */
function timedScript(source: string): string {
  return `var __benchStarted = performance.now();\n${source}\n;({ ms: performance.now() - __benchStarted });`;
}

/** What the callback below uses of the extension API, in the extension page. */
interface ScriptingApi {
  tabs: { query(query: { url: string }): Promise<Array<{ id?: number }>> };
  scripting: { executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<Array<{ result?: unknown }>> };
}

export async function injectedColdRuns(
  repoRoot: string,
  pages: ServedPage[],
  rounds: number,
  onPage: () => void = () => {},
): Promise<InjectedColdRun[]> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'reader-bench-extension-'));
  cpSync(join(repoRoot, '.output/chrome-mv3'), extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify({ ...JSON.parse(readFileSync(manifestPath, 'utf8')), host_permissions: ['http://*/*'] }));
  writeFileSync(join(extensionDir, 'bench-ours.js'), timedScript(readFileSync(join(extensionDir, 'extract.js'), 'utf8')));
  writeFileSync(join(extensionDir, 'bench-bare.js'), timedScript(readabilityAlone(repoRoot)));
  writeFileSync(join(extensionDir, 'bench.html'), '<!doctype html><title>bench</title>');

  const server = await servePages(pages);
  // Every *.test name is 127.0.0.1; each is a site of its own, so each page gets a renderer of its own.
  const session = await launchChromium({ extensionDir, args: ['--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const runs: InjectedColdRun[] = [];
  try {
    const caller = await session.browser.newPage();
    await caller.goto(`chrome-extension://${session.extensionId}/bench.html`);
    let site = 0;
    for (let round = 0; round < rounds; round += 1) {
      for (const [index, { id }] of pages.entries()) {
        const systems: Array<'ours' | 'bare'> = (index + round) % 2 === 0 ? ['ours', 'bare'] : ['bare', 'ours'];
        for (const system of systems) {
          site += 1;
          const url = server.url(id, `site-${site}.test`);
          const tab = await session.browser.newPage();
          try {
            await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
            await firstFrameDrawn(tab);
            const { callMs, inPageMs } = await injectFrom(caller, url, `bench-${system}.js`);
            runs.push({ page: id, system, callMs, inPageMs });
          } finally {
            await tab.close();
          }
        }
        onPage();
      }
    }
  } finally {
    await session.close();
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
  return runs;
}

async function injectFrom(caller: Page, url: string, file: string): Promise<{ callMs: number; inPageMs: number }> {
  return caller.evaluate(
    async (address: string, script: string) => {
      const api = (globalThis as unknown as { chrome: ScriptingApi }).chrome;
      const [tab] = await api.tabs.query({ url: address });
      const started = performance.now();
      const [injection] = await api.scripting.executeScript({ target: { tabId: tab!.id! }, files: [script] });
      const callMs = performance.now() - started;
      return { callMs, inPageMs: (injection!.result as { ms: number }).ms };
    },
    url,
    file,
  );
}
