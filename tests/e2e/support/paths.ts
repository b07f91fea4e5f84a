import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES_DIR = join(REPO_ROOT, 'tests/fixtures');
export const SCREENSHOTS_DIR = join(REPO_ROOT, 'tests/e2e/screenshots');

/** Production builds (`wxt build`, `wxt build -b firefox --mv3`): what users install. */
export const CHROME_BUILD = join(REPO_ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(REPO_ROOT, '.output/firefox-mv3');
/** Test-only Firefox build (`READER_E2E=1 wxt build -b firefox --mv3`): adds a 127.0.0.1 host permission, see wxt.config.ts. */
export const FIREFOX_E2E_BUILD = join(REPO_ROOT, '.output/e2e/firefox-mv3');

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const FIREFOX_PATH = '/usr/bin/firefox-esr';
