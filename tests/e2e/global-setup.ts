/**
 * Before any real-browser test: a browser must exist (fail loudly, never skip), the test build
 * must be current, and a live Request Tracker 5 must be running and seeded.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, REPO_ROOT } from '../../lib/cli/browser/chromium';
import { ensureE2eBuild } from '../../lib/cli/build';
import { startRt5 } from './rt5/rt5';

export default async function setup(project: TestProject) {
  findChromium(); // throws with how to install it
  ensureE2eBuild({ firefox: true, force: process.env.CI === 'true' });
  const rt = await startRt5();
  project.provide('rt5', rt);
  process.stderr.write(`e2e: Request Tracker 5 at ${rt.baseUrl}\n`);
  return async () => {
    if (rt.startedHere) execFileSync('bash', [path.join(REPO_ROOT, 'tests/e2e/rt5/rt5.sh'), 'stop'], { stdio: 'inherit' });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    rt5: import('./rt5/rt5').Rt5Server;
  }
}
