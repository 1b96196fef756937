/**
 * Chrome as the agent uses it: the toolbar button opens the real side panel (not
 * `sidepanel.html` in a tab), which follows the active tab, shows its conversation, checks the
 * draft typed into the helpdesk and writes phrases and rewrites into it.
 *
 * The button is pressed through the DevTools protocol's `Extensions.triggerAction`, the browser's
 * own path for a click on an extension's toolbar icon; the background's
 * `openPanelOnActionClick` then opens the panel. The panel is a DevTools target that Playwright
 * does not list as a page, so the test attaches to it and evaluates in it directly.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { fixture, readRtFixtureInJsdom } from './helpers';

let browser: TactfulBrowser;
let server: LoopbackServer;
let cdp: CDPSession;

// RT's reply form without the rich-text editor (an agent's plain-text preference) is a bare textarea.
const REPLY_FORM = '<form><textarea id="UpdateContent" name="UpdateContent" rows="8" cols="72"></textarea></form>';

beforeAll(async () => {
  server = await serveLoopback({ '/Ticket/Display.html': fixture('rt', 'ticket.html').replace('</body>', `${REPLY_FORM}</body>`) });
  browser = await launchTactful();
  cdp = await browser.context.browser()!.newBrowserCDPSession();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

const targets = async (type: string) => ((await cdp.send('Target.getTargets', { filter: [{ type }] } as never)) as { targetInfos: TargetInfo[] }).targetInfos;

/** Click Tactful's toolbar button in the tab showing `page`. */
async function clickToolbarButton(page: Page) {
  const tab = (await targets('tab')).find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: browser.extensionId, targetId: tab.targetId } as never);
}

/** A page target that is not a tab: evaluate JavaScript in it over the browser's DevTools session. */
class PanelTarget {
  private next = 1;
  private readonly waiting = new Map<number, (message: { result?: { result?: { value?: unknown }; exceptionDetails?: { text?: string } }; error?: { message: string } }) => void>();

  private constructor(private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number };
      if (message.id !== undefined) this.waiting.get(message.id)?.(message as never);
    });
  }

  static async attach(targetId: string): Promise<PanelTarget> {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false } as never)) as { sessionId: string };
    return new PanelTarget(sessionId);
  }

  /** The value of `expression` (awaited) in the panel's page. */
  async evaluate<T>(expression: string): Promise<T> {
    const id = this.next++;
    const answer = new Promise<Parameters<NonNullable<ReturnType<typeof this.waiting.get>>>[0]>((resolve) => this.waiting.set(id, resolve));
    await cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
    } as never);
    const message = await answer;
    this.waiting.delete(id);
    if (message.error) throw new Error(message.error.message);
    if (message.result?.exceptionDetails) throw new Error(message.result.exceptionDetails.text ?? 'The panel threw');
    return message.result?.result?.value as T;
  }

  text(selector: string): Promise<string | null> {
    return this.evaluate(`document.querySelector(${JSON.stringify(selector)})?.textContent?.trim() ?? null`);
  }
}

describe('the real side panel, opened by the toolbar button', () => {
  let page: Page;
  let panel: PanelTarget;

  it('opens beside the tab (not as a tab) and shows what that page holds', async () => {
    page = await browser.context.newPage();
    const url = `${server.origin}/Ticket/Display.html?id=5`;
    await page.goto(url);
    const expected = readRtFixtureInJsdom('ticket.html', url)!;
    expect(await targets('page').then((all) => all.some((t) => t.url.includes('/sidepanel.html')))).toBe(false);

    await page.bringToFront();
    await clickToolbarButton(page);
    await expect.poll(async () => (await targets('page')).some((t) => t.url === `chrome-extension://${browser.extensionId}/sidepanel.html`), { timeout: 10_000 }).toBe(true);
    const target = (await targets('page')).find((t) => t.url.endsWith('/sidepanel.html'))!;
    // The panel is not one of the window's tabs, and Playwright does not list it as a page.
    const tabUrls = await browser.worker.evaluate(async () => (await chrome.tabs.query({})).map((tab) => tab.url));
    expect(tabUrls.some((u) => u?.includes('sidepanel.html'))).toBe(false);
    expect(browser.context.pages().some((p) => p.url().includes('sidepanel.html'))).toBe(false);

    panel = await PanelTarget.attach(target.targetId);
    await expect.poll(() => panel.text('h2.subject'), { timeout: 15_000 }).toBe(`#${expected.conversationId} ${expected.subject}`);
    expect(await panel.text('.source')).toContain('Request Tracker');
    expect(await panel.text('[aria-label="Customer"]')).toContain(expected.customer.email!);
    await panel.evaluate(`[...document.querySelectorAll('button')].find((b) => /earlier message/.test(b.textContent))?.click()`);
    await expect.poll(() => panel.evaluate<string[]>(`[...document.querySelectorAll('.messages > li')].map((li) => li.dataset.role)`)).toEqual(expected.messages.map((m) => m.role));
    await expect.poll(() => panel.text('[data-testid="contact-count"]')).toBe('First contact');
  });

  it('checks the draft the agent types in the helpdesk, and Apply rewrites it there', async () => {
    await page.click('#UpdateContent');
    await page.keyboard.type('Thanks for writing. It was our fault your order was late.');
    await expect.poll(() => panel.evaluate<string[]>(`[...document.querySelectorAll('.findings .finding-category')].map((e) => e.textContent)`), { timeout: 10_000 }).toContain('Admits fault');
    const rewrite = await panel.evaluate<string>(`(() => {
      const finding = [...document.querySelectorAll('.findings .finding')].find((li) => li.querySelector('.finding-category')?.textContent === 'Admits fault');
      const first = finding.querySelector('.rewrite');
      first.querySelector('button').click();
      return first.querySelector('.rewrite-text').textContent;
    })()`);
    await expect.poll(() => page.inputValue('#UpdateContent'), { timeout: 10_000 }).not.toContain('our fault');
    expect(await page.inputValue('#UpdateContent')).toContain(rewrite.replace(/[.!]$/, ''));
  });

  it('inserts the top suggested phrase into the reply', async () => {
    await page.fill('#UpdateContent', '');
    await page.click('#UpdateContent');
    const phrase = await panel.text('.say .suggestions > li .suggestion-text');
    expect(phrase).toBeTruthy();
    await panel.evaluate(`document.querySelector('.say .suggestions > li button.primary').click()`);
    await expect.poll(() => panel.text('.say [role="status"]'), { timeout: 10_000 }).toBe('Inserted into your reply.');
    expect(await page.inputValue('#UpdateContent')).toBe(phrase);
  });

  it('sends nothing off this machine', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.offLoopback()).toEqual([]);
  });
});
