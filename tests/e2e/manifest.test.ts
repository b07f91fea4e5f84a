import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

// The shipped manifests (not the READER_E2E test build): least privilege, nothing injected until the user asks.
const builds = { chrome: CHROME_BUILD, firefox: FIREFOX_BUILD };

function manifest(dir: string): Record<string, any> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

describe.each(Object.entries(builds))('%s-mv3 manifest', (_browser, dir) => {
  const m = manifest(dir);

  test('is MV3 and asks only for activeTab, scripting, storage', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  test('has no host permissions, content scripts or web-accessible resources', () => {
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  test('opens the popup from the toolbar button, suggested shortcut Alt+Shift+R', () => {
    expect(m.action?.default_popup).toBe('popup.html');
    expect(m.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+R');
  });
});

describe('firefox-mv3 manifest', () => {
  test('has a gecko id and declares that it collects no data', () => {
    const gecko = manifest(FIREFOX_BUILD).browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
