import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Times read from pages without a zone are taken in the agent's zone; tests pin it.
process.env.TZ = 'UTC';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', ['json', { outputFile: '.output/test-results/unit.json' }]],
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Component tests type with userEvent, a key at a time; on a loaded two-core machine 5 s (the
    // default) is too tight for the longest. A hung test still fails.
    testTimeout: 20_000,
  },
});
