import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import {
  addNote,
  customerIdentity,
  exportHistory,
  importHistory,
  mergeCustomers,
  phraseUsageFor,
  recordConversation,
  recordPhraseUse,
  recordPromise,
  searchCustomers,
  splitCustomer,
  undoMerge,
  type HistoryExport,
} from '@/lib/history';
import { fillDiskAfter } from './quota';

const T = (d: number) => new Date(Date.UTC(2026, 10, d, 9));
const ZD = 'https://acme.zendesk.com';
function ticket(id: string, customer: ConversationSnapshot['customer'], helpdesk = 'zendesk', origin = ZD): ConversationSnapshot {
  return {
    helpdesk,
    url: `${origin}/agent/tickets/${id}`,
    conversationId: id,
    subject: `Ticket ${id}`,
    customer,
    messages: [{ role: 'customer', text: 'Hello', at: '2026-11-01T09:00:00.000Z' }],
    composer: { found: false },
    confidence: 1,
  };
}

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`manual-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const everything = async () => ({ ...(await exportHistory(db, T(30))), exportedAt: '' });
const owners = async () => Object.fromEntries((await db.contacts.toArray()).map((c) => [c.conversationId, c.customerId]));

/** Two records of one person the pages could not join: a name on Zendesk, an address on RT. */
async function twoRecordsOfOnePerson() {
  const byName = await recordConversation(db, ticket('1', { name: 'Dana Whitfield' }), T(1));
  await recordConversation(db, ticket('2', { name: 'Dana Whitfield' }), T(2));
  const byEmail = await recordConversation(db, ticket('8', { email: 'dana@example.com', name: 'D. Whitfield' }, 'rt', 'https://rt.example.com'), T(3));
  await addNote(db, byName!.customerId, 'Prefers phone.', T(2));
  await recordPromise(db, { customerId: byName!.customerId, contactId: byName!.contactId, text: 'Refund by Friday.', madeAt: T(2).toISOString() });
  await recordPhraseUse(db, byName!.customerId, 'en/ack-wait', T(2));
  await recordPhraseUse(db, byEmail!.customerId, 'en/ack-wait', T(3));
  await recordPhraseUse(db, byEmail!.customerId, 'en/thanks', T(3));
  return { name: byName!.customerId, email: byEmail!.customerId };
}

describe('merging by hand', () => {
  it('moves conversations, notes, promises, phrase counts and identifiers onto one customer, once', async () => {
    const { name, email } = await twoRecordsOfOnePerson();
    const { customer, undo } = await mergeCustomers(db, email, name);
    expect(undo).toBeDefined();
    expect(await db.customers.count()).toBe(1);
    expect(customer.id).toBe(email);
    expect(customer.keys).toEqual(expect.arrayContaining([email, name, 'email:dana@example.com']));
    expect(customer.seenOn).toEqual(['rt@https://rt.example.com', `zendesk@${ZD}`]);
    expect(customer.firstSeenAt).toBe(T(1).toISOString());
    expect(await owners()).toEqual({ '1': email, '2': email, '8': email });
    expect((await db.notes.toArray()).map((x) => x.customerId)).toEqual([email]);
    expect((await db.promises.toArray()).map((x) => x.customerId)).toEqual([email]);
    expect((await phraseUsageFor(db, email)).map((u) => [u.phrase, u.count]).sort()).toEqual([
      ['en/ack-wait', 2],
      ['en/thanks', 1],
    ]);

    // Asked again (a double click, a second tab): nothing changes.
    const before = await everything();
    const again = await mergeCustomers(db, email, name);
    expect(again.undo).toBeUndefined();
    expect(again.customer.id).toBe(email);
    expect(await everything()).toEqual(before);

    // The name-only conversations, read again, stay with the merged customer.
    expect((await recordConversation(db, ticket('1', { name: 'Dana Whitfield' }), T(4)))?.customerId).toBe(email);
    expect(await db.customers.count()).toBe(1);
  });

  it('is one transaction: a full disk part way leaves both customers as they were', async () => {
    const { name, email } = await twoRecordsOfOnePerson();
    const before = await everything();
    for (const how of ['write', 'abort'] as const) {
      const restore = fillDiskAfter(2, how);
      const failed = await mergeCustomers(db, email, name).catch((e: unknown) => e);
      restore();
      expect(failed).toBeInstanceOf(Error);
      expect(await everything()).toEqual(before);
    }
  });

  it('undoes a merge exactly, once, keeping what was recorded since with the kept customer', async () => {
    const { name, email } = await twoRecordsOfOnePerson();
    const before = await everything();
    const { undo } = await mergeCustomers(db, email, name);
    await undoMerge(db, undo!);
    expect(await everything()).toEqual(before);
    await undoMerge(db, undo!);
    expect(await everything()).toEqual(before);

    const merged = await mergeCustomers(db, email, name);
    await recordConversation(db, ticket('9', { email: 'dana@example.com' }, 'rt', 'https://rt.example.com'), T(5));
    await undoMerge(db, merged.undo!);
    expect(await owners()).toEqual({ '1': name, '2': name, '8': email, '9': email });
    expect((await db.notes.toArray()).map((x) => x.customerId)).toEqual([name]);
    expect((await phraseUsageFor(db, email)).map((u) => [u.phrase, u.count]).sort()).toEqual([
      ['en/ack-wait', 1],
      ['en/thanks', 1],
    ]);
    expect((await db.customers.get(email))?.keys).not.toContain(name);
  });

  it('refuses two different addresses, and customers split apart unless told twice', async () => {
    const x = await recordConversation(db, ticket('5', { email: 'x@example.com' }), T(1));
    const y = await recordConversation(db, ticket('6', { email: 'y@example.com' }), T(1));
    await expect(mergeCustomers(db, x!.customerId, y!.customerId)).rejects.toThrow(/different e-mail addresses \(x@example.com, y@example.com\)/);
    await expect(mergeCustomers(db, x!.customerId, x!.customerId)).rejects.toThrow(/same customer/);
    await expect(mergeCustomers(db, x!.customerId, 'email:nobody@example.com')).rejects.toThrow(/no longer in history/);
    expect(await db.customers.count()).toBe(2);
  });
});

describe('splitting by hand', () => {
  it('moves chosen identifiers and conversations to a new customer; a page showing both does not join them again', async () => {
    // A shared helpdesk login: the helpdesk's id 77 was recorded with Dana's address, but it is Sam's.
    await recordConversation(db, ticket('1', { email: 'dana@example.com', id: '77', name: 'Dana' }), T(1));
    await recordConversation(db, ticket('2', { email: 'dana@example.com' }), T(2));
    const idKey = `id:zendesk@${ZD}:77`;
    const split = await splitCustomer(db, 'email:dana@example.com', [`zendesk@${ZD}#1`], T(3), { keys: [idKey] });
    expect(split.id).toBe(idKey);
    expect(split.apart).toEqual(['email:dana@example.com']);
    const dana = await db.customers.get('email:dana@example.com');
    expect(dana?.keys).not.toContain(idKey);
    expect(dana?.apart).toEqual([idKey]);
    expect(await owners()).toEqual({ '1': idKey, '2': 'email:dana@example.com' });

    // The helpdesk still shows id 77 with Dana's address: recorded, but the split holds.
    await recordConversation(db, ticket('1', { email: 'dana@example.com', id: '77', name: 'Dana' }), T(4));
    const third = await recordConversation(db, ticket('3', { email: 'dana@example.com', id: '77', name: 'Dana' }), T(4));
    expect(third?.customerId).toBe('email:dana@example.com');
    expect(third?.merged).toBeUndefined();
    expect(await db.customers.count()).toBe(2);
    expect((await db.customers.get('email:dana@example.com'))?.keys).not.toContain(idKey);
    expect(await owners()).toEqual({ '1': idKey, '2': 'email:dana@example.com', '3': 'email:dana@example.com' });
    // The id alone leads to the customer it was split to.
    expect((await recordConversation(db, ticket('4', { id: '77' }), T(5)))?.customerId).toBe(idKey);
  });

  it('undoes an automatic name-to-address merge: the name goes with its conversations and stays apart', async () => {
    await recordConversation(db, ticket('1', { name: 'Sam Lee' }), T(1));
    const joined = await recordConversation(db, ticket('2', { name: 'Sam Lee', email: 'sam@example.com' }), T(2));
    expect(joined?.merged).toEqual([`name:zendesk@${ZD}:sam lee`]);
    const split = await splitCustomer(db, 'email:sam@example.com', [`zendesk@${ZD}#1`], T(3));
    expect(split.id).toBe(`name:zendesk@${ZD}:sam lee`);
    expect(await db.customers.count()).toBe(2);

    // Both pages again, and a new one showing name and address: nothing is merged back.
    for (const [id, customer, day] of [
      ['1', { name: 'Sam Lee' }, 4],
      ['2', { name: 'Sam Lee', email: 'sam@example.com' }, 4],
      ['3', { name: 'Sam Lee', email: 'sam@example.com' }, 5],
    ] as const) {
      const r = await recordConversation(db, ticket(id, customer), T(day));
      expect(r?.merged).toBeUndefined();
    }
    expect(await db.customers.count()).toBe(2);
    expect(await owners()).toEqual({ '1': split.id, '2': 'email:sam@example.com', '3': 'email:sam@example.com' });
    expect((await db.customers.get('email:sam@example.com'))?.keys).not.toContain(split.id);
  });

  it('refuses a split with nothing chosen or everything chosen', async () => {
    const a = await recordConversation(db, ticket('1', { email: 'a@example.com' }), T(1));
    await expect(splitCustomer(db, a!.customerId, [], T(2))).rejects.toThrow(/at least one/);
    await expect(splitCustomer(db, a!.customerId, [a!.contactId], T(2))).rejects.toThrow(/Keep at least one conversation/);
    await expect(splitCustomer(db, 'email:nobody@example.com', [a!.contactId], T(2))).rejects.toThrow(/no longer in history/);
  });
});

describe('finding customers to merge with', () => {
  it('finds customers by part of a name or address, newest first, without the one asked about', async () => {
    await recordConversation(db, ticket('1', { name: 'Dana Whitfield' }), T(1));
    await recordConversation(db, ticket('2', { email: 'dana.w@example.com' }), T(2));
    await recordConversation(db, ticket('3', { email: 'sam@example.com', name: 'Sam Lee' }), T(3));
    expect((await searchCustomers(db, '  DANA ')).map((c) => c.id)).toEqual(['email:dana.w@example.com', `name:zendesk@${ZD}:dana whitfield`]);
    expect((await searchCustomers(db, 'dana', { exclude: 'email:dana.w@example.com' })).map((c) => c.id)).toEqual([`name:zendesk@${ZD}:dana whitfield`]);
    expect((await searchCustomers(db, 'example.com', { limit: 2 })).map((c) => c.id)).toEqual(['email:sam@example.com', 'email:dana.w@example.com']);
    expect(await searchCustomers(db, 'd')).toEqual([]);
    const identity = await customerIdentity(db, `name:zendesk@${ZD}:dana whitfield`);
    expect(identity?.contacts.map((c) => c.conversationId)).toEqual(['1']);
  });
});

describe('importing a large file', () => {
  it('merges hundreds of records with what is stored, reading only the ones already here', async () => {
    const file: HistoryExport = { format: 'tactful-history', version: 2, exportedAt: T(9).toISOString(), customers: [], contacts: [], notes: [], promises: [], phraseUsage: [] };
    for (let i = 0; i < 700; i++) {
      const id = `email:c${i}@example.com`;
      file.customers.push({ id, email: `c${i}@example.com`, seenOn: ['rt@https://rt.example.com'], firstSeenAt: T(1).toISOString(), lastSeenAt: T(1).toISOString(), keys: [id] });
      file.contacts.push({
        id: `rt@https://rt.example.com#${i}`,
        customerId: id,
        helpdesk: 'rt',
        origin: 'https://rt.example.com',
        url: `https://rt.example.com/${i}`,
        messageCount: 1,
        firstSeenAt: T(1).toISOString(),
        lastSeenAt: T(1).toISOString(),
      });
    }
    // Two of them are here already, one seen later (its record is kept, its times merged).
    await db.customers.bulkPut([{ ...file.customers[3]!, name: 'Here' }]);
    await db.contacts.bulkPut([{ ...file.contacts[3]!, messageCount: 4, lastSeenAt: T(5).toISOString() }]);
    const preview = await importHistory(db, file);
    expect(preview.contacts).toEqual({ added: 699, updated: 0, unchanged: 1 });
    expect(preview.customers).toEqual({ added: 699, updated: 0, unchanged: 1 });
    expect(await db.contacts.count()).toBe(700);
    expect(await db.contacts.get('rt@https://rt.example.com#3')).toMatchObject({ messageCount: 4, lastSeenAt: T(5).toISOString() });
    expect((await db.customers.get('email:c3@example.com'))?.name).toBe('Here');
    expect(await db.contacts.get('rt@https://rt.example.com#699')).toMatchObject({ customerId: 'email:c699@example.com' });
  });
});
