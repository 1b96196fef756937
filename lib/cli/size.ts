/**
 * `tactful size [--check]`: the content scripts' sizes, gzipped, in the production build. They
 * run inside every helpdesk page the agent opens, so each has a budget; `--check` fails above it.
 * A page runs exactly one bundle (the hosted helpdesks' or the any-site one), so the budget is
 * per bundle; the total is printed too.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from './browser/chromium';

export const CONTENT_SCRIPT_BUDGET_BYTES = 20 * 1024;
const PRODUCTION_CONTENT_SCRIPTS = path.join(REPO_ROOT, '.output/chrome-mv3/content-scripts');

export interface ContentScriptSize {
  /** The bundle's file name: `hosted.js`, `content.js`. */
  name: string;
  bytes: number;
  gzipBytes: number;
  budgetBytes: number;
}

/** Build for production (unless told not to) and measure every content-script bundle. */
export function measureContentScripts({ build = true }: { build?: boolean } = {}): ContentScriptSize[] {
  if (build) execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  return readdirSync(PRODUCTION_CONTENT_SCRIPTS)
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const code = readFileSync(path.join(PRODUCTION_CONTENT_SCRIPTS, name));
      return { name, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, budgetBytes: CONTENT_SCRIPT_BUDGET_BYTES };
    });
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { check: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false } } });
  const sizes = measureContentScripts({ build: !values['no-build'] });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  let over = false;
  for (const size of sizes) {
    const within = size.gzipBytes <= size.budgetBytes;
    over ||= !within;
    console.log(`content script ${size.name}: ${kb(size.bytes)} raw, ${kb(size.gzipBytes)} gzip (budget ${kb(size.budgetBytes)} gzip per page) ${within ? 'ok' : 'OVER BUDGET'}`);
  }
  console.log(`all content-script bundles together: ${kb(sizes.reduce((sum, s) => sum + s.gzipBytes, 0))} gzip (a page runs one)`);
  if (values.check && over) {
    console.error('A content script runs in every helpdesk page: keep it small (no lexicons, React or Dexie in it).');
    return 1;
  }
  return 0;
}
