// @vitest-environment node
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const COMPOSE_BUDGET_GZIP_BYTES = 4 * 1024;

// lib/compose ships in the content script, which has 20 KB gzip for everything it carries.
it(`lib/compose stays within ${COMPOSE_BUDGET_GZIP_BYTES} bytes gzipped`, async () => {
  const result = await build({
    entryPoints: [path.resolve(import.meta.dirname, '../../lib/compose/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  expect(gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length).toBeLessThanOrEqual(COMPOSE_BUDGET_GZIP_BYTES);
});
