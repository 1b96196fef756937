/**
 * A helpdesk page is someone else's code: it must not learn that Tactful runs there (nor its id),
 * and nothing it does can switch Tactful off. The page below listens to every message a window
 * can receive, then sends the content script everything a page could send to stop it: the
 * "content script started" message and event of the extension framework, with the real id (a
 * store extension's id is public), as a message and as a DOM event.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, readThroughExtension, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { fixture } from './helpers';

let browser: TactfulBrowser;
let server: LoopbackServer;

const LISTENER = `<script>
  window.__heard = [];
  window.addEventListener('message', (event) => window.__heard.push(JSON.stringify(event.data)), true);
</script>`;

beforeAll(async () => {
  const page = fixture('rt', 'ticket.html').replace('<head>', `<head>${LISTENER}`);
  server = await serveLoopback({ '/Ticket/Display.html': page });
  browser = await launchTactful();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the content script and the page it runs in', () => {
  it('tells the page nothing, and the page cannot stop it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/Ticket/Display.html?id=5`);
    const first = await readThroughExtension(browser, page);
    expect(first.adapter).toBe('rt');
    const messages = first.snapshot?.messages.length ?? 0;

    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([]);
    expect((await page.content()).includes(browser.extensionId)).toBe(false);

    // Everything a page that knows the id could send to stop the extension framework's content script.
    await page.evaluate((id) => {
      for (const script of ['content', 'hosted']) {
        for (const type of [`${id}:${script}:wxt:content-script-started`, 'wxt:content-script-started']) {
          const detail = { contentScriptName: script, messageId: 'page' };
          document.dispatchEvent(new CustomEvent(type, { detail }));
          window.postMessage({ type, ...detail }, '*');
        }
      }
    }, browser.extensionId);

    // Still running: it still sees the conversation change (and tells the panel), and it answers.
    await browser.worker.evaluate(() => {
      const counts: number[] = [];
      (globalThis as unknown as { __counts: number[] }).__counts = counts;
      chrome.runtime.onMessage.addListener((message: { type?: string; data?: { snapshot?: { messages?: unknown[] } | null } }) => {
        if (message?.type === 'pageChanged') counts.push(message.data?.snapshot?.messages?.length ?? 0);
        return undefined;
      });
    });
    await page.evaluate(() => {
      const last = document.querySelectorAll('.history-container .transaction.message');
      const copy = last[last.length - 1]!.cloneNode(true) as Element;
      copy.setAttribute('data-transaction-id', '999999');
      last[last.length - 1]!.after(copy);
    });
    await expect
      .poll(() => browser.worker.evaluate(() => (globalThis as unknown as { __counts: number[] }).__counts), { timeout: 10_000 })
      .toContain(messages + 1);
    const after = await readThroughExtension(browser, page, undefined, 2000);
    expect(after.adapter).toBe('rt');
    expect(after.snapshot?.messages.length).toBe(messages + 1);
    await page.close();
  });

  it('sends nothing off this machine', () => {
    expect(browser.offLoopback()).toEqual([]);
  });
});
