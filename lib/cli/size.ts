/**
 * `tactful size [--check]`: the content script's size, gzipped, in the production build. It runs
 * inside every helpdesk page the agent opens, so it has a budget; `--check` fails above it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './browser/chromium';

export const CONTENT_SCRIPT_BUDGET_BYTES = 20 * 1024;
const PRODUCTION_CONTENT_SCRIPT = path.join(REPO_ROOT, '.output/chrome-mv3/content-scripts/content.js');

export interface ContentScriptSize {
  bytes: number;
  gzipBytes: number;
  budgetBytes: number;
}

/** Build for production (unless told not to) and measure the content script. */
export function measureContentScript({ build = true }: { build?: boolean } = {}): ContentScriptSize {
  if (build) execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = readFileSync(PRODUCTION_CONTENT_SCRIPT);
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, budgetBytes: CONTENT_SCRIPT_BUDGET_BYTES };
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } } });
  const size = measureContentScript({ build: !values['no-build'] });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const within = size.gzipBytes <= size.budgetBytes;
  console.log(`content script: ${kb(size.bytes)} raw, ${kb(size.gzipBytes)} gzip (budget ${kb(size.budgetBytes)} gzip) ${within ? 'ok' : 'OVER BUDGET'}`);
  if (values.check && !within) {
    console.error('The content script runs in every helpdesk page: keep it small (no lexicons, React or Dexie in it).');
    return 1;
  }
  return 0;
}
