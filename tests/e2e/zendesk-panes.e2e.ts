/**
 * Zendesk's newer layout shows every open ticket as a pane side by side, each with its own reply
 * editor, and marks one active. Insert must write into the active pane's editor, wherever it sits
 * in the page: writing into the other one would put text in another customer's reply.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { fixture } from './helpers';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
let browser: TactfulBrowser;

/** The ticket fixture with both open tickets laid out as shown panes, the second one active. */
function sideBySide(): string {
  let active = 0;
  return fixture('zendesk', 'ticket.html').replace(/<div class="ember-view workspace"( style="display: none;")?>/g, () => {
    active += 1;
    return `<div class="ember-view workspace ticket-panes-grid-layout" data-is-active="${active === 2}">`;
  });
}

beforeAll(async () => {
  browser = await launchTactful();
  await browser.fakeSite('https://acme.zendesk.com', { '/agent/tickets/5': sideBySide() });
});

afterAll(async () => {
  await browser?.close();
});

describe('Zendesk with two tickets side by side', () => {
  it('inserts a phrase into the active pane’s editor, not the first editor in the page', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://acme.zendesk.com/agent/tickets/5');
    const editors = page.locator(EDITOR);
    expect(await editors.count()).toBe(2);
    const otherBefore = await editors.nth(0).innerText();
    const panel = await openPanelFor(browser, page);
    const first = panel.locator('.say .suggestions > li').first();
    await expect.poll(() => first.count(), { timeout: 20_000 }).toBe(1);
    const phrase = (await first.locator('.suggestion-text').textContent())!;
    await first.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => first.getByRole('status').textContent(), { timeout: 10_000 }).toBe('Inserted into your reply.');
    expect(await editors.nth(1).innerText()).toContain(phrase);
    expect(await editors.nth(0).innerText()).toBe(otherBefore);
    await panel.close();
    await page.close();
  });

  it('sends nothing off this machine', () => {
    expect(browser.offLoopback()).toEqual([]);
  });
});
