import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { stripRuleProvenance } from './scripts/support/strip-rule-provenance';

// Least privilege: activeTab + scripting inject the extractor only when the user asks,
// storage keeps reading settings. No host permissions, no static content scripts.
export const PERMISSIONS = ['activeTab', 'scripting', 'storage'];

// Hostile page HTML is rendered in a privileged page, so the popup's CSP is tighter than the default.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "style-src 'self'",
  "img-src 'self' https: http: data:",
  "media-src https:",
  "connect-src 'self'",
].join('; ');

// Test-only build (READER_E2E=1): Firefox has no way to click the toolbar button from a test, so
// nothing grants activeTab there. This build adds a 127.0.0.1 host permission for the e2e fixture
// server and goes to .output/e2e, so the shipped manifests in .output/<browser>-mv3 stay activeTab-only.
const E2E_BUILD = process.env.READER_E2E === '1';

// One drawing, public/icon.svg, exported to every size the stores and toolbars ask for.
export const ICON_SIZES = [16, 32, 48, 96, 128];
const ACTION_ICON_SIZES = [16, 32, 48];

export default defineConfig({
  ...(E2E_BUILD ? { outDir: '.output/e2e' } : {}),
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: {
    baseIconPath: 'public/icon.svg',
    sizes: ICON_SIZES,
    // The same icon in development and production builds: the tests screenshot what users get.
    developmentIndicator: false,
  },
  vite: () => ({
    plugins: [preact(), stripRuleProvenance()],
    // Terser's second pass makes every shipped script smaller than the default minifier does (about
    // 0.3 KiB gzip off each injected script and off the popup), and the injected scripts are within
    // 0.4 KiB of their 40 KiB budget.
    build: { minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: PERMISSIONS,
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: Object.fromEntries(ACTION_ICON_SIZES.map((size) => [size, `icons/${size}.png`])),
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
    },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(E2E_BUILD ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sectioned-reader@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
