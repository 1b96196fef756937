/**
 * Accessibility in real Chromium: axe-core (@axe-core/playwright) finds no violation on any state
 * of the panel the fixtures reach — a conversation, a draft being checked, a page with no
 * conversation, a tab that can't be reached — nor on the options and welcome pages, in light and
 * in dark (the system's colour scheme), at a side panel's width.
 *
 * KNOWN lists the violations found in components this change did not touch, each with its fix;
 * they are filtered out by rule, colour scheme and element, and anything else fails the test.
 * A test below fails when a known one is fixed, so the list can only shrink.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { fixture } from './helpers';

type Scheme = 'light' | 'dark';

interface Known {
  rule: string;
  scheme: Scheme;
  /** The end of axe's selector for the element. */
  target: RegExp;
  fix: string;
}

const KNOWN: Known[] = [];

interface Finding {
  rule: string;
  impact: string | null | undefined;
  target: string;
  summary: string;
}

let browser: TactfulBrowser;
let server: LoopbackServer;
const seenKnown = new Set<Known>();

// RT's reply form without the rich-text editor (an agent's plain-text preference) is a bare textarea.
const REPLY_FORM = '<form><textarea id="UpdateContent" name="UpdateContent" aria-label="Reply" rows="8" cols="72"></textarea></form>';

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

/** Violations in both colour schemes, less the known ones (which are remembered as seen). */
async function violations(page: Page): Promise<Record<Scheme, Finding[]>> {
  const found: Record<Scheme, Finding[]> = { light: [], dark: [] };
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    for (const violation of violations) {
      for (const node of violation.nodes) {
        const target = node.target.join(' ');
        const known = KNOWN.find((k) => k.rule === violation.id && k.scheme === scheme && k.target.test(target));
        if (known) seenKnown.add(known);
        else found[scheme].push({ rule: violation.id, impact: violation.impact, target, summary: node.failureSummary ?? '' });
      }
    }
  }
  return found;
}

const none = { light: [], dark: [] };

async function panelBeside(page: Page): Promise<Page> {
  const panel = await openPanelFor(browser, page);
  await panel.setViewportSize({ width: 360, height: 900 });
  return panel;
}

describe('accessibility (axe-core) in Chromium', () => {
  it('the panel showing a conversation', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const panel = await panelBeside(page);
    await panel.getByRole('region', { name: 'Say this' }).waitFor();
    expect(await violations(panel)).toEqual(none);

    // The agent types a risky draft: findings, rewrites and the checklist appear.
    await page.click('#UpdateContent');
    await page.keyboard.type('Thanks for writing. It was our fault your order was late.');
    await panel.locator('.findings').waitFor({ timeout: 10_000 });
    await panel.locator('.findings details summary').first().click();
    expect(await violations(panel)).toEqual(none);
    await page.close();
    await panel.close();
  }, 240_000);

  it('the panel on a page with no conversation, then on a tab that is gone', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Search/Results.html`);
    const panel = await panelBeside(page);
    await panel.getByRole('heading', { name: "Tactful can't see a conversation on this page" }).waitFor();
    expect(await violations(panel)).toEqual(none);

    await page.close();
    await panel.getByText('The tab Tactful was following has been closed.').waitFor();
    expect(await violations(panel)).toEqual(none);
    await panel.close();
  }, 180_000);

  it('the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('main, form, h1').first().waitFor();
    expect(await violations(options)).toEqual(none);
    await options.close();
  }, 120_000);

  it('the welcome page', async () => {
    const welcome = await browser.context.newPage();
    await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
    await welcome.getByRole('heading', { name: 'Welcome to Tactful' }).waitFor();
    await welcome.getByText('Keyboard shortcuts').click();
    expect(await violations(welcome)).toEqual(none);
    await welcome.close();
  }, 120_000);

  it('lists only violations that are still there', () => {
    expect(KNOWN.filter((known) => !seenKnown.has(known)).map((k) => k.fix)).toEqual([]);
  });
});
