/**
 * Headless Chromium with Tactful loaded, for the `tactful` command, the demo, benchmarks and the
 * real-browser tests. Chromium comes from Debian (`apt-get install chromium`); nothing downloads
 * a browser of its own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { ReadResult } from '../../messaging';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
/** The test build: production code plus loopback hosts (see wxt.config.ts). */
export const E2E_CHROME_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3-e2e');
export const E2E_FIREFOX_BUILD = path.join(REPO_ROOT, '.output/firefox-mv2-e2e');

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Tactful is tested in a real browser: install Debian\'s Chromium with ' +
        '`sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
  }
  return found;
}

export interface TactfulBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every URL requested by any page, extension page, the worker or a content script. */
  requests: string[];
  /** Requests that would have left this machine (they were blocked). */
  offLoopback(): string[];
  /**
   * Answer requests to `origin` from this machine (the page never leaves it), so a page can be
   * shown at its real helpdesk address: `fakeSite('https://acme.zendesk.com', { '/agent/tickets/5': html })`.
   */
  fakeSite(origin: string, pages: Record<string, string>): Promise<void>;
  /**
   * Reload the extension, as an update does, which orphans the content scripts in open tabs.
   * (Chromium does not bring back an extension loaded from the command line after this: use it
   * last in a browser's life.)
   */
  reloadExtension(): Promise<void>;
  close(): Promise<void>;
}

export function isLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:'].includes(parsed.protocol)) return true;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export interface LaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Let requests leave loopback (reading a real helpdesk's URL). Tests never set it. */
  allowNetwork?: boolean;
}

export async function launchTactful({ extensionDir = E2E_CHROME_BUILD, headless = true, allowNetwork = false }: LaunchOptions = {}): Promise<TactfulBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}. Build it first: npx wxt build --mode e2e`);
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'tactful-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    viewport: { width: 1280, height: 800 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      '--disable-features=MediaRouter,OptimizationHints,Translate',
    ],
  });
  const requests: string[] = [];
  const blocked: string[] = [];
  /** Origins answered locally by fakeSite: their requests never leave the machine. */
  const faked = new Set<string>();
  const isLocal = (url: string) => isLoopback(url) || faked.has(new URL(url).origin);
  // Record everything; let nothing leave the machine (a leak fails the tests instead of a request).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (allowNetwork || isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!isLocal(url) && !blocked.includes(url)) blocked.push(url);
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const tactful: TactfulBrowser = {
    context,
    extensionId,
    worker,
    requests,
    offLoopback: () => [...blocked],
    async fakeSite(origin, pages) {
      faked.add(origin);
      await context.route(`${origin}/**`, (route) => {
        const url = new URL(route.request().url());
        requests.push(url.href);
        const body = pages[url.pathname];
        return body === undefined ? route.fulfill({ status: 404, body: 'not found' }) : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
    },
    async reloadExtension() {
      await tactful.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies mid-call
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return tactful;
}

/** The id Chromium gives the tab showing `page` (asked of the extension: the e2e build has `tabs`). */
export async function tabIdOf(browser: TactfulBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

/** Open Tactful's panel as a page, following the tab that shows `page`. */
export async function openPanelFor(browser: TactfulBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}

/**
 * Ask the content script in `page`'s tab to read it, as the panel does. Waits (up to `timeoutMs`)
 * for the content script, which starts when the page is idle.
 */
export async function readThroughExtension(browser: TactfulBrowser, page: Page, adapter?: string, timeoutMs = 10_000): Promise<ReadResult> {
  const tabId = await tabIdOf(browser, page);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await askContentScript(browser, tabId, adapter);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function askContentScript(browser: TactfulBrowser, tabId: number, adapter: string | undefined): Promise<ReadResult> {
  return browser.worker.evaluate(
    async ({ tabId, adapter }) => {
      // The wire format of lib/wire.ts.
      const message = { id: Date.now(), type: 'readPage', data: adapter ? { adapter } : {}, timestamp: Date.now() };
      const response = (await chrome.tabs.sendMessage(tabId, message)) as { res?: unknown; err?: { message?: string } } | undefined;
      if (!response) throw new Error('The content script did not answer: is the page one Tactful runs on?');
      if (response.err) throw new Error(response.err.message ?? 'The content script failed');
      return response.res as ReadResult;
    },
    { tabId, adapter },
  );
}
