import { defineConfig } from 'vitest/config';

// Browser tests drive real Chromium and Firefox ESR: one file at a time, no happy-dom.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
