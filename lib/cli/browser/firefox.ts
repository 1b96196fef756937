/**
 * Headless Firefox ESR with Tactful installed, for the real-browser tests and screenshots.
 * `puppeteer-core` drives Debian's `firefox-esr` over WebDriver BiDi and installs the unpacked
 * test build (`.output/firefox-mv2-e2e`) as a temporary add-on. The add-on's origin is pinned
 * (`moz-extension://<TACTFUL_FIREFOX_UUID>/`) so tests can name its pages.
 *
 * The driver refuses to navigate a tab to a `moz-extension://` address, so pages are opened the
 * way the test build allows (lib/testing/open-on-request.ts): a tab loads a loopback address that
 * names the page and Tactful's background opens it there.
 *
 * Every request Firefox makes to anything but loopback goes to a proxy run here, which records
 * it and refuses it: `offLoopback()` lists them, whichever part of the browser or the extension
 * (page, background, content script) made them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { OPEN_PATH } from '../../testing/open-on-request';
import { E2E_FIREFOX_BUILD } from './chromium';
import { serveLoopback, type LoopbackServer } from './serve';

/** The fixed moz-extension origin of Tactful in these browsers. */
export const TACTFUL_FIREFOX_UUID = '7ac7f0c1-5e2b-4f0e-9d5c-3a8e1f6b2d40';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error("No Firefox found. Tactful is tested in a real Firefox: install Debian's with `sudo apt-get install -y firefox-esr` (or set FIREFOX_PATH).");
  }
  return found;
}

export interface TactfulFirefox {
  browser: Browser;
  /** The add-on's gecko id, as Firefox installed it. */
  addonId: string;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** Open one of Tactful's pages (`sidepanel.html`, `options.html`) in a new tab; `follow` pins the panel to the tab showing that page. */
  openExtensionPage(page: string, options?: { follow?: Page; query?: Record<string, string> }): Promise<Page>;
  /** Addresses off this machine that anything in the browser tried to reach (all were refused). */
  offLoopback(): string[];
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  headless?: boolean;
  /** Extra Firefox preferences (e.g. `ui.systemUsesDarkTheme`). */
  prefs?: Record<string, unknown>;
}

/** A proxy that answers every request with 403 and remembers where it was going. */
async function refusingProxy(): Promise<{ port: number; seen: string[]; server: Server; sockets: Set<Socket> }> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    seen.push(req.url ?? '(unknown)');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('Tactful tests: no request may leave this machine');
  });
  server.on('connect', (req, socket: Socket) => {
    seen.push(`https://${req.url ?? '(unknown)'}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, seen, server, sockets };
}

export async function launchTactfulFirefox({ extensionDir = E2E_FIREFOX_BUILD, headless = true, prefs = {} }: FirefoxLaunchOptions = {}): Promise<TactfulFirefox> {
  const manifestPath = path.join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension at ${extensionDir}. Build it first: npx wxt build --mode e2e -b firefox`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${manifestPath} has no gecko id`);

  const proxy = await refusingProxy();
  // Where the test asks the background for a page (any loopback page would do; this one is ours).
  const opener: LoopbackServer = await serveLoopback({ [OPEN_PATH]: '<!doctype html><title>Opening Tactful…</title>' });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    // Release builds ignore `services.settings.server` (set by puppeteer) without this, and keep
    // asking Mozilla's remote-settings service for updates.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    dumpio: process.env.TACTFUL_FIREFOX_LOG === '1',
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: TACTFUL_FIREFOX_UUID }),
      // Everything not on loopback goes to the refusing proxy (loopback is never proxied).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      'browser.region.network.url': '',
      'browser.region.update.enabled': false,
      'app.normandy.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.systemAddon.update.enabled': false,
      ...(process.env.TACTFUL_FIREFOX_LOG === '1' ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true } : {}),
      ...prefs,
    },
  });
  let addonId: string;
  try {
    addonId = await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    await opener.close();
    proxy.server.close();
    throw error;
  }
  const origin = `moz-extension://${TACTFUL_FIREFOX_UUID}`;

  return {
    browser,
    addonId,
    origin,
    async openExtensionPage(page, { follow, query = {} } = {}) {
      const ask = new URL(`${opener.origin}${OPEN_PATH}`);
      ask.searchParams.set('page', page);
      if (follow) ask.searchParams.set('follow', follow.url());
      for (const [key, value] of Object.entries(query)) ask.searchParams.set(key, value);
      const tab = await browser.newPage();
      await tab.goto(ask.href);
      // The driver is not told of a navigation the extension makes: ask the document itself.
      const wanted = `${origin}/${page}`;
      const where = () => tab.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
      const deadline = Date.now() + 10_000;
      for (let href = await where(); !href.startsWith(wanted); href = await where()) {
        if (Date.now() > deadline) throw new Error(`Tactful's background did not open ${page} (the tab shows ${href || tab.url()}). Is this the e2e build?`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return tab;
    },
    offLoopback: () => [...proxy.seen],
    async close() {
      await browser.close();
      await opener.close();
      for (const socket of proxy.sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    },
  };
}
