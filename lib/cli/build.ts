/** Builds the test/demo extension (production code + loopback hosts) when it is missing or stale. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { E2E_CHROME_BUILD, E2E_FIREFOX_BUILD, REPO_ROOT } from './browser/chromium';

const SOURCES = ['entrypoints', 'lib', 'components', 'assets', 'wxt.config.ts', 'package.json'];

function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (path.basename(p) === 'cli') return; // the command itself is not part of the extension
      for (const name of readdirSync(p)) visit(path.join(p, name));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of SOURCES) {
    const p = path.join(REPO_ROOT, source);
    if (existsSync(p)) visit(p);
  }
  return newest;
}

export function ensureE2eBuild({ firefox = false, force = false }: { firefox?: boolean; force?: boolean } = {}): void {
  const targets: [string, string[]][] = [[E2E_CHROME_BUILD, ['build', '--mode', 'e2e']]];
  if (firefox) targets.push([E2E_FIREFOX_BUILD, ['build', '--mode', 'e2e', '-b', 'firefox']]);
  const sourcesChanged = newestSource();
  for (const [dir, args] of targets) {
    const manifest = path.join(dir, 'manifest.json');
    if (!force && existsSync(manifest) && statSync(manifest).mtimeMs > sourcesChanged) continue;
    process.stderr.write(`tactful: building ${path.relative(REPO_ROOT, dir)}…\n`);
    // React and the rest built as agents get them (production), not in development mode: the
    // e2e build differs from the shipped one only by what `--mode e2e` adds.
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/wxt'), args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
