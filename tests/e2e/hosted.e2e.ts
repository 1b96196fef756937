/**
 * The hosted helpdesks' content-script bundle, as the manifest runs it on their own domains: pages
 * are answered from this machine at their real address (nothing is fetched from the internet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { fixture } from './helpers';

let browser: TactfulBrowser;

beforeAll(async () => {
  browser = await launchTactful();
  await browser.fakeSite('https://acme.zendesk.com', { '/agent/tickets/5': fixture('zendesk', 'ticket.html') });
  await browser.fakeSite('https://mail.google.com', { '/mail/u/0/': fixture('gmail', 'thread.html') });
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
    const panel = await openPanelFor(browser, page);
    await expect.poll(() => panel.locator('.source').textContent()).toContain('Zendesk');
    await page.close();
    await panel.close();
  });

  it('reads a Gmail thread on mail.google.com', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWbkTkmNq');
    const result = await readThroughExtension(browser, page);
    expect(result.adapter).toBe('gmail');
    expect(result.snapshot?.messages.length).toBeGreaterThan(1);
    await page.close();
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
