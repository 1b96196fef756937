import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import {
  addNote,
  applyRetention,
  describePreview,
  describeStorageError,
  eraseCustomer,
  eraseHistory,
  exportHistory,
  importHistory,
  parseExport,
  previewImport,
  recordConversation,
  recordPhraseUse,
  recordPromise,
  type HistoryExport,
} from '@/lib/history';
import { fillDiskAfter } from './quota';

const T = (d: number) => new Date(Date.UTC(2026, 10, d, 9));
function snap(id: string, email: string, overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    helpdesk: 'rt',
    url: `https://rt.example.com/Ticket/Display.html?id=${id}`,
    conversationId: id,
    subject: `Ticket ${id}`,
    customer: { email, name: email.split('@')[0] },
    messages: [{ role: 'customer', text: 'hi', at: '2026-11-01T09:00:00.000Z' }],
    composer: { found: false },
    confidence: 1,
    ...overrides,
  };
}

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`transfer-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function seed(): Promise<void> {
  const a = await recordConversation(db, snap('1', 'ana@example.com'), T(1), { category: 'delivery', emotion: 'frustration', intensity: 0.6 });
  await recordConversation(db, snap('2', 'ana@example.com'), T(10), { category: 'delivery', emotion: 'anger', intensity: 0.8 });
  await recordConversation(db, snap('3', 'ben@example.com'), T(20));
  await addNote(db, a!.customerId, 'Works nights; call after 6pm.', T(1));
  await recordPromise(db, { customerId: a!.customerId, contactId: a!.contactId, text: 'Replacement ships Monday.', madeAt: T(1).toISOString(), dueAt: T(3).toISOString() });
  await recordPhraseUse(db, a!.customerId, 'en/ack-wait', T(1));
}

const everything = async () => {
  const data = await exportHistory(db, T(30));
  return { ...data, exportedAt: '' };
};

describe('export, erase, import', () => {
  it('round-trips everything: export, erase, import gives back every record', async () => {
    await seed();
    const before = await exportHistory(db, T(30));
    expect(before.version).toBe(2);
    expect([before.customers.length, before.contacts.length, before.notes.length, before.promises.length, before.phraseUsage.length]).toEqual([2, 3, 1, 1, 1]);
    const text = JSON.stringify(before);
    await eraseHistory(db);
    expect(await db.contacts.count()).toBe(0);

    const parsed = parseExport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const preview = await previewImport(db, parsed.data);
    expect(preview.contacts).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await db.contacts.count()).toBe(0); // a preview writes nothing
    expect(describePreview(preview)).toBe('Adds 2 customers, 3 conversations, 1 note, 1 promise and 1 phrase count. Nothing is removed.');
    await importHistory(db, parsed.data);
    expect({ ...(await exportHistory(db, T(30))) }).toEqual(before);

    // The same file again changes nothing.
    const again = await previewImport(db, parsed.data);
    expect(again.customers).toEqual({ added: 0, updated: 0, unchanged: 2 });
    expect(describePreview(again)).toMatch(/^Nothing new/);
  });

  it('merges an import with what is here, keeping the newer and the earlier of each time', async () => {
    await seed();
    const file = await exportHistory(db, T(30));
    // Meanwhile, here: Ana is seen again, and a new customer arrives.
    await recordConversation(db, snap('2', 'ana@example.com', { messages: [] }), T(25));
    await recordConversation(db, snap('4', 'cy@example.com'), T(26));
    const preview = await previewImport(db, file);
    expect(preview.customers).toMatchObject({ added: 0 });
    await importHistory(db, file);
    expect(await db.customers.count()).toBe(3);
    const contact = await db.contacts.get('rt@https://rt.example.com#2');
    expect(contact).toMatchObject({ lastSeenAt: T(25).toISOString(), firstSeenAt: T(10).toISOString(), category: 'delivery', messageCount: 1 });
  });

  it('maps an imported customer onto the one it was merged into here', async () => {
    const named = await recordConversation(db, snap('1', 'x', { customer: { name: 'Dana' } }), T(1));
    const file = await exportHistory(db, T(2));
    await recordConversation(db, snap('2', 'x', { customer: { name: 'Dana', email: 'dana@example.com' } }), T(3));
    expect(await db.customers.count()).toBe(1);
    await importHistory(db, file);
    expect(await db.customers.count()).toBe(1);
    expect((await db.contacts.get(named!.contactId))?.customerId).toBe('email:dana@example.com');
  });

  it('reads a version-1 export', async () => {
    const v1 = {
      format: 'tactful-history',
      version: 1,
      exportedAt: '2026-11-23T09:00:00.000Z',
      customers: [{ id: 'email:dana@example.com', email: 'dana@example.com', seenOn: ['rt@https://rt.example.com'], firstSeenAt: '2026-11-23T08:00:00.000Z', lastSeenAt: '2026-11-23T08:00:00.000Z' }],
      contacts: [
        {
          id: 'rt@https://rt.example.com#5',
          customerId: 'email:dana@example.com',
          helpdesk: 'rt',
          origin: 'https://rt.example.com',
          url: 'https://rt.example.com/Ticket/Display.html?id=5',
          messageCount: 0,
          firstSeenAt: '2026-11-23T08:00:00.000Z',
          lastSeenAt: '2026-11-23T08:00:00.000Z',
        },
      ],
    };
    const parsed = parseExport(JSON.stringify(v1));
    if (!parsed.ok) throw new Error(parsed.error);
    await importHistory(db, parsed.data);
    expect((await db.customers.get('email:dana@example.com'))?.keys).toEqual(['email:dana@example.com']);
    expect((await db.contacts.get('rt@https://rt.example.com#5'))?.seenAs).toBe('email:dana@example.com');
  });
});

describe('bad input', () => {
  const good = async (): Promise<HistoryExport> => {
    await seed();
    return exportHistory(db, T(30));
  };

  it('names what is wrong with a file and imports nothing', async () => {
    const file = await good();
    const text = JSON.stringify(file);
    expect(parseExport(text.slice(0, text.length / 2))).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseExport('{"hello": 1}')).toEqual({ ok: false, error: expect.stringMatching(/not a Tactful history export/) });
    expect(parseExport(JSON.stringify({ ...file, version: 3 }))).toEqual({ ok: false, error: expect.stringMatching(/version 3, made by a newer Tactful/) });
    const broken = structuredClone(file);
    (broken.contacts[1] as unknown as Record<string, unknown>).lastSeenAt = 'yesterday';
    expect(parseExport(JSON.stringify(broken))).toEqual({ ok: false, error: expect.stringMatching(/^This export is damaged: contacts\.1\.lastSeenAt: not a date and time/) });
    const wrongType = structuredClone(file);
    (wrongType.contacts[1] as unknown as Record<string, unknown>).lastSeenAt = 42;
    expect(parseExport(JSON.stringify(wrongType))).toEqual({
      ok: false,
      error: 'This export is damaged: contacts.1.lastSeenAt: must be a string (text in quotes), not number 42. Nothing was imported.',
    });
    const orphan = structuredClone(file);
    orphan.contacts[0]!.customerId = 'email:nobody@example.com';
    expect(parseExport(JSON.stringify(orphan))).toEqual({ ok: false, error: expect.stringMatching(/does not contain/) });
  });

  for (const how of ['write', 'abort'] as const) {
    it(`keeps everything stored when the disk fills during an import (${how === 'write' ? 'the write fails' : 'the transaction aborts'})`, async () => {
      const file = await good();
      const before = await everything();
      const extra = structuredClone(file);
      for (let i = 0; i < 50; i++) extra.contacts.push({ ...file.contacts[0]!, id: `rt@https://rt.example.com#x${i}`, lastSeenAt: T(29).toISOString() });
      extra.customers[0]!.name = 'Changed by import';
      const restore = fillDiskAfter(10, how);
      const failed = await importHistory(db, extra).then(
        () => undefined,
        (error: unknown) => error,
      );
      restore();
      expect(failed).toBeDefined();
      expect(describeStorageError(failed, "The import wasn't saved")).toMatch(/^The import wasn't saved: the browser's storage for Tactful is full\..*nothing already saved was lost/);
      expect(await everything()).toEqual(before);
    });

    it(`keeps everything stored when the disk fills while recording (${how})`, async () => {
      await good();
      const before = await everything();
      const restore = fillDiskAfter(1, how);
      const failed = await recordConversation(db, snap('9', 'ana@example.com'), T(29)).catch((e: unknown) => e);
      restore();
      expect(describeStorageError(failed)).toMatch(/storage for Tactful is full/);
      expect(await everything()).toEqual(before);
    });
  }
});

describe('erasing', () => {
  it('erases one customer and everything about them, and nobody else', async () => {
    await seed();
    expect(await eraseCustomer(db, 'email:ana@example.com')).toBe(2);
    expect(await db.customers.toCollection().primaryKeys()).toEqual(['email:ben@example.com']);
    expect(await db.contacts.count()).toBe(1);
    expect([await db.notes.count(), await db.promises.count(), await db.phraseUsage.count()]).toEqual([0, 0, 0]);
  });

  it('applies a retention period: old conversations go, customers left with none go too', async () => {
    await seed();
    // Day 35, keep 20 days: ticket 1 (day 1) and 2 (day 10) are older; 3 (day 20) stays.
    expect(await applyRetention(db, T(35), 20)).toEqual({ contacts: 2, customers: 1 });
    expect(await db.customers.toCollection().primaryKeys()).toEqual(['email:ben@example.com']);
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['rt@https://rt.example.com#3']);
    expect([await db.notes.count(), await db.promises.count(), await db.phraseUsage.count()]).toEqual([0, 0, 0]);
    expect(await applyRetention(db, T(35), 0)).toEqual({ contacts: 0, customers: 0 });
    expect(await db.contacts.count()).toBe(1);
  });

  it('keeps a customer with a recent conversation, dropping only the old one', async () => {
    await seed();
    expect(await applyRetention(db, T(25), 20)).toEqual({ contacts: 1, customers: 0 });
    expect(await db.contacts.toCollection().primaryKeys()).toEqual(['rt@https://rt.example.com#2', 'rt@https://rt.example.com#3']);
    expect(await db.notes.count()).toBe(1);
    // The promise was made in the conversation that went.
    expect(await db.promises.count()).toBe(0);
  });
});
