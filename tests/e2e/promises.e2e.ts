/**
 * Promise reminders in real Chromium: a promise stored in the extension's database, due in about
 * a minute, raises a notification and the toolbar badge at once (it is inside the reminder's lead
 * time); alarms survive the service worker being stopped; and alarms lost meanwhile are made again
 * from the database when the worker starts. Read through Chrome's own APIs from an extension page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchTactful, type TactfulBrowser } from '../../lib/cli/browser/chromium';

let browser: TactfulBrowser;
let page: Page;
beforeAll(async () => {
  browser = await launchTactful();
  page = await browser.context.newPage();
  // The options page opens (and upgrades) the database.
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByRole('heading').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const CUSTOMER = 'email:jane@example.com';
const CONTACT = 'rt@http://127.0.0.1#42';
const URL_42 = 'http://127.0.0.1/Ticket/Display.html?id=42';

/** Put rows in the extension's database as the panel would have stored them. */
async function seed(page: Page, soonMs: number, laterMs: number): Promise<{ soon: string; later: string }> {
  return page.evaluate(
    ({ customer, contact, url, soonMs, laterMs }) =>
      new Promise<{ soon: string; later: string }>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['customers', 'contacts', 'promises'], 'readwrite');
          const now = new Date().toISOString();
          tx.objectStore('customers').put({ id: customer, name: 'Jane Doe', email: 'jane@example.com', seenOn: ['rt@http://127.0.0.1'], firstSeenAt: now, lastSeenAt: now, keys: [customer] });
          tx.objectStore('contacts').put({
            id: contact,
            customerId: customer,
            helpdesk: 'rt',
            origin: 'http://127.0.0.1',
            url,
            subject: "Order hasn't arrived",
            messageCount: 2,
            firstSeenAt: now,
            lastSeenAt: now,
          });
          const promise = (text: string, inMs: number) => ({
            id: `${contact}|${text.toLowerCase()}`,
            customerId: customer,
            contactId: contact,
            url,
            helpdesk: 'rt@http://127.0.0.1',
            text,
            dueAt: new Date(Date.now() + inMs).toISOString(),
            madeAt: now,
            state: 'open',
            source: 'confirmed',
          });
          const soon = promise('I will update you within the hour', soonMs);
          const later = promise('I will call you this evening', laterMs);
          tx.objectStore('promises').put(soon);
          tx.objectStore('promises').put(later);
          tx.oncomplete = () => {
            db.close();
            resolve({ soon: soon.id, later: later.id });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { customer: CUSTOMER, contact: CONTACT, url: URL_42, soonMs, laterMs },
  );
}

async function promiseAlarms(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).filter((n) => n.startsWith('tactful-promise')).sort());
}

/** Whether Tactful's service worker is running (as the browser's DevTools targets list it). */
async function workerRunning(): Promise<boolean> {
  const session = await browser.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    return targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
  } finally {
    await session.detach();
  }
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('promise reminders in Chromium', () => {
  it('a promise due in a minute raises a notification and the badge; alarms survive the worker stopping and are re-armed from the database', async () => {
    // Due in 70 s (inside the default 30-minute lead: remind now) and in 3 hours (remind later).
    const { soon, later } = await seed(page, 70_000, 3 * 3_600_000);
    // What the panel does after storing a promise: tell the background.
    await page.evaluate(() => chrome.storage.local.set({ promisesChangedAt: `${new Date().toISOString()} test` }));

    const shown = await until(
      () => page.evaluate(() => chrome.notifications.getAll()),
      (all) => Object.keys(all).length > 0,
    );
    expect(Object.keys(shown)).toEqual([`tactful-promise:${soon}`]);
    const badge = await until(
      () => page.evaluate(() => chrome.action.getBadgeText({})),
      (text) => text === '1',
    );
    expect(badge).toBe('1');
    expect(await page.evaluate(() => chrome.action.getTitle({}))).toBe('Open Tactful — 1 promise due soon or missed');

    const armed = ['tactful-promise-due:' + soon, 'tactful-promise-due:' + later, 'tactful-promise-remind:' + later].sort();
    expect(await until(() => promiseAlarms(page), (names) => names.length === 3)).toEqual(armed);

    // Stop the service worker: the alarms are the browser's, not the worker's.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await until(() => workerRunning(), (running) => !running)).toBe(false);
    expect(await promiseAlarms(page)).toEqual(armed);

    // Alarms lost while the worker is stopped are made again from the database when it starts.
    await page.evaluate(() => chrome.alarms.clearAll());
    expect(await promiseAlarms(page)).toEqual([]);
    // Any event the worker listens to wakes it (a storage change the reminders do not watch).
    await page.evaluate(() => chrome.storage.local.set({ wakeForTest: Date.now() }));
    expect(await until(() => workerRunning(), (running) => running)).toBe(true);
    expect(await until(() => promiseAlarms(page), (names) => names.length === 3)).toEqual(armed);
    // The reminder already shown is not shown again, and the badge still counts it.
    expect(Object.keys(await page.evaluate(() => chrome.notifications.getAll()))).toEqual([`tactful-promise:${soon}`]);
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(browser.offLoopback()).toEqual([]);
  });
});
