import type { Page } from 'puppeteer-core';

export interface PollOptions {
  polling?: number;
  timeout?: number;
}

/**
 * `page.waitForFunction`, by evaluating the predicate again and again. Puppeteer's own wait builds
 * the predicate inside the page with `new Function`, which the extension pages' CSP blocks in
 * Firefox ESR 140 ("call to Function() blocked by CSP"); a plain evaluation is not blocked.
 * Returns the predicate's first truthy answer.
 */
export async function pollInPage<Args extends unknown[], Result>(
  page: Page,
  predicate: (...args: Args) => Result,
  args: Args,
  { polling = 50, timeout = 30_000 }: PollOptions = {},
): Promise<Result> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const answer = (await page.evaluate(predicate as (...args: unknown[]) => Result, ...args)) as Result;
      if (answer) return answer;
    } catch (error) {
      // A page still navigating has no realm to evaluate in yet: try again.
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Waiting failed: ${timeout} ms exceeded${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, polling));
  }
}
