/**
 * Firefox smoke test: the Firefox (MV2) build loads in headless Firefox ESR under web-ext, and
 * its content script reads a fixture page. The test build answers a page's `postMessage` with the
 * snapshot (see entrypoints/content); the page posts that back to this test's loopback server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { E2E_FIREFOX_BUILD, REPO_ROOT } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import type { ReadResult } from '../../lib/messaging';
import { fixture, readRtFixtureInJsdom } from './helpers';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const REPORTER = `<script>
  // Ask Tactful's content script (test build) for its reading until it answers, then report it.
  const timer = setInterval(() => window.postMessage({ tactful: 'read' }, location.origin), 250);
  window.addEventListener('message', (event) => {
    if (event.data && event.data.tactful === 'snapshot') {
      clearInterval(timer);
      fetch('/result', { method: 'POST', body: JSON.stringify(event.data.result) });
    }
  });
</script>`;

let server: LoopbackServer | undefined;
let firefox: ChildProcess | undefined;
const profile = mkdtempSync(path.join(tmpdir(), 'tactful-firefox-'));

afterAll(async () => {
  if (firefox?.pid) {
    try {
      process.kill(-firefox.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('the Firefox build', () => {
  it('loads in Firefox ESR and its content script reads an RT page', async () => {
    if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install it with \`sudo apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`);
    let resolveResult: (result: ReadResult) => void = () => {};
    const received = new Promise<ReadResult>((resolve) => (resolveResult = resolve));
    server = await serveLoopback({
      '/Ticket/Display.html': fixture('rt', 'ticket.html').replace('</body>', `${REPORTER}</body>`),
      '/result': (req, res) => {
        let body = '';
        req.on('data', (chunk: Buffer) => (body += chunk.toString()));
        req.on('end', () => {
          res.writeHead(204).end();
          resolveResult(JSON.parse(body) as ReadResult);
        });
      },
    });
    const url = `${server.origin}/Ticket/Display.html?id=5`;
    let output = '';
    firefox = spawn(
      path.join(REPO_ROOT, 'node_modules/.bin/web-ext'),
      [
        ...['run', '--source-dir', E2E_FIREFOX_BUILD, '--firefox', FIREFOX, '--firefox-profile', profile, '--start-url', url],
        ...['--no-reload', '--no-input', '--pref', 'datareporting.policy.dataSubmissionEnabled=false', '--pref', 'app.update.enabled=false'],
      ],
      { env: { ...process.env, MOZ_HEADLESS: '1' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    firefox.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    firefox.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Firefox did not report a reading within 45 s. web-ext said:\n${output.slice(-3000)}`)), 45_000));
    const result = await Promise.race([received, timeout]);

    expect(result.adapter).toBe('rt');
    expect(result.snapshot).toEqual(readRtFixtureInJsdom('ticket.html', url));
  });
});
