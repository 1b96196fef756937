/**
 * History benchmarks in Chromium's own IndexedDB (not fake-indexeddb): Tactful's database code,
 * bundled for the page, on 100,000 contacts for 20,000 customers.
 *
 * - import: the file's text parsed, validated and merged into an empty database;
 * - customer lookup: the keys a page shows (address, helpdesk id, name) resolved to the customer;
 * - panel history view ready: a customer's records read and summarised (what the view renders);
 * - record one contact: a conversation recorded for an existing customer;
 * - export: everything read and written out as JSON text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { BenchFigure } from './bench';
import { findChromium, REPO_ROOT } from './browser/chromium';
import { serveLoopback } from './browser/serve';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 20_000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const LOOKUPS = 500;
const VIEWS = 200;
const RECORDS = 200;

/** Runs in the page: builds the data, then times each operation with Tactful's own functions. */
const PAGE_SCRIPT = `
import { openDatabase } from './lib/db';
import { snapshotKeys, resolveSnapshot } from './lib/history/identity';
import { recordConversation } from './lib/history/record';
import { loadHistorySummary } from './lib/history/summary';
import { exportHistory, parseExport, importHistory } from './lib/history/transfer';

const CATEGORIES = ['delivery', 'order', 'refund', 'billing', 'damaged', 'technical', 'account', 'other'];
const EMOTIONS = ['anger', 'frustration', 'anxiety', 'confusion', 'disappointment', 'satisfaction', 'neutral'];
const HELPDESKS = [['zendesk', 'https://acme.zendesk.com'], ['gmail', 'https://mail.google.com'], ['rt', 'https://rt.acme.example']];

function seeded(seed) {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function exportFile(customers, contacts) {
  const random = seeded(42);
  const start = Date.parse('2025-06-01T00:00:00Z');
  const day = 86400000;
  const people = [];
  for (let i = 0; i < customers; i++) {
    const email = 'customer' + i + '@example.com';
    const [helpdesk, origin] = HELPDESKS[i % 3];
    people.push({ id: 'email:' + email, name: 'Customer ' + i, email, seenOn: [helpdesk + '@' + origin], firstSeenAt: '', lastSeenAt: '',
      keys: ['email:' + email, 'id:' + helpdesk + '@' + origin + ':' + (1000 + i), 'name:' + helpdesk + '@' + origin + ':customer ' + i] });
  }
  const rows = [];
  for (let j = 0; j < contacts; j++) {
    const owner = people[Math.floor(random() * customers)];
    const [helpdesk, origin] = HELPDESKS[Math.floor(random() * 3)];
    const at = new Date(start + Math.floor(random() * 540) * day + Math.floor(random() * day)).toISOString();
    if (!owner.firstSeenAt || at < owner.firstSeenAt) owner.firstSeenAt = at;
    if (!owner.lastSeenAt || at > owner.lastSeenAt) owner.lastSeenAt = at;
    if (!owner.seenOn.includes(helpdesk + '@' + origin)) owner.seenOn.push(helpdesk + '@' + origin);
    rows.push({ id: helpdesk + '@' + origin + '#' + j, customerId: owner.id, seenAs: owner.id, helpdesk, origin, url: origin + '/tickets/' + j, conversationId: String(j),
      subject: 'Order ' + j + ' question', channel: 'email', messageCount: 1 + Math.floor(random() * 8), lastMessageAt: at, firstSeenAt: at, lastSeenAt: at,
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)], emotion: EMOTIONS[Math.floor(random() * EMOTIONS.length)],
      intensity: Math.round(random() * 100) / 100, firstResponseMs: Math.floor(random() * 86400000), resolved: random() < 0.7 });
  }
  for (const p of people) if (!p.firstSeenAt) { p.firstSeenAt = p.lastSeenAt = new Date(start).toISOString(); }
  const notes = people.filter((_, i) => i % 10 === 0).map((p, i) => ({ id: 'note-' + i, customerId: p.id, text: 'Prefers e-mail.', createdAt: p.lastSeenAt, updatedAt: p.lastSeenAt }));
  const promises = rows.filter((_, i) => i % 20 === 0).map((c, i) => ({
    id: 'promise-' + i,
    customerId: c.customerId,
    contactId: c.id,
    text: 'Update by Friday.',
    madeAt: c.lastSeenAt,
    dueAt: c.lastSeenAt,
    state: i % 3 ? 'kept' : 'missed',
  }));
  return { format: 'tactful-history', version: 2, exportedAt: new Date().toISOString(), customers: people, contacts: rows, notes, promises, phraseUsage: [] };
}

const timed = async (f) => { const t = performance.now(); await f(); return performance.now() - t; };

window.benchHistory = async ({ customers, contacts, lookups, views, records }) => {
  const db = openDatabase('tactful-bench');
  await db.delete();
  await db.open();
  const text = JSON.stringify(exportFile(customers, contacts));
  let parsed;
  const parseMs = await timed(async () => { parsed = parseExport(text); });
  if (!parsed.ok) throw new Error(parsed.error);
  const importMs = parseMs + await timed(() => importHistory(db, parsed.data));
  const counted = await db.contacts.count();
  if (counted !== contacts) throw new Error('imported ' + counted + ' contacts');

  const random = seeded(7);
  const pick = () => Math.floor(random() * customers);
  const snapshot = (i, conversation) => {
    const [helpdesk, origin] = HELPDESKS[i % 3];
    return { helpdesk, url: origin + '/tickets/' + conversation, conversationId: conversation, customer: { name: 'Customer ' + i, email: 'customer' + i + '@example.com', id: String(1000 + i) },
      messages: [{ role: 'customer', text: 'Hello', at: '2026-11-30T09:00:00.000Z' }, { role: 'agent', text: 'Hi', at: '2026-11-30T10:00:00.000Z' }], composer: { found: false }, confidence: 1 };
  };

  const lookup = [];
  for (let k = 0; k < lookups; k++) {
    const i = pick();
    const keys = snapshotKeys(snapshot(i, 'x'));
    let found;
    lookup.push(await timed(async () => { found = await db.transaction('r', db.customers, () => resolveSnapshot(db, keys)); }));
    if (found.primary?.id !== 'email:customer' + i + '@example.com') throw new Error('lookup found ' + found.primary?.id);
  }

  const view = [];
  let contactsSeen = 0;
  for (let k = 0; k < views; k++) {
    const id = 'email:customer' + pick() + '@example.com';
    let summary;
    view.push(await timed(async () => { summary = await loadHistorySummary(db, id, undefined, new Date()); }));
    contactsSeen += summary.totalContacts;
  }

  const record = [];
  for (let k = 0; k < records; k++) {
    record.push(await timed(() => recordConversation(db, snapshot(pick(), 'new-' + k), new Date())));
  }

  let exported = 0;
  let data;
  const readMs = await timed(async () => { data = await exportHistory(db, new Date()); });
  const exportMs = readMs + await timed(async () => { exported = JSON.stringify(data).length; });
  const result = { importMs, parseMs, readMs, lookup, view, record, exportMs, exportedBytes: exported, importedBytes: text.length, meanContacts: contactsSeen / views };
  db.close();
  await db.delete();
  return result;
};
`;

interface PageResult {
  importMs: number;
  parseMs: number;
  readMs: number;
  lookup: number[];
  view: number[];
  record: number[];
  exportMs: number;
  exportedBytes: number;
  importedBytes: number;
  meanContacts: number;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

export async function benchHistory(): Promise<BenchFigure[]> {
  const bundle = await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: REPO_ROOT, sourcefile: 'bench-history-page.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const server = await serveLoopback({
    '/': '<!doctype html><meta charset="utf-8"><title>history bench</title><script src="/bench.js"></script>',
    '/bench.js': { body: script, type: 'text/javascript; charset=utf-8' },
  });
  // A profile on disk, as the extension has: an incognito-like context keeps IndexedDB in memory.
  const profile = mkdtempSync(path.join(tmpdir(), 'tactful-bench-history-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: false,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/`);
    const r = await page.evaluate(
      (args) => (globalThis as unknown as { benchHistory(a: typeof args): Promise<PageResult> }).benchHistory(args),
      { customers: CUSTOMERS, contacts: CONTACTS, lookups: LOOKUPS, views: VIEWS, records: RECORDS },
    );
    const n = CONTACTS.toLocaleString('en');
    const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB of JSON`;
    const { median } = await import('./stats');
    return [
      { name: `history: customer lookup at ${n} contacts (p95)`, value: quantile(r.lookup, 0.95), unit: 'ms', goal: 5, note: `${LOOKUPS} lookups, median ${median(r.lookup).toFixed(2)} ms` },
      {
        name: `history: panel history view ready at ${n} contacts (median)`,
        value: median(r.view),
        unit: 'ms',
        goal: 100,
        note: `summary read and computed, ${r.meanContacts.toFixed(1)} contacts per customer; p95 ${quantile(r.view, 0.95).toFixed(1)} ms`,
      },
      { name: 'history: record one contact (median)', value: median(r.record), unit: 'ms', note: `${RECORDS} records, p95 ${quantile(r.record, 0.95).toFixed(1)} ms` },
      { name: `history: export ${n} contacts`, value: r.exportMs, unit: 'ms', note: `${mb(r.exportedBytes)}; reading the database ${r.readMs.toFixed(0)} ms` },
      { name: `history: import ${n} contacts`, value: r.importMs, unit: 'ms', note: `${mb(r.importedBytes)} into an empty database; parsing and validating ${r.parseMs.toFixed(0)} ms` },
    ];
  } finally {
    await browser.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Run alone: `npx tsx lib/cli/bench-history.ts`. */
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  benchHistory().then(
    (figures) => {
      for (const f of figures) console.log(`${f.name}  ${f.value.toFixed(f.value < 1 ? 3 : 1)} ${f.unit}${f.goal !== undefined ? ` (goal ≤ ${f.goal})` : ''}  [${f.note ?? ''}]`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
