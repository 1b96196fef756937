// @vitest-environment node
import path from 'node:path';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

// The content scripts run inside every helpdesk page under a 20 KB gzip budget (`npm run size`):
// they carry no catalogue and report codes, which the panel words (lib/conversation/words.ts).
it('the content scripts import neither lib/i18n.ts nor the catalogue', { timeout: 30_000 }, async () => {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['entrypoints/content/index.ts', 'entrypoints/hosted.content.ts'],
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs).toContain('entrypoints/content/run.ts');
  expect(inputs.filter((file) => file === 'lib/i18n.ts' || file.includes('#i18n') || file.includes('@wxt-dev/i18n') || file.startsWith('assets/locales'))).toEqual([]);
});
