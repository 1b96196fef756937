import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTactful, openPanelFor, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { countRows, panelRoles } from './helpers';
import { seedTicket, type SeededTicket } from './rt5/rt5';

let browser: TactfulBrowser;
let ticket: SeededTicket;
const rt5 = inject('rt5');

beforeAll(async () => {
  ticket = seedTicket(rt5);
  browser = await launchTactful();
});

afterAll(async () => {
  await browser?.close();
});

describe('live Request Tracker 5', () => {
  it('shows the customer e-mail, the agent reply and the comment with their roles and authors, and records one contact', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${rt5.baseUrl}/NoAuth/Login.html`);
    await page.fill('input[name=user]', 'root');
    await page.fill('input[name=pass]', 'password');
    await Promise.all([page.waitForNavigation(), page.press('input[name=pass]', 'Enter')]);
    await page.goto(ticket.url);

    // RT 5 loads the ticket history after the page, with its own script: wait for it.
    const writtenMessages = async () => (await readThroughExtension(browser, page)).snapshot?.messages.filter((m) => m.role !== 'system').length ?? 0;
    await expect.poll(writtenMessages).toBe(3);
    const { snapshot } = await readThroughExtension(browser, page);
    expect(snapshot?.conversationId).toBe(String(ticket.id));
    expect(snapshot?.subject).toBe(ticket.subject);
    expect(snapshot?.customer).toMatchObject(ticket.customer);
    const conversation = snapshot!.messages.filter((m) => m.role !== 'system');
    expect(conversation.map((m) => [m.role, m.author])).toEqual([
      ['customer', ticket.customer.name],
      ['agent', ticket.agent],
      ['note', ticket.agent],
    ]);
    for (const message of conversation) {
      expect(message.text.length).toBeGreaterThan(10);
      expect(message.text).not.toMatch(/<[a-z][^>]*>/i);
      expect(message.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
    }

    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.getByLabel('Customer').textContent()).toContain(ticket.customer.name);
    await expect.poll(() => panelRoles(panel)).toEqual(snapshot!.messages.map((m) => m.role));
    const authors = await panel.locator('.messages > li .author').allTextContents();
    expect(authors).toEqual(snapshot!.messages.filter((m) => m.author).map((m) => m.author));
    await expect.poll(() => panel.getByTestId('contact-count').textContent()).toBe('First contact');

    await page.reload();
    await expect.poll(() => panel.getByLabel('Customer').textContent()).toContain(ticket.customer.name);
    await expect.poll(() => panel.getByTestId('contact-count').textContent()).toBe('First contact');
    expect(await countRows(panel, 'contacts')).toBe(1);
  });

  it('sends nothing off this machine', () => {
    expect(browser.offLoopback()).toEqual([]);
  });
});
