import { defineConfig } from 'vitest/config';

/**
 * Real-browser tests: Playwright drives Debian's Chromium with the built extension loaded;
 * puppeteer-core drives Firefox ESR over WebDriver BiDi with the Firefox build installed
 * (tests/e2e/firefox/); a live Request Tracker 5 serves real pages.
 * One file at a time: the machine has two cores and each file runs a browser.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: '.output/test-results/e2e.json' }]],
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
