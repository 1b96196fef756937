// @vitest-environment node
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const HIGHLIGHT_BUDGET_GZIP_BYTES = 2560;

// lib/highlight ships in the content script (20 KB gzip for everything); lib/compose, which it
// uses, is measured by its own test; lib/i18n.ts (the words, shared by the whole content script and
// counted in its budget by `npm run size`) is left out too.
it(`lib/highlight stays within ${HIGHLIGHT_BUDGET_GZIP_BYTES} bytes gzipped (lib/compose and lib/i18n aside)`, async () => {
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, '../../lib/highlight/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['../compose', '../i18n'],
  });
  expect(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length).toBeLessThanOrEqual(HIGHLIGHT_BUDGET_GZIP_BYTES);
});
