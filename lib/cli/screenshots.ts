/**
 * `npm run screenshots`: pictures of Tactful as it is now, taken in real browsers with the test
 * build, into docs/screenshots/ (shown by the README) — each state of the panel (a conversation, a draft being
 * checked, a page with no conversation, a tab that is gone) in the light and the dark colour
 * scheme at a side panel's size, the options and welcome pages, and the Firefox sidebar.
 * The pages are the helpdesk fixtures the tests use, served on loopback; nothing is fetched.
 * When `optipng` is installed (Debian: `apt-get install optipng`) the pictures are recompressed
 * losslessly, to keep the repository small.
 *
 *   npm run screenshots [-- --only firefox|chromium]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { ensureE2eBuild } from './build';
import { launchTactful, openPanelFor, REPO_ROOT } from './browser/chromium';
import { launchTactfulFirefox } from './browser/firefox';
import { serveLoopback } from './browser/serve';

const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const PANEL = { width: 400, height: 900 };
const SCHEMES = ['light', 'dark'] as const;
const DRAFT = 'Thanks for writing. It was our fault your order was late, and we will refund you whatever you want.';

const fixture = (helpdesk: string, name: string) => readFileSync(path.join(REPO_ROOT, 'tests/fixtures/helpdesks', helpdesk, name), 'utf8');
// RT's reply form without the rich-text editor (an agent's plain-text preference) is a bare textarea.
const withReply = (html: string) => html.replace('</body>', '<form><textarea id="UpdateContent" name="UpdateContent" aria-label="Reply" rows="8" cols="72"></textarea></form></body>');

const written: string[] = [];

async function shoot(page: Page, name: string) {
  for (const scheme of SCHEMES) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    const file = path.join(OUT, `${name}-${scheme}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  }
}

async function chromiumViews(origin: string) {
  const browser = await launchTactful();
  try {
    const ticket = await browser.context.newPage();
    await ticket.goto(`${origin}/Ticket/Display.html?id=5`);
    const panel = await openPanelFor(browser, ticket);
    await panel.setViewportSize(PANEL);
    await panel.getByRole('region', { name: 'Say this' }).waitFor();
    await shoot(panel, 'panel-conversation');

    await ticket.bringToFront();
    await ticket.click('#UpdateContent');
    await ticket.keyboard.type(DRAFT);
    await panel.locator('.findings').waitFor();
    // The draft check's title just under the panel's header.
    await panel.locator('.check').evaluate((section) => window.scrollTo(0, section.getBoundingClientRect().top + window.scrollY - 56));
    await shoot(panel, 'panel-draft-check');

    const search = await browser.context.newPage();
    await search.goto(`${origin}/Search/Results.html`);
    const empty = await openPanelFor(browser, search);
    await empty.setViewportSize(PANEL);
    await empty.getByRole('heading', { name: "Tactful can't see a conversation on this page" }).waitFor();
    await shoot(empty, 'panel-no-conversation');
    await search.close();
    await empty.getByText('The tab Tactful was following has been closed.').waitFor();
    await shoot(empty, 'panel-unreachable');

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    await shoot(options, 'options');

    const welcome = await browser.context.newPage();
    await welcome.setViewportSize({ width: 900, height: 1300 });
    await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await welcome.getByRole('heading', { name: 'Welcome to Tactful' }).waitFor();
    await shoot(welcome, 'welcome');
  } finally {
    await browser.close();
  }
}

async function firefoxViews(origin: string) {
  for (const scheme of SCHEMES) {
    // Firefox follows the system's scheme: tell it which one the system has.
    const firefox = await launchTactfulFirefox({ prefs: { 'ui.systemUsesDarkTheme': scheme === 'dark' ? 1 : 0 } });
    try {
      const ticket = await firefox.browser.newPage();
      await ticket.goto(`${origin}/Ticket/Display.html?id=5`);
      const panel: FirefoxPage = await firefox.openExtensionPage('sidepanel.html', { follow: ticket });
      await panel.setViewport(PANEL);
      await panel.waitForSelector('.say .suggestions > li', { timeout: 15_000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const file = path.join(OUT, `firefox-sidebar-${scheme}.png`);
      await panel.screenshot({ path: file as `${string}.png` });
      written.push(file);
    } finally {
      await firefox.close();
    }
  }
}

async function main() {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  ensureE2eBuild({ firefox: only !== 'chromium' });
  mkdirSync(OUT, { recursive: true });
  const server = await serveLoopback({
    '/Ticket/Display.html': withReply(fixture('rt', 'ticket.html')),
    '/Search/Results.html': fixture('rt', 'search.html'),
  });
  try {
    if (only !== 'firefox') await chromiumViews(server.origin);
    if (only !== 'chromium') await firefoxViews(server.origin);
  } finally {
    await server.close();
  }
  optimise(written);
  for (const file of written) process.stdout.write(`${path.relative(REPO_ROOT, file)}\n`);
}

/** Lossless recompression with optipng, when it is installed (the pictures are as good without it). */
function optimise(files: string[]) {
  if (files.length === 0) return;
  try {
    execFileSync('optipng', ['-quiet', '-o2', '-strip', 'all', ...files], { stdio: 'inherit' });
  } catch {
    process.stderr.write('screenshots: optipng is not installed (or failed): the pictures are not recompressed.\n');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
