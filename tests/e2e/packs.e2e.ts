/**
 * Phrase packs in real Chromium: a pack file imported in the options page (its changes previewed
 * before anything is stored) reaches the panel; a subscription to a pack served on loopback (test
 * builds allow http://127.0.0.1) is refreshed by the background's alarm with conditional requests,
 * an update is shown as a diff, and rollback restores the previous version. The only request
 * Tactful makes is to the subscribed address.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTactful, openPanelFor, type TactfulBrowser } from '../../lib/cli/browser/chromium';
import { serveLoopback, type LoopbackServer } from '../../lib/cli/browser/serve';
import { fixture } from './helpers';

let browser: TactfulBrowser;
let helpdesk: LoopbackServer;
let packServer: { origin: string; close(): Promise<void> };
let options: Page;

/** A team pack whose phrases fit any conversation (no emotions or categories to match). */
function teamPack(id: string, version: string, phrases: { id: string; kind: string; text: string }[]): Record<string, unknown> {
  return { format: 1, id, name: `Team ${id}`, version, locale: 'en', author: 'The team lead', description: '', updated: '2026-11-30', phrases };
}

const REPLY_FORM = '<form><textarea id="UpdateContent" name="UpdateContent" rows="8" cols="72"></textarea></form>';

const FILE_PACK = teamPack('file-team', '1.0.0', [
  { id: 'hear-1', kind: 'acknowledge', text: 'Thank you for spelling this out so clearly; it helps me act on it straight away.' },
  { id: 'feel-1', kind: 'empathy', text: 'Anyone would be fed up after waiting this long.' },
]);

/** What the pack address serves, and every request it received (path and If-None-Match). */
const served = { body: '', etag: '' };
const packRequests: { path: string; ifNoneMatch?: string; status: number }[] = [];

function servePack(req: IncomingMessage, res: ServerResponse): void {
  const ifNoneMatch = req.headers['if-none-match'];
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const status = ifNoneMatch === served.etag ? 304 : 200;
  packRequests.push({ path, ...(ifNoneMatch ? { ifNoneMatch } : {}), status });
  if (status === 304) return void res.writeHead(304, { ETag: served.etag }).end();
  res.writeHead(200, { 'content-type': 'application/json', ETag: served.etag, 'cache-control': 'no-cache' }).end(served.body);
}

function publish(pack: Record<string, unknown>, etag: string): void {
  served.body = JSON.stringify(pack);
  served.etag = etag;
}

const library = (page: Page) =>
  page.evaluate(async () => {
    const stored = (await chrome.storage.local.get('packLibrary')).packLibrary as { packs: { id: string; raw?: { version: string }; source: { etag?: string } }[] } | undefined;
    return (stored?.packs ?? []).map((p) => ({ id: p.id, version: p.raw?.version, etag: p.source.etag }));
  });

/** Fire the background's refresh alarm now (an unpacked extension may set an alarm this soon). */
async function refreshNow(): Promise<void> {
  const before = packRequests.length;
  await browser.worker.evaluate(() => chrome.alarms.create('tactful-packs-refresh', { when: Date.now() + 50 }));
  await expect.poll(() => packRequests.length, { timeout: 15_000 }).toBeGreaterThan(before);
}

/**
 * The pack address: its own loopback host (127.0.0.2), which the test build grants up front, so
 * subscribing asks the browser for it without a prompt no test can answer.
 */
async function servePacks(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.2').pathname;
    if (path === '/team-pack.json') return servePack(req, res);
    packRequests.push({ path, status: 404 });
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
  return {
    origin: `http://127.0.0.2:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

beforeAll(async () => {
  // A ticket with the customer's messages and a reply box: suggestions are fitted to what the customer wrote.
  helpdesk = await serveLoopback({ '/Ticket/Display.html': fixture('rt', 'ticket.html').replace('</body>', `${REPLY_FORM}</body>`) });
  packServer = await servePacks();
  browser = await launchTactful();
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
});

afterAll(async () => {
  await browser?.close();
  await helpdesk?.close();
  await packServer?.close();
});

describe('phrase packs in Chromium', () => {
  it('imports a pack file: the changes are shown before anything is stored, then its phrase is in the panel and its use is counted', async () => {
    await options.getByLabel('Import a pack file').setInputFiles({ name: 'file-team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(FILE_PACK)) });
    const preview = options.getByLabel('Preview of Team file-team');
    await expect.poll(() => preview.textContent()).toContain('Not installed yet.');
    expect(await preview.textContent()).toContain('Phrases added (2)');
    expect(await preview.textContent()).toContain('hear-1 (acknowledge): Thank you for spelling this out so clearly');
    expect((await library(options)).map((p) => p.id)).not.toContain('file-team'); // nothing stored yet

    await preview.getByRole('button', { name: 'Install this pack' }).click();
    await expect.poll(() => options.getByRole('status').first().textContent()).toContain('Installed file-team 1.0.0.');
    expect(await library(options)).toContainEqual({ id: 'file-team', version: '1.0.0', etag: undefined });

    const page = await browser.context.newPage();
    await page.goto(`${helpdesk.origin}/Ticket/Display.html?id=5`);
    const panel = await openPanelFor(browser, page);
    const ours = panel.locator('.say .suggestions > li').filter({ hasText: /Thank you for spelling this out so clearly|Anyone would be fed up after waiting this long/ });
    await expect.poll(() => ours.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const phrase = (await ours.first().locator('.suggestion-text').textContent())!;
    const phraseId = phrase.startsWith('Thank you') ? 'hear-1' : 'feel-1';

    // Inserting it counts one use of that phrase, shown to the agent in the options page.
    await page.fill('#UpdateContent', '');
    await ours.first().getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => ours.first().getByRole('status').textContent(), { timeout: 10_000 }).toBe('Inserted into your reply.');
    expect(await page.inputValue('#UpdateContent')).toContain(phrase);
    await options.reload();
    const use = options.getByRole('region', { name: 'Your phrase use' }).getByRole('row').filter({ hasText: `file-team/${phraseId}` });
    await expect.poll(() => use.getByRole('cell').allTextContents(), { timeout: 10_000 }).toEqual(['1', 'not yet measured']);
    expect(await use.textContent()).toContain(phrase);
    await panel.close();
    await page.close();
  });

  it('subscribes by address, refreshes with If-None-Match, shows an update as a diff, and rolls back', { timeout: 120_000 }, async () => {
    const url = `${packServer.origin}/team-pack.json`;
    publish(teamPack('sub-team', '1.0.0', [{ id: 'calm-1', kind: 'deescalate', text: "Let's sort this out together, one step at a time." }]), '"v1"');

    await options.getByLabel('Subscribe by address (https)').fill(url);
    await options.getByRole('button', { name: 'Preview subscription' }).click();
    const preview = options.getByLabel('Preview of Team sub-team');
    await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toContain('Phrases added (1)');
    expect((await library(options)).map((p) => p.id)).not.toContain('sub-team');
    await preview.getByRole('button', { name: 'Subscribe' }).click();
    await expect.poll(async () => (await library(options)).find((p) => p.id === 'sub-team')).toEqual({ id: 'sub-team', version: '1.0.0', etag: '"v1"' });
    expect(packRequests).toEqual([{ path: '/team-pack.json', status: 200 }]);

    // Unchanged: the check is a conditional request answered 304, and nothing changes.
    await refreshNow();
    expect(packRequests[1]).toEqual({ path: '/team-pack.json', ifNoneMatch: '"v1"', status: 304 });
    const entry = options.getByRole('listitem', { name: 'Team sub-team' });
    await expect.poll(() => entry.textContent()).toContain('Up to date (version 1.0.0).');

    // The lead publishes 1.1.0: fetched (the validator no longer matches), stored, shown as a diff.
    publish(
      teamPack('sub-team', '1.1.0', [
        { id: 'calm-1', kind: 'deescalate', text: "Let's sort this out together, step by step." },
        { id: 'own-1', kind: 'ownership', text: 'I will stay with this until it is fixed.' },
      ]),
      '"v2"',
    );
    await refreshNow();
    expect(packRequests[2]).toEqual({ path: '/team-pack.json', ifNoneMatch: '"v1"', status: 200 });
    await expect.poll(async () => (await library(options)).find((p) => p.id === 'sub-team')).toEqual({ id: 'sub-team', version: '1.1.0', etag: '"v2"' });
    await expect.poll(() => entry.textContent()).toContain('Updated from 1.0.0 to 1.1.0');
    await entry.getByText('Last change: 1.0.0 → 1.1.0').click();
    const diff = entry.locator('.pack-diff');
    expect(await diff.textContent()).toContain('Phrases added (1)');
    expect(await diff.textContent()).toContain('own-1 (ownership): I will stay with this until it is fixed.');
    expect(await diff.textContent()).toContain('calm-1: text — now "Let\'s sort this out together, step by step."');

    // One click back to 1.0.0; the next check skips the version rolled back from.
    await entry.getByRole('button', { name: 'Roll back to 1.0.0' }).click();
    await expect.poll(async () => (await library(options)).find((p) => p.id === 'sub-team')?.version).toBe('1.0.0');
    const phrases = await options.evaluate(async () => {
      const stored = (await chrome.storage.local.get('packLibrary')).packLibrary as { packs: { id: string; raw?: { phrases: { id: string; text: string }[] } }[] };
      return stored.packs.find((p) => p.id === 'sub-team')?.raw?.phrases;
    });
    expect(phrases).toEqual([{ id: 'calm-1', kind: 'deescalate', text: "Let's sort this out together, one step at a time." }]);
    await refreshNow();
    expect(packRequests[3]).toEqual({ path: '/team-pack.json', ifNoneMatch: '"v2"', status: 304 });
    expect((await library(options)).find((p) => p.id === 'sub-team')?.version).toBe('1.0.0');
  });

  it('requests nothing but the subscribed address', () => {
    const packUrl = `${packServer.origin}/team-pack.json`;
    // The pack server heard only the pack's address.
    expect(packRequests.every((r) => r.path === '/team-pack.json')).toBe(true);
    // Every web request in the browser is a page the test opened itself or the subscribed address.
    const web = browser.requests.filter((u) => /^https?:/.test(u));
    expect(web.filter((u) => !u.startsWith(`${helpdesk.origin}/`) && u !== packUrl)).toEqual([]);
    expect(browser.offLoopback()).toEqual([]);
  });
});
