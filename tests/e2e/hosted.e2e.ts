/**
 * The hosted helpdesks' content-script bundle, as the manifest runs it on their own domains: pages
 * are answered from this machine at their real address (nothing is fetched from the internet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { gmail } from '../../lib/adapters/gmail';
import { zendesk } from '../../lib/adapters/zendesk';
import { gmailThatOpens, REST } from './gmail-live';
import { fixture, keyFields, readFixtureInJsdom } from './helpers';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbkTkmNq';
const GMAIL_LONG = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXKbPqRsTvWxYzAbCdEfGhJkLm';
/** Whitespace as one space: the page's and the panel's line breaks differ, their words must not. */
const words = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

let browser: TactfulBrowser;

beforeAll(async () => {
  browser = await launchTactful();
  await browser.fakeSite('https://acme.zendesk.com', { '/agent/tickets/5': fixture('zendesk', 'ticket.html') });
  await browser.fakeSite('https://mail.google.com', { '/mail/u/0/': fixture('gmail', 'thread.html'), '/mail/u/1/': gmailThatOpens() });
});

afterAll(async () => {
  await browser?.close();
});

describe('the hosted helpdesks’ bundle', () => {
  it('reads a Zendesk ticket on zendesk.com and the panel shows it', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://acme.zendesk.com/agent/tickets/5');
    const result = await readThroughExtension(browser, page);
    expect(result.adapter).toBe('zendesk');
    expect(result.snapshot?.messages.length).toBeGreaterThan(0);
    // What the page holds, as the adapter reads the same page outside the browser.
    expect(keyFields(result.snapshot)).toEqual(keyFields(readFixtureInJsdom(zendesk, 'zendesk', 'ticket.html', page.url())));
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('.source').textContent()).toContain('Zendesk');
    await expect.poll(() => panel.locator('.subject').textContent()).toContain(result.snapshot?.subject ?? '(none)');
    await page.close();
    await panel.close();
  });

  it('reads a Gmail thread on mail.google.com', async () => {
    const page = await browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    const result = await readThroughExtension(browser, page);
    expect(result.adapter).toBe('gmail');
    expect(result.snapshot?.messages.length).toBeGreaterThan(1);
    expect(keyFields(result.snapshot)).toEqual(keyFields(readFixtureInJsdom(gmail, 'gmail', 'thread.html', GMAIL_THREAD)));
    await page.close();
  });

  it('opens a Gmail thread whole when the agent asks: every message read in full, the previews note gone', async () => {
    const page = await browser.context.newPage();
    await page.goto(GMAIL_LONG);
    const before = await readThroughExtension(browser, page);
    expect(keyFields(before.snapshot)).toEqual(keyFields(readFixtureInJsdom(gmail, 'gmail', 'long-thread.html', GMAIL_LONG)));
    expect(before.snapshot?.messages.filter((m) => m.partial)).toHaveLength(3);

    const panel = await openPanelFor(browser, page);
    const note = panel.getByRole('note').filter({ hasText: 'previews' });
    await expect.poll(() => note.count()).toBe(1);
    // Tactful presses nothing on its own.
    expect(await page.locator('div.adn').count()).toBe(2);
    const button = panel.getByRole('button', { name: 'Open them all in Gmail' });
    await button.click();

    // Gmail opened them all (the older ones too): the panel reads the changed page on its own.
    await expect.poll(() => page.locator('div.adn').count(), { timeout: 15_000 }).toBe(7);
    await expect.poll(() => panel.locator('.conversation > p.muted').first().textContent(), { timeout: 15_000 }).toBe('7 messages');
    await expect.poll(() => note.count()).toBe(0);
    expect(await button.count()).toBe(0);

    // The panel shows what the page holds: each message's sender and whole text, in page order.
    const onPage = await page.locator('div.adn').evaluateAll((messages) =>
      messages.map((m) => {
        const sender = m.querySelector('span[email]');
        return { author: sender?.getAttribute('name') || sender?.textContent || '', text: (m.querySelector('.a3s') as HTMLElement).innerText };
      }),
    );
    const more = panel.getByRole('button', { name: /earlier message/ });
    if (await more.isVisible()) await more.click();
    const inPanel = await panel.locator('.messages > li').evaluateAll((items) =>
      items.map((li) => ({
        author: li.querySelector('.author')?.textContent ?? '',
        text: li.querySelector('.message-text')?.textContent ?? '',
        preview: [...li.querySelectorAll('.message-meta span')].some((span) => span.textContent === 'preview'),
      })),
    );
    expect(inPanel.map((m) => words(m.text))).toEqual(onPage.map((m) => words(m.text)));
    expect(inPanel.map((m) => m.author)).toEqual(onPage.map((m) => (m.author === 'me' ? 'Sam Rivera' : m.author)));
    expect(inPanel.filter((m) => m.preview)).toEqual([]);
    expect(inPanel.filter((m) => m.text.endsWith(REST))).toHaveLength(5);
    await page.close();
    await panel.close();
  });

  it('carries only its own adapters: a self-hosted helpdesk’s page is not its business', async () => {
    await browser.fakeSite('https://help.zendesk.com', { '/Ticket/Display.html': fixture('rt', 'ticket.html') });
    const page = await browser.context.newPage();
    await page.goto('https://help.zendesk.com/Ticket/Display.html?id=5');
    const result = await readThroughExtension(browser, page);
    expect(result.adapter).not.toBe('rt');
    await page.close();
  });

  it('sends nothing off this machine', () => {
    expect(browser.offLoopback()).toEqual([]);
  });
});
