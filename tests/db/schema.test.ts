import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, SCHEMA_VERSION, type TactfulDatabase } from '@/lib/db';
import { STORES_V1, STORES_V2, STORES_V3, STORES_V4, upgradeToV2, upgradeToV3, type ContactRecord, type ContactRecordV1, type CustomerRecordV1, type PromiseRecordV2 } from '@/lib/db/schema';

let n = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A database exactly as version 1 of Tactful left it. */
async function version1WithRows(name: string, customers: CustomerRecordV1[], contacts: ContactRecordV1[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(STORES_V1);
  await v1.open();
  await v1.table('customers').bulkAdd(customers);
  await v1.table('contacts').bulkAdd(contacts);
  v1.close();
}

function v1Rows(count: number): { customers: CustomerRecordV1[]; contacts: ContactRecordV1[] } {
  const customers: CustomerRecordV1[] = [];
  const contacts: ContactRecordV1[] = [];
  for (let i = 0; i < count; i++) {
    const byEmail = i % 3 !== 0;
    const id = byEmail ? `email:person${i}@example.com` : `name:rt@https://rt.example.com:person ${i}`;
    customers.push({
      id,
      ...(byEmail ? { email: `person${i}@example.com` } : {}),
      name: `Person ${i}`,
      seenOn: ['rt@https://rt.example.com'],
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T00:00:00.000Z`,
    });
    for (let j = 0; j < 2; j++) {
      contacts.push({
        id: `rt@https://rt.example.com#${i}-${j}`,
        customerId: id,
        helpdesk: 'rt',
        origin: 'https://rt.example.com',
        url: `https://rt.example.com/Ticket/Display.html?id=${i}-${j}`,
        conversationId: `${i}-${j}`,
        subject: `Subject ${i}`,
        channel: 'email',
        messageCount: j + 1,
        ...(j ? { lastMessageAt: '2026-02-01T10:00:00.000Z' } : {}),
        firstSeenAt: '2026-01-01T00:00:00.000Z',
        lastSeenAt: `2026-02-${String((i % 28) + 1).padStart(2, '0')}T0${j}:00:00.000Z`,
      });
    }
  }
  return { customers, contacts };
}

describe('the schema', () => {
  it('is at version 4 and indexes no message text', () => {
    expect(SCHEMA_VERSION).toBe(4);
    const indexed = [...Object.values(STORES_V2), ...Object.values(STORES_V3), ...Object.values(STORES_V4)].join(',');
    expect(indexed).not.toMatch(/text|body|message/i);
  });

  it('upgrades a version-1 database with data: every row survives, unchanged, and gains its keys', async () => {
    const name = `schema-upgrade-${++n}`;
    const { customers, contacts } = v1Rows(30);
    await version1WithRows(name, customers, contacts);

    const db: TactfulDatabase = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    const after = await db.customers.orderBy('id').toArray();
    expect(after).toHaveLength(customers.length);
    for (const before of customers) {
      const row = after.find((c) => c.id === before.id)!;
      expect(row).toMatchObject(before);
      expect(row.keys).toContain(before.id);
      if (before.email) expect(row.keys).toContain(`email:${before.email}`);
    }
    const contactsAfter = await db.contacts.toArray();
    expect(contactsAfter).toHaveLength(contacts.length);
    for (const before of contacts) {
      expect(contactsAfter.find((c) => c.id === before.id)).toEqual({ ...before, seenAs: before.customerId });
    }
    // The new index answers at once for upgraded rows.
    expect((await db.customers.where('keys').equals('email:person1@example.com').first())?.id).toBe('email:person1@example.com');
    // The v1 compound index still serves a customer's contacts, newest first.
    const person1 = await db.contacts.where('[customerId+lastSeenAt]').between(['email:person1@example.com', ''], ['email:person1@example.com', '\uffff']).reverse().toArray();
    expect(person1.map((c) => c.id)).toEqual(['rt@https://rt.example.com#1-1', 'rt@https://rt.example.com#1-0']);
    expect(await db.notes.count()).toBe(0);
    expect(await db.promises.count()).toBe(0);
    expect(await db.phraseUsage.count()).toBe(0);
    expect(await db.phraseStats.count()).toBe(0);
  });

  it('opens an empty new database at the newest version', async () => {
    const db = openDatabase(`schema-new-${++n}`);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['contacts', 'customers', 'notes', 'phraseStats', 'phraseUsage', 'promises']);
  });

  it('tells the page when another tab holding version 1 open blocks the upgrade', async () => {
    const name = `schema-blocked-${++n}`;
    await version1WithRows(name, v1Rows(2).customers, v1Rows(2).contacts);
    // An old page that keeps its connection and ignores the request to close it.
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10); // Dexie stores version n as n × 10
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    let blocked = false;
    const db = openDatabase(name, { onBlocked: () => (blocked = true) });
    opened.push(db);
    const opening = db.open();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blocked).toBe(true);
    raw.close();
    await opening;
    expect(await db.customers.count()).toBe(2);
    expect(await db.contacts.count()).toBe(4);
  });

  it('upgrades a version-2 database with promises: every row survives and learns its conversation', async () => {
    const name = `schema-v2-${++n}`;
    const { customers, contacts } = v1Rows(3);
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    await v2.open();
    await v2.table('customers').bulkAdd(customers.map((c) => ({ ...c, keys: [c.id] })));
    await v2.table('contacts').bulkAdd(contacts.map((c): ContactRecord => ({ ...c, seenAs: c.customerId })));
    const promises: PromiseRecordV2[] = [
      {
        id: 'p1',
        customerId: contacts[0]!.customerId,
        contactId: contacts[0]!.id,
        text: 'I will call you by Friday.',
        dueAt: '2026-02-06T17:00:00.000Z',
        madeAt: '2026-02-02T10:00:00.000Z',
        state: 'open',
      },
      { id: 'p2', customerId: contacts[2]!.customerId, contactId: contacts[2]!.id, text: 'Refund within 5 days.', madeAt: '2026-02-02T10:00:00.000Z', state: 'kept' },
      { id: 'p3', customerId: contacts[2]!.customerId, contactId: 'erased-contact', text: 'By Monday.', madeAt: '2026-02-02T10:00:00.000Z', state: 'missed' },
    ];
    await v2.table('promises').bulkAdd(promises);
    await v2.table('notes').add({ id: 'n1', customerId: customers[0]!.id, text: 'Prefers e-mail.', createdAt: '2026-02-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z' });
    v2.close();

    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.customers.count()).toBe(customers.length);
    expect(await db.contacts.count()).toBe(contacts.length);
    expect(await db.notes.count()).toBe(1);
    const after = await db.promises.orderBy('id').toArray();
    expect(after).toEqual([
      { ...promises[0], url: contacts[0]!.url, helpdesk: 'rt@https://rt.example.com' },
      { ...promises[1], url: contacts[2]!.url, helpdesk: 'rt@https://rt.example.com' },
      promises[2],
    ]);
    // The new index finds open promises by due time.
    expect((await db.promises.where('[state+dueAt]').between(['open', ''], ['open', '\uffff']).toArray()).map((p) => p.id)).toEqual(['p1']);
  });

  it('upgrades a version-3 database with data: every row of every table survives unchanged, and phrase use starts empty', async () => {
    const name = `schema-v3-${++n}`;
    const { customers, contacts } = v1Rows(4);
    const v3 = new Dexie(name);
    v3.version(1).stores(STORES_V1);
    v3.version(2).stores(STORES_V2).upgrade(upgradeToV2);
    v3.version(3).stores(STORES_V3).upgrade(upgradeToV3);
    await v3.open();
    const before = {
      customers: customers.map((c) => ({ ...c, keys: [c.id] })),
      contacts: contacts.map((c): ContactRecord => ({ ...c, seenAs: c.customerId })),
      notes: [{ id: 'n1', customerId: customers[1]!.id, text: 'Asked to be called after 4pm.', createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-02T00:00:00.000Z' }],
      promises: [{
        id: 'p1', customerId: contacts[1]!.customerId, contactId: contacts[1]!.id, text: 'I will reply by Monday.', dueAt: '2026-03-09T17:00:00.000Z',
        madeAt: '2026-03-05T10:00:00.000Z', state: 'open', url: contacts[1]!.url, helpdesk: 'rt@https://rt.example.com', source: 'sent',
      }],
      phraseUsage: [{ id: `${customers[0]!.id}|built-in/hear-1`, customerId: customers[0]!.id, phrase: 'built-in/hear-1', count: 3, lastUsedAt: '2026-03-05T10:00:00.000Z' }],
    };
    for (const [table, rows] of Object.entries(before)) await v3.table(table).bulkAdd(rows);
    v3.close();

    const db = openDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, rows] of Object.entries(before)) expect(await db.table(table).orderBy(':id').toArray(), table).toEqual([...rows].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.phraseStats.count()).toBe(0);
    await db.phraseStats.put({ id: 'built-in/hear-1', packId: 'built-in', phraseId: 'hear-1', inserted: 1, measured: 0, editTotal: 0, unedited: 0, firstUsedAt: 'x', lastUsedAt: 'x' });
    expect((await db.phraseStats.where('packId').equals('built-in').toArray()).map((s) => s.id)).toEqual(['built-in/hear-1']);
  });
});
