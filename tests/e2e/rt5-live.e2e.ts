import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTactful, openPanelFor, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { countRows, panelRoles } from './helpers';
import { lastCorrespondence, seedTicket, type SeededTicket } from './rt5/rt5';

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

  it('follows the agent to the reply page and inserts a suggested phrase that RT then sends', async () => {
    const fresh = seedTicket(rt5);
    const page = await browser.context.newPage();
    await page.goto(fresh.url);
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.getByRole('region', { name: 'Say this' }).isVisible(), { timeout: 15_000 }).toBe(true);

    // RT's reply page shows no conversation: the panel keeps helping from the ticket it just read.
    await page.goto(`${rt5.baseUrl}/Ticket/Update.html?id=${fresh.id}&Action=Respond`);
    await page.frameLocator('iframe.cke_wysiwyg_frame').locator('body.cke_editable').waitFor();
    await expect.poll(() => panel.getByRole('note').filter({ hasText: 'last viewed the ticket' }).count(), { timeout: 15_000 }).toBe(1);
    const first = panel.getByRole('region', { name: 'Say this' }).getByRole('listitem').first();
    const phrase = (await first.locator('.suggestion-text').textContent())!;
    await first.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toBe('Inserted into your reply.');

    await Promise.all([page.waitForNavigation(), page.locator('input[name=SubmitTicket]').click()]);
    // RT wraps outgoing plain-text mail at about 76 characters: compare the words.
    const words = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(words(await lastCorrespondence(rt5, fresh.id))).toBe(words(phrase));
    await page.close();
    await panel.close();
  });

  it('sends nothing off this machine', () => {
    expect(browser.offLoopback()).toEqual([]);
  });
});
