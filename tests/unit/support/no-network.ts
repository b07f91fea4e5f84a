import type { Window as HappyDOMWindow } from 'happy-dom';

/**
 * Makes happy-dom refuse every request it would send (script, stylesheet, image, iframe, fetch),
 * and returns the list of URLs it tried. The XSS corpus points at live hosts (xss.rocks,
 * evil.com…): tests must never reach them (tests/fixtures/security/SOURCE.md). happy-dom
 * 21's defaults load none of these; this turns that into something a test can assert.
 *
 * Not requests: happy-dom parses DOMPurify's input in a document that behaves as if displayed,
 * and logs a "Failed to load iframe page … Iframe page loading is disabled" error for each
 * `<iframe src>` in a payload (the console it logs to is not reachable from a test to mute it).
 */
export function blockNetwork(window: Window): string[] {
  const attempts: string[] = [];
  const refuse = ({ request }: { request: { url: string } }): never => {
    attempts.push(request.url);
    throw new Error(`Network is blocked in unit tests: ${request.url}`);
  };
  (window as unknown as HappyDOMWindow).happyDOM.settings.fetch.interceptor = {
    beforeAsyncRequest: async (context) => refuse(context),
    beforeSyncRequest: refuse,
  };
  return attempts;
}
