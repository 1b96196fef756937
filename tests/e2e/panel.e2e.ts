import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { countRows, fixture, panelRoles, readRtFixtureInJsdom } from './helpers';

let browser: TactfulBrowser;
let server: LoopbackServer;

beforeAll(async () => {
  server = await serveLoopback({
    '/Ticket/Display.html': fixture('rt', 'ticket.html'),
    '/Search/Results.html': fixture('rt', 'search.html'),
  });
  browser = await launchTactful();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the extension in Chromium, on a fixture helpdesk page', () => {
  it('makes the toolbar button open the side panel', async () => {
    const behavior = await browser.worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
  });

  it('reads the page in the browser exactly as the adapter does on the fixture', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/Ticket/Display.html?id=5`;
    await page.goto(url);
    const result = await readThroughExtension(browser, page);
    expect(result.adapter).toBe('rt');
    expect(result.errors).toEqual([]);
    expect(result.snapshot).toEqual(readRtFixtureInJsdom('ticket.html', url));
    await page.close();
  });

  it('shows the conversation in the panel, records it once, and follows live changes', async () => {
    const page = await browser.context.newPage();
    const url = `${server.origin}/Ticket/Display.html?id=5`;
    await page.goto(url);
    const expected = readRtFixtureInJsdom('ticket.html', url)!;
    const panel = await openPanelFor(browser, page);

    await expect.poll(() => panel.locator('.source').textContent()).toContain('Request Tracker');
    await expect.poll(() => panel.getByLabel('Customer').textContent()).toContain(expected.customer.name!);
    await expect.poll(() => panel.locator('h2.subject').textContent()).toBe(`#${expected.conversationId} ${expected.subject}`);
    await expect.poll(() => panel.getByTestId('contact-count').textContent()).toBe('First contact');
    expect(await panelRoles(panel)).toEqual(expected.messages.map((m) => m.role));

    // The page changes without a reload (an agent's reply appears): the panel follows.
    await page.evaluate(() => {
      const last = [...document.querySelectorAll('.history-container .transaction.message')].pop();
      const copy = last!.cloneNode(true) as HTMLElement;
      copy.dataset.transactionId = '9999';
      copy.querySelector('.message-stanza')!.textContent = 'A brand new message from the page.';
      last!.parentElement!.appendChild(copy);
    });
    await expect.poll(() => panel.locator('.messages > li').last().textContent(), { timeout: 5000 }).toContain('A brand new message from the page.');

    await page.reload();
    await expect.poll(() => panel.locator('.messages > li').count()).toBeGreaterThan(0);
    expect(await countRows(panel, 'contacts')).toBe(1);
    expect(await countRows(panel, 'customers')).toBe(1);
    await page.close();
    await panel.close();
  });

  it('follows single-page navigation to another conversation without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('h2.subject').textContent()).toMatch(/^#5 /);

    // The app swaps the ticket in place and updates the address with the history API.
    await page.evaluate(() => {
      history.pushState({}, '', '/Ticket/Display.html?id=6');
      document.querySelector('#header h1')!.textContent = '#6: Printer jams on every page';
      for (const stanza of document.querySelectorAll('.history-container .message-stanza')) stanza.textContent = 'The printer on floor 3 jams on every page.';
    });
    await expect.poll(() => panel.locator('h2.subject').textContent(), { timeout: 5000 }).toBe('#6 Printer jams on every page');
    await expect.poll(() => panel.locator('.messages').textContent()).toContain('The printer on floor 3 jams');
    await page.close();
    await panel.close();
  });

  it('says so when the page holds no conversation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Search/Results.html`);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toBe("Tactful can't see a conversation on this page");
    await page.close();
    await panel.close();
  });

  it('reads a very long conversation in its Worker: the conversation shows at once, the advice when read', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('.feel').count(), { timeout: 15_000 }).toBe(1);
    // Note whether the panel ever says it is still reading (it may say so only briefly).
    await panel.evaluate(() => {
      const seen = globalThis as unknown as { sawReading?: boolean };
      new MutationObserver(() => {
        if (document.body.textContent?.includes('Reading this long conversation')) seen.sawReading = true;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    // Every message grows to a long complaint: far more text than the panel reads on its own thread.
    await page.evaluate(() => {
      const sentence = 'The replacement I was promised has still not arrived and I am really frustrated that nobody answers. ';
      for (const stanza of document.querySelectorAll('.history-container .message-stanza')) stanza.textContent = sentence.repeat(400);
    });
    await expect.poll(() => panel.evaluate(() => (globalThis as unknown as { sawReading?: boolean }).sawReading), { timeout: 10_000 }).toBe(true);
    // The Worker's reading arrives: the advice is back, fitted to the new text, and the status gone.
    await expect.poll(() => panel.locator('.feel').textContent(), { timeout: 30_000 }).toMatch(/frustrat|anger|upset/i);
    expect(await panel.getByRole('status').filter({ hasText: 'Reading this long conversation' }).count()).toBe(0);
    expect(await panel.locator('.say .suggestions > li').count()).toBeGreaterThan(0);
    // The reading was done by the panel's Worker, started for this conversation.
    expect(panel.workers().filter((worker) => /analysis\.worker/.test(worker.url()))).toHaveLength(1);
    await page.close();
    await panel.close();
  });

  it('sends nothing off this machine', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.offLoopback()).toEqual([]);
  });
});
