/**
 * History in Chromium's own IndexedDB, through the built extension's options page: a database
 * left by version 1 with rows in it is upgraded with every row kept, and export → erase → import
 * gives back every record.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchTactful, openPanelFor, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { countRows, fixture } from './helpers';

let browser: TactfulBrowser;
let server: LoopbackServer;
beforeAll(async () => {
  // One requestor's tickets: the fixture, numbered by the `id` asked for (#5 when none).
  const ticket = fixture('rt', 'ticket.html');
  server = await serveLoopback({
    '/Ticket/Display.html': (req, res) => {
      const id = /^\d+$/.exec(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('id') ?? '')?.[0] ?? '5';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(ticket.replaceAll('#5:', `#${id}:`).replaceAll('#5]', `#${id}]`));
    },
  });
  browser = await launchTactful();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const CUSTOMERS = 40;
const CONTACTS_EACH = 3;

/** Everything in one store of the extension's database, from one of its pages. */
async function rows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('tactful');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            resolve(request.result as Record<string, unknown>[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

describe('history in Chromium', () => {
  it('upgrades a version-1 database with data, keeping every row', async () => {
    // A page of the extension's origin that does not open the database itself.
    const seedPage = await browser.context.newPage();
    await seedPage.goto(`chrome-extension://${browser.extensionId}/manifest.json`);
    // The background opens the current database when it starts (to re-arm promise reminders) and may
    // open it again after the seed page removes it: seed again until version 1 is the one that stays.
    const seedV1 = () => seedPage.evaluate(
      ({ customers, each }) =>
        new Promise<void>((resolve, reject) => {
          // Remove what the background created first (Dexie closes its connection when asked).
          const removed = indexedDB.deleteDatabase('tactful');
          removed.onerror = () => reject(removed.error);
          removed.onsuccess = () => seed();
          function seed() {
            // Version 1 exactly as Tactful's first schema declared it (Dexie stores version n as n × 10).
            const open = indexedDB.open('tactful', 10);
            open.onupgradeneeded = () => {
              const db = open.result;
              const c = db.createObjectStore('customers', { keyPath: 'id' });
              c.createIndex('email', 'email');
              c.createIndex('lastSeenAt', 'lastSeenAt');
              const k = db.createObjectStore('contacts', { keyPath: 'id' });
              k.createIndex('customerId', 'customerId');
              k.createIndex('lastSeenAt', 'lastSeenAt');
              k.createIndex('[customerId+lastSeenAt]', ['customerId', 'lastSeenAt']);
            };
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(['customers', 'contacts'], 'readwrite');
              for (let i = 0; i < customers; i++) {
                const id = `email:person${i}@example.com`;
                tx.objectStore('customers').put({
                  id,
                  email: `person${i}@example.com`,
                  name: `Person ${i}`,
                  seenOn: ['rt@http://127.0.0.1'],
                  firstSeenAt: '2026-01-01T00:00:00.000Z',
                  lastSeenAt: '2026-02-01T00:00:00.000Z',
                });
                for (let j = 0; j < each; j++) {
                  tx.objectStore('contacts').put({
                    id: `rt@http://127.0.0.1#${i}-${j}`,
                    customerId: id,
                    helpdesk: 'rt',
                    origin: 'http://127.0.0.1',
                    url: `http://127.0.0.1/Ticket/Display.html?id=${i}${j}`,
                    conversationId: `${i}-${j}`,
                    messageCount: j + 1,
                    firstSeenAt: '2026-01-01T00:00:00.000Z',
                    lastSeenAt: `2026-01-0${j + 1}T00:00:00.000Z`,
                  });
                }
              }
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }
        }),
      { customers: CUSTOMERS, each: CONTACTS_EACH },
    );
    for (let attempt = 1; ; attempt++) {
      try {
        await seedV1();
        break;
      } catch (error) {
        if (attempt >= 10 || !String(error).includes('VersionError')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    const before = { customers: await rows(seedPage, 'customers'), contacts: await rows(seedPage, 'contacts') };
    expect(before.contacts).toHaveLength(CUSTOMERS * CONTACTS_EACH);
    await seedPage.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText(`${CUSTOMERS} customers, ${CUSTOMERS * CONTACTS_EACH} conversations, 0 notes.`).waitFor();
    const version = await options.evaluate(() => new Promise<number>((resolve) => {
      const open = indexedDB.open('tactful');
      open.onsuccess = () => {
        resolve(open.result.version);
        open.result.close();
      };
    }));
    expect(version).toBe(40);
    const customers = await rows(options, 'customers');
    const contacts = await rows(options, 'contacts');
    for (const c of before.customers) expect(customers.find((x) => x.id === c.id)).toEqual({ ...c, keys: [c.id] });
    for (const c of before.contacts) expect(contacts.find((x) => x.id === c.id)).toEqual({ ...c, seenAs: c.customerId });
    await options.close();
  });

  it('records one customer and one contact per conversation when tabs of the same customer write at once', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const contactsBefore = await countRows(options, 'contacts');
    const customersBefore = await countRows(options, 'customers');
    // Two conversations of one customer, one of them open twice, each tab with its own panel.
    const urls = [`${server.origin}/Ticket/Display.html?id=5`, `${server.origin}/Ticket/Display.html?id=5&results=abc`, `${server.origin}/Ticket/Display.html?id=6`];
    const tabs = await Promise.all(urls.map(() => browser.context.newPage()));
    await Promise.all(tabs.map((tab, i) => tab.goto(urls[i]!)));
    const panels = await Promise.all(tabs.map((tab) => openPanelFor(browser, tab)));
    for (const panel of panels) await expect.poll(() => panel.getByTestId('contact-count').textContent(), { timeout: 15_000 }).toMatch(/First contact|earlier contact/);
    for (let round = 0; round < 3; round++) await Promise.all(tabs.map((tab) => tab.reload()));
    for (const panel of panels) await expect.poll(() => panel.locator('.messages > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => countRows(options, 'contacts'), { timeout: 15_000 }).toBe(contactsBefore + 2);
    expect(await countRows(options, 'customers')).toBe(customersBefore + 1);

    // Row by row: each conversation once, both on the one customer, whose record lists nothing twice.
    const contacts = (await rows(options, 'contacts')).filter((c) => c.helpdesk === 'rt' && (c.conversationId === '5' || c.conversationId === '6'));
    expect(contacts.map((c) => c.conversationId).sort()).toEqual(['5', '6']);
    expect(new Set(contacts.map((c) => c.customerId)).size).toBe(1);
    const customerId = contacts[0]!.customerId as string;
    const holders = (await rows(options, 'customers')).filter((c) => (c.keys as string[]).includes(customerId));
    expect(holders.map((c) => c.id)).toEqual([customerId]);
    const keys = holders[0]!.keys as string[];
    expect(keys).toHaveLength(new Set(keys).size);
    expect(holders[0]!.seenOn).toEqual([`rt@${server.origin}`]);
    // Each panel knows of the other conversation.
    for (const panel of panels) await expect.poll(() => panel.getByTestId('contact-count').textContent(), { timeout: 15_000 }).toMatch(/1 earlier contact/);
    for (const page of [...panels, ...tabs, options]) await page.close();
  });

  it('export → erase → import gives back every record', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByText(/\d+ customers, \d+ conversations/).waitFor();
    const before = { customers: await rows(options, 'customers'), contacts: await rows(options, 'contacts'), promises: await rows(options, 'promises') };
    expect(before.customers.length).toBeGreaterThan(0);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export history' }).click()]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { version: number; contacts: unknown[] };
    expect(exported.version).toBe(2);
    expect(exported.contacts).toHaveLength(before.contacts.length);

    await options.getByRole('button', { name: 'Erase history…' }).click();
    await options.getByRole('button', { name: 'Erase', exact: true }).click();
    await options.getByText('History erased.').waitFor();
    expect(await rows(options, 'contacts')).toEqual([]);

    await options.getByLabel('Import history from a file').setInputFiles(file);
    const preview = options.getByRole('region', { name: 'Import preview' });
    const kinds = [`${before.customers.length} customers`, `${before.contacts.length} conversations`];
    if (before.promises.length) kinds.push(`${before.promises.length} promise${before.promises.length === 1 ? '' : 's'}`);
    const listed = kinds.length === 2 ? kinds.join(' and ') : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`;
    await expect(preview.textContent()).resolves.toContain(`Adds ${listed}. Nothing is removed.`);
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await options.getByText(/^Imported: /).waitFor();

    const sort = (list: Record<string, unknown>[]) => [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
    expect(sort(await rows(options, 'customers'))).toEqual(sort(before.customers));
    expect(sort(await rows(options, 'contacts'))).toEqual(sort(before.contacts));
    expect(sort(await rows(options, 'promises'))).toEqual(sort(before.promises));
    await options.close();
  });
});
