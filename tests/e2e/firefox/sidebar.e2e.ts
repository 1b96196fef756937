/**
 * Tactful's sidebar page in a real Firefox ESR (the Firefox MV2 test build, installed over
 * WebDriver BiDi by lib/cli/browser/firefox.ts): it follows the active tab, shows the
 * conversation the page holds, records it once, checks the draft typed into the helpdesk's
 * editor and writes phrases and rewrites into it; then the same on a live Request Tracker 5.
 * Every request any part of Firefox makes off loopback is recorded, and none may be made.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchTactfulFirefox, type TactfulFirefox } from '../../../lib/cli/browser/firefox';
import { serveLoopback, type LoopbackServer } from '../../../lib/cli/browser/serve';
import { fixture, readRtFixtureInJsdom } from '../helpers';
import { seedTicket } from '../rt5/rt5';

let firefox: TactfulFirefox;
let server: LoopbackServer;

// RT's reply form without the rich-text editor (an agent's plain-text preference) is a bare textarea.
const REPLY_FORM = '<form><textarea id="UpdateContent" name="UpdateContent" rows="8" cols="72"></textarea></form>';

beforeAll(async () => {
  server = await serveLoopback({
    '/Ticket/Display.html': fixture('rt', 'ticket.html'),
    '/Ticket/Reply.html': fixture('rt', 'ticket.html').replace('</body>', `${REPLY_FORM}</body>`),
    '/Search/Results.html': fixture('rt', 'search.html'),
  });
  firefox = await launchTactfulFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const text = (page: Page, selector: string) => page.evaluate((selector) => document.querySelector(selector)?.textContent?.trim() ?? null, selector);
const texts = (page: Page, selector: string) => page.evaluate((selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? ''), selector);
const roles = (page: Page) => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.messages > li')].map((li) => li.dataset.role ?? ''));
const replyText = (page: Page) => page.$eval('#UpdateContent', (area) => (area as HTMLTextAreaElement).value);

/** Rows in one table of Tactful's IndexedDB, counted from one of its pages. */
const countRows = (extensionPage: Page, table: string) =>
  extensionPage.evaluate(
    (table) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(table).objectStore(table).count();
          request.onsuccess = () => {
            resolve(request.result);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );

/** Unfold the earlier messages, so every message of the conversation is listed. */
async function unfold(panel: Page) {
  await panel.evaluate(() => {
    const more = [...document.querySelectorAll('button')].find((b) => /earlier message/.test(b.textContent ?? ''));
    more?.click();
  });
}

describe('the sidebar page in Firefox ESR', () => {
  it('follows the active tab and shows the conversation that page holds', async () => {
    const page = await firefox.browser.newPage();
    const url = `${server.origin}/Ticket/Display.html?id=5`;
    await page.goto(url);
    const expected = readRtFixtureInJsdom('ticket.html', url)!;

    // Not pinned to a tab: like the sidebar, it reads whichever tab of its window is active.
    const panel = await firefox.openExtensionPage('sidepanel.html');
    await page.bringToFront();

    await expect.poll(() => text(panel, 'h2.subject'), { timeout: 15_000 }).toBe(`#${expected.conversationId} ${expected.subject}`);
    expect(await text(panel, '.source')).toContain('Request Tracker');
    expect(await text(panel, '[aria-label="Customer"]')).toContain(expected.customer.name!);
    expect(await text(panel, '[aria-label="Customer"]')).toContain(expected.customer.email!);
    await unfold(panel);
    await expect.poll(() => roles(panel)).toEqual(expected.messages.map((m) => m.role));
    const shown = (await texts(panel, '.messages > li')).join('\n');
    for (const message of expected.messages.filter((m) => m.role === 'customer')) expect(shown).toContain(message.text.split('\n')[0]!.trim());

    // Another tab becomes active: the panel moves to what that tab holds.
    const search = await firefox.browser.newPage();
    await search.goto(`${server.origin}/Search/Results.html`);
    await search.bringToFront();
    await expect.poll(() => text(panel, 'h2'), { timeout: 15_000 }).toBe("Tactful can't see a conversation on this page");
    await search.close();
    await page.close();
    await panel.close();
  });

  it('records the conversation in its history once, however often the page is read', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await firefox.openExtensionPage('sidepanel.html', { follow: page });
    await expect.poll(() => text(panel, '[data-testid="contact-count"]'), { timeout: 15_000 }).toBe('First contact');
    await page.reload();
    await expect.poll(() => text(panel, 'h2.subject'), { timeout: 15_000 }).toMatch(/^#5 /);
    await expect.poll(() => text(panel, '[data-testid="contact-count"]')).toBe('First contact');
    expect(await countRows(panel, 'customers')).toBe(1);
    expect(await countRows(panel, 'contacts')).toBe(1);
    await page.close();
    await panel.close();
  });

  it('checks the draft typed into the helpdesk, and Apply rewrites it there', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/Ticket/Reply.html?id=5`);
    const panel = await firefox.openExtensionPage('sidepanel.html', { follow: page });
    await expect.poll(() => text(panel, 'h2.subject'), { timeout: 15_000 }).toMatch(/^#5 /);

    await page.bringToFront();
    await page.click('#UpdateContent');
    await page.keyboard.type('Thanks for writing. It was our fault your order was late.');

    await expect.poll(() => texts(panel, '.findings .finding-words'), { timeout: 10_000 }).toContain('“our fault”');
    const categories = await texts(panel, '.findings .finding-category');
    expect(categories).toContain('Admits fault');
    // The checklist reads the same draft: it gives no time yet.
    expect(await panel.evaluate(() => document.querySelector('.checklist [data-point="timescale"]')?.className)).toBe('todo');

    await panel.bringToFront();
    const rewrite = await panel.evaluate(() => {
      const finding = [...document.querySelectorAll('.findings .finding')].find((li) => li.querySelector('.finding-category')?.textContent === 'Admits fault')!;
      const first = finding.querySelector('.rewrite')!;
      first.querySelector('button')!.click();
      return first.querySelector('.rewrite-text')!.textContent!;
    });
    await expect.poll(() => replyText(page), { timeout: 10_000 }).not.toContain('our fault');
    expect(await replyText(page)).toContain(rewrite.replace(/[.!]$/, ''));
    expect(await replyText(page)).toMatch(/^Thanks for writing\. /);
    await page.close();
    await panel.close();
  });

  it('inserts the top suggested phrase into the reply editor', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/Ticket/Reply.html?id=5`);
    const panel = await firefox.openExtensionPage('sidepanel.html', { follow: page });
    await panel.waitForSelector('.say .suggestions > li button.primary', { timeout: 15_000 });
    const phrase = await text(panel, '.say .suggestions > li .suggestion-text');
    expect(phrase).toBeTruthy();
    await panel.click('.say .suggestions > li button.primary');
    await expect.poll(() => text(panel, '.say [role="status"]'), { timeout: 10_000 }).toBe('Inserted into your reply.');
    expect(await replyText(page)).toBe(phrase);
    await page.close();
    await panel.close();
  });

  it('shows a live Request Tracker ticket and writes into its reply editor', async () => {
    const rt5 = inject('rt5');
    const ticket = seedTicket(rt5);
    const page = await firefox.browser.newPage();
    await page.goto(`${rt5.baseUrl}/NoAuth/Login.html`);
    await page.type('input[name=user]', 'root');
    await page.type('input[name=pass]', 'password');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await page.goto(ticket.url);
    // RT loads the ticket's history after the page; the agent sees it before turning to Tactful.
    await page.waitForSelector('.history-container .transaction', { timeout: 20_000 });
    const panel = await firefox.openExtensionPage('sidepanel.html', { follow: page });
    // The sidebar sits beside a visible helpdesk tab; here the panel is a tab of its own, so show
    // the helpdesk again (Tactful rests while its tab is hidden).
    await page.bringToFront();

    await expect.poll(() => text(panel, 'h2.subject'), { timeout: 20_000 }).toBe(`#${ticket.id} ${ticket.subject}`);
    expect(await text(panel, '[aria-label="Customer"]')).toContain(ticket.customer.name);
    await unfold(panel);
    await expect.poll(async () => (await roles(panel)).filter((role) => role !== 'system'), { timeout: 15_000 }).toEqual(['customer', 'agent', 'note']);
    const authors = await texts(panel, '.messages > li .author');
    expect(authors).toEqual(expect.arrayContaining([ticket.customer.name, ticket.agent]));

    // The reply page: CKEditor 4 in an iframe. The panel keeps the ticket it read and inserts there.
    await page.goto(`${rt5.baseUrl}/Ticket/Update.html?id=${ticket.id}&Action=Respond`);
    await page.waitForSelector('iframe.cke_wysiwyg_frame');
    await expect.poll(() => panel.evaluate(() => [...document.querySelectorAll('[role="note"]')].some((n) => /last viewed the ticket/.test(n.textContent ?? ''))), { timeout: 20_000 }).toBe(true);
    const phrase = await text(panel, '.say .suggestions > li .suggestion-text');
    await panel.click('.say .suggestions > li button.primary');
    await expect.poll(() => text(panel, '.say [role="status"]'), { timeout: 10_000 }).toBe('Inserted into your reply.');
    // The editor's text as the agent reads it (getData() is HTML, with ' written as &#39;).
    const editorText = () =>
      page.evaluate(() => {
        const html = (window as unknown as { CKEDITOR: { instances: Record<string, { getData(): string }> } }).CKEDITOR.instances.UpdateContent!.getData();
        return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
      });
    await expect.poll(editorText, { timeout: 10_000 }).toContain(phrase!.slice(0, 40));
    await page.close();
    await panel.close();
  }, 120_000);

  it('sends nothing off this machine — and would notice if anything did', async () => {
    expect(firefox.offLoopback()).toEqual([]);
    // The check itself: a request off loopback from any page is caught by the recording proxy.
    const page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/Search/Results.html`);
    await page.evaluate(() => fetch('http://leak.tactful.invalid/probe').catch(() => undefined));
    await expect.poll(() => firefox.offLoopback()).toContain('http://leak.tactful.invalid/probe');
    await page.close();
  });
});
