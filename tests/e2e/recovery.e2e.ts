/**
 * Health and recovery: Tactful is updated (here: reloaded) while a helpdesk tab is open. The old
 * content script is orphaned; it must stop quietly and leave the page unharmed. (What the new
 * panel then does — inject a fresh content script, or ask for a reload — is tested in
 * tests/sidepanel: Chromium does not bring back a command-line-loaded extension after a reload.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { fixture } from './helpers';

let browser: TactfulBrowser;
let server: LoopbackServer;

beforeAll(async () => {
  server = await serveLoopback({ '/Ticket/Display.html': fixture('rt', 'ticket.html') });
  browser = await launchTactful();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('after Tactful is updated while a helpdesk tab is open', () => {
  it('the orphaned content script stops quietly and the page keeps working', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // The trimmed fixture's own missing images are the page's business, not Tactful's.
      if (/Failed to load resource/.test(message.text())) return;
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    await readThroughExtension(browser, page);

    await browser.reloadExtension();

    // The page keeps changing under the orphaned script: nothing may complain, nothing may break.
    for (let i = 0; i < 5; i++) {
      await page.evaluate((i) => {
        const note = document.createElement('div');
        note.className = 'transaction Ticket-transaction basics';
        note.dataset.transactionId = String(5000 + i);
        note.textContent = `Page update ${i}`;
        document.querySelector('.history-container')!.appendChild(note);
      }, i);
      await page.waitForTimeout(300);
    }
    expect(problems).toEqual([]);
    expect(await page.locator('.history-container .transaction').count()).toBeGreaterThan(5);
    // The page's own scripts still run and its DOM is Tactful-free.
    expect(await page.evaluate(() => document.querySelectorAll('[class*="tactful" i], [id*="tactful" i]').length)).toBe(0);
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
  });
});
