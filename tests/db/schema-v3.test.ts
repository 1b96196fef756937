import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import { STORES_V1, STORES_V2, upgradeToV2, type ContactRecord, type CustomerRecord, type NoteRecord, type PhraseUsageRecord, type PromiseRecord } from '@/lib/db/schema';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

function v2Rows(count: number) {
  const customers: CustomerRecord[] = [];
  const contacts: ContactRecord[] = [];
  const notes: NoteRecord[] = [];
  const promises: PromiseRecord[] = [];
  const phraseUsage: PhraseUsageRecord[] = [];
  for (let i = 0; i < count; i++) {
    const id = `email:person${i}@example.com`;
    customers.push({ id, email: `person${i}@example.com`, seenOn: ['rt@https://rt.example.com'], firstSeenAt: '2026-01-01T00:00:00.000Z', lastSeenAt: '2026-02-01T00:00:00.000Z', keys: [id] });
    contacts.push({
      id: `rt@https://rt.example.com#${i}`,
      customerId: id,
      helpdesk: 'rt',
      origin: 'https://rt.example.com',
      url: `https://rt.example.com/Ticket/Display.html?id=${i}`,
      messageCount: 2,
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-02-01T00:00:00.000Z',
      seenAs: id,
      category: 'delivery',
      resolved: i % 2 === 0,
    });
    notes.push({ id: `note-${i}`, customerId: id, text: `Prefers e-mail (${i}).`, createdAt: '2026-01-02T00:00:00.000Z', updatedAt: '2026-01-02T00:00:00.000Z' });
    promises.push({ id: `promise-${i}`, customerId: id, contactId: `rt@https://rt.example.com#${i}`, text: 'I will call you tomorrow.', madeAt: '2026-01-02T00:00:00.000Z', state: 'open' });
    phraseUsage.push({ id: `${id}|tactful-en/ack-${i}`, customerId: id, phrase: `tactful-en/ack-${i}`, count: i + 1, lastUsedAt: '2026-01-02T00:00:00.000Z' });
  }
  return { customers, contacts, notes, promises, phraseUsage };
}

it('upgrades a version-2 database with rows in every table to version 3: every row survives, unchanged, and phrase use starts empty', async () => {
  const name = 'schema-v3-upgrade';
  const rows = v2Rows(25);
  // A database exactly as version 2 of Tactful left it.
  const v2 = new Dexie(name);
  v2.version(1).stores(STORES_V1);
  v2.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  await v2.open();
  expect(v2.verno).toBe(2);
  for (const [table, list] of Object.entries(rows)) await v2.table(table).bulkAdd(list);
  v2.close();

  const db = openDatabase(name);
  opened.push(db);
  await db.open();
  expect(db.verno).toBe(3);
  expect(await db.customers.orderBy('id').toArray()).toEqual([...rows.customers].sort((a, b) => (a.id < b.id ? -1 : 1)));
  expect(await db.contacts.orderBy('id').toArray()).toEqual([...rows.contacts].sort((a, b) => (a.id < b.id ? -1 : 1)));
  expect(await db.notes.orderBy('id').toArray()).toEqual([...rows.notes].sort((a, b) => (a.id < b.id ? -1 : 1)));
  expect(await db.promises.orderBy('id').toArray()).toEqual([...rows.promises].sort((a, b) => (a.id < b.id ? -1 : 1)));
  expect(await db.phraseUsage.orderBy('id').toArray()).toEqual([...rows.phraseUsage].sort((a, b) => (a.id < b.id ? -1 : 1)));
  // The old indexes still answer.
  expect((await db.customers.where('keys').equals('email:person3@example.com').first())?.id).toBe('email:person3@example.com');
  expect(await db.phraseUsage.where('customerId').equals('email:person4@example.com').count()).toBe(1);
  // The new table is there, empty, and indexed by pack.
  expect(await db.phraseStats.count()).toBe(0);
  await db.phraseStats.add({ id: 'acme/ack-1', packId: 'acme', phraseId: 'ack-1', inserted: 1, measured: 0, editTotal: 0, unedited: 0, firstUsedAt: '2026-03-01T00:00:00.000Z', lastUsedAt: '2026-03-01T00:00:00.000Z' });
  expect(await db.phraseStats.where('packId').equals('acme').count()).toBe(1);
});
