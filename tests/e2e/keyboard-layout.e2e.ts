/**
 * The panel as a keyboard user and a narrow side panel see it, in real Chromium with the built
 * extension beside an RT ticket (fixture) with a plain reply box:
 * - a shortcut's path from the service worker — the `panelCommand` message the background
 *   forwards from `commands.onCommand`, sent as it sends it — to the panel, which inserts the
 *   selected phrase into the helpdesk's editor;
 * - at 320 × 900 no state of the panel scrolls sideways, "Say this" and the draft check are on
 *   the first screen, and new suggestions never move the draft check;
 * - a conversation in Spanish gets a plain notice from the browser's own language detection
 *   instead of advice.
 * The states only these tests reach (a phrase selected by shortcut, the shortcut list open, the
 * language notice) are checked with axe-core too, in light and dark.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, tabIdOf, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import type { PanelCommand } from '../../lib/commands';
import { fixture } from './helpers';

const REPLY_FORM = '<form><textarea id="UpdateContent" name="UpdateContent" aria-label="Reply" rows="8" cols="72"></textarea></form>';
const WIDTH = 320;
const HEIGHT = 900;

let browser: TactfulBrowser;
let server: LoopbackServer;

beforeAll(async () => {
  server = await serveLoopback({
    '/Ticket/Display.html': fixture('rt', 'ticket.html').replace('</body>', `${REPLY_FORM}</body>`),
    '/Search/Results.html': fixture('rt', 'search.html'),
  });
  browser = await launchTactful();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Press a shortcut as Chrome reports it to the background: the background forwards it to the panel of the tab's window. */
async function press(page: Page, command: PanelCommand): Promise<void> {
  const tabId = await tabIdOf(browser, page);
  await browser.worker.evaluate(
    async ({ tabId, command }) => {
      const { windowId } = await chrome.tabs.get(tabId);
      // lib/commands' forwardCommand, in the wire format of lib/wire.ts.
      await chrome.runtime.sendMessage({ id: Date.now(), type: 'panelCommand', data: { command, windowId }, timestamp: Date.now() });
    },
    { tabId, command },
  );
}

/** axe-core's violations on the page, in both colour schemes (rule and target of each). */
async function axe(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations) for (const node of violation.nodes) found.push(`${scheme} ${violation.id} ${node.target.join(' ')}`);
  }
  return found;
}

async function panelBeside(page: Page): Promise<Page> {
  const panel = await openPanelFor(browser, page);
  await panel.setViewportSize({ width: WIDTH, height: HEIGHT });
  return panel;
}

const suggestionTexts = (panel: Page) => panel.locator('.suggestions .suggestion-text').allTextContents();

/** The page's width fits the panel: nothing scrolls sideways. */
async function sideways(panel: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return panel.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

async function top(panel: Page, name: string): Promise<number> {
  const box = await panel.getByRole('region', { name, exact: true }).boundingBox();
  if (!box) throw new Error(`${name} is not shown`);
  return box.y;
}

/** Replace every message of the RT page with this text, in place (the panel follows live changes). */
async function rewriteMessages(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    for (const stanza of document.querySelectorAll('.history-container .message-stanza')) stanza.textContent = text;
  }, text);
}

describe('keyboard shortcuts, in Chromium', () => {
  it('inserts the selected phrase into the helpdesk editor when the shortcut reaches the panel', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await panelBeside(page);
    await panel.getByRole('region', { name: 'Say this' }).waitFor();
    const texts = await suggestionTexts(panel);
    expect(texts.length).toBeGreaterThan(1);
    await expect.poll(() => panel.locator('.shortcut[data-command="insert-top-suggestion"] kbd').textContent()).toBe('Alt+Shift+U');

    // The agent is typing in the helpdesk; the shortcut inserts the top phrase where they type.
    await page.click('#UpdateContent');
    await page.keyboard.type('Hi Dana, ');
    await press(page, 'insert-top-suggestion');
    await expect.poll(() => page.inputValue('#UpdateContent')).toBe(`Hi Dana, ${texts[0]}`);
    await expect.poll(() => panel.getByTestId('shortcut-notice').textContent()).toBe(`Inserted: “${texts[0]}”`);

    // Next, then insert: the second phrase follows.
    const before = await page.inputValue('#UpdateContent');
    await press(page, 'next-suggestion');
    await expect.poll(() => panel.locator('.suggestion[aria-current="true"] .suggestion-text').textContent()).toBe((await suggestionTexts(panel))[1]);
    const second = await panel.locator('.suggestion[aria-current="true"] .suggestion-text').textContent();
    await press(page, 'insert-top-suggestion');
    await expect.poll(() => page.inputValue('#UpdateContent')).toBe(`${before}${second}`);

    // The draft-check shortcut focuses the check in the panel.
    await press(page, 'focus-draft-check');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('check-title');

    // A phrase selected by shortcut, the shortcut list open: nothing for axe to report.
    await panel.getByText('Keyboard shortcuts').click();
    await panel.getByRole('button', { name: 'Change shortcuts' }).waitFor();
    expect(await axe(panel)).toEqual([]);
    await page.close();
    await panel.close();
  }, 120_000);
});

describe('the panel at 320 × 900', () => {
  it('never scrolls sideways, shows what to say and the draft check first, and keeps the check still when suggestions change', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await panelBeside(page);
    await panel.getByRole('region', { name: 'Say this' }).waitFor();
    let width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);

    // A risky draft: findings and rewrites appear in the check.
    await page.click('#UpdateContent');
    await page.keyboard.type('Thanks for writing. It was our fault your order was late and we guarantee it will never happen again.');
    await panel.locator('.findings').waitFor({ timeout: 10_000 });
    width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);
    const say = await panel.getByRole('region', { name: 'Say this' }).boundingBox();
    expect(say!.y + say!.height).toBeLessThanOrEqual(HEIGHT);
    const checkTop = await top(panel, 'Your draft');
    // The check's heading and first finding are on the first screen.
    const firstFinding = await panel.locator('.findings > li').first().boundingBox();
    expect(firstFinding!.y + 20).toBeLessThanOrEqual(HEIGHT);
    expect(checkTop).toBeGreaterThan(say!.y + say!.height - 1);

    // The customer writes again, differently: new suggestions, the check stays where it was.
    const texts = await suggestionTexts(panel);
    await rewriteMessages(page, 'Thank you so much, the replacement arrived this morning and works perfectly. You have been wonderful.');
    await expect.poll(() => suggestionTexts(panel), { timeout: 10_000 }).not.toEqual(texts);
    expect(await top(panel, 'Your draft')).toBe(checkTop);
    width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);

    // Every section unfolded (whole messages, earlier messages, shortcuts): still no sideways scroll.
    for (const button of await panel.getByRole('button', { name: /Show the whole message|earlier message/ }).all()) await button.click();
    await panel.getByText('Keyboard shortcuts').click();
    width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);
    await page.close();
    await panel.close();
  }, 120_000);

  it('fits the states without a conversation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Search/Results.html`);
    const panel = await panelBeside(page);
    await panel.getByRole('heading', { name: "Tactful can't see a conversation on this page" }).waitFor();
    let width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);
    await page.close();
    await panel.getByText('The tab Tactful was following has been closed.').waitFor();
    width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);
    await panel.close();
  }, 120_000);
});

describe('a conversation Tactful cannot read', () => {
  it("says the conversation is in Spanish (the browser's detection) instead of advising, and advises again in English", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await panelBeside(page);
    await panel.getByRole('region', { name: 'Say this' }).waitFor();
    await rewriteMessages(page, 'Hola, mi pedido todavía no ha llegado y nadie contesta a mis correos. Estoy muy enfadada porque lo necesitaba para el cumpleaños de mi hija el sábado.');
    await expect.poll(() => panel.getByRole('region', { name: 'Not in English' }).textContent(), { timeout: 10_000 }).toContain("This conversation looks like it's in Spanish");
    expect(await panel.getByRole('region', { name: 'Say this' }).count()).toBe(0);
    expect(await panel.getByRole('region', { name: 'How they feel' }).count()).toBe(0);
    expect(await axe(panel)).toEqual([]);
    const width = await sideways(panel);
    expect(width.scrollWidth).toBeLessThanOrEqual(width.clientWidth);

    await rewriteMessages(page, 'My parcel still has not arrived and nobody answers my emails. I am really upset, it was a birthday present.');
    await panel.getByRole('region', { name: 'Say this' }).waitFor({ timeout: 10_000 });
    expect(await panel.getByRole('region', { name: 'Not in English' }).count()).toBe(0);
    await page.close();
    await panel.close();
  }, 120_000);

  it('sends nothing off this machine', () => {
    expect(browser.offLoopback()).toEqual([]);
  });
});
