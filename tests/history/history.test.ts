import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { describeStorageError, earlierContacts, recordConversation } from '@/lib/history';

function snapshot(overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    helpdesk: 'rt',
    url: 'https://help.example.com/Ticket/Display.html?id=7',
    conversationId: '7',
    subject: 'Parcel still not here',
    customer: { name: 'Dana Whitfield', email: 'Dana.Whitfield@example.com' },
    messages: [
      { role: 'customer', author: 'Dana Whitfield', at: '2026-11-20T09:00:00.000Z', text: 'Where is my parcel?' },
      { role: 'agent', author: 'Sam Rivera', at: '2026-11-20T10:00:00.000Z', text: 'Looking into it now.' },
    ],
    composer: { found: false },
    channel: 'email',
    confidence: 0.95,
    ...overrides,
  };
}

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`history-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('recordConversation', () => {
  it('records the customer and one contact for a conversation', async () => {
    const recorded = await recordConversation(db, snapshot(), new Date('2026-11-23T08:00:00Z'));
    expect(recorded).toEqual({ customerId: 'email:dana.whitfield@example.com', contactId: 'rt@https://help.example.com#7' });
    expect(await db.customers.toArray()).toEqual([
      {
        id: 'email:dana.whitfield@example.com',
        name: 'Dana Whitfield',
        email: 'dana.whitfield@example.com',
        seenOn: ['rt@https://help.example.com'],
        firstSeenAt: '2026-11-23T08:00:00.000Z',
        lastSeenAt: '2026-11-23T08:00:00.000Z',
        keys: ['email:dana.whitfield@example.com', 'name:rt@https://help.example.com:dana whitfield'],
      },
    ]);
    expect(await db.contacts.toArray()).toEqual([
      {
        id: 'rt@https://help.example.com#7',
        customerId: 'email:dana.whitfield@example.com',
        helpdesk: 'rt',
        origin: 'https://help.example.com',
        url: 'https://help.example.com/Ticket/Display.html?id=7',
        conversationId: '7',
        subject: 'Parcel still not here',
        channel: 'email',
        messageCount: 2,
        lastMessageAt: '2026-11-20T10:00:00.000Z',
        firstSeenAt: '2026-11-23T08:00:00.000Z',
        lastSeenAt: '2026-11-23T08:00:00.000Z',
        seenAs: 'email:dana.whitfield@example.com',
        firstResponseMs: 3_600_000,
      },
    ]);
  });

  it('is idempotent: reading the same conversation again updates it and never duplicates it', async () => {
    await recordConversation(db, snapshot(), new Date('2026-11-23T08:00:00Z'));
    const later = snapshot({
      url: 'https://help.example.com/Ticket/Display.html?id=7&results=abc',
      messages: [...snapshot().messages, { role: 'customer', text: 'Any news?', at: '2026-11-23T09:00:00.000Z' }],
    });
    await recordConversation(db, later, new Date('2026-11-23T09:30:00Z'));
    await recordConversation(db, later, new Date('2026-11-23T09:31:00Z'));

    expect(await db.customers.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
    const contact = await db.contacts.get('rt@https://help.example.com#7');
    expect(contact).toMatchObject({ messageCount: 3, firstSeenAt: '2026-11-23T08:00:00.000Z', lastSeenAt: '2026-11-23T09:31:00.000Z', lastMessageAt: '2026-11-23T09:00:00.000Z' });
  });

  it('merges a customer across helpdesks by e-mail and counts their earlier contacts', async () => {
    const first = await recordConversation(db, snapshot(), new Date('2026-11-01T08:00:00Z'));
    const other = await recordConversation(
      db,
      snapshot({ helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/55', conversationId: '55', customer: { email: 'dana.whitfield@example.com' } }),
      new Date('2026-11-10T08:00:00Z'),
    );
    const now = await recordConversation(db, snapshot({ conversationId: '9', url: 'https://help.example.com/Ticket/Display.html?id=9' }), new Date('2026-11-23T08:00:00Z'));

    expect(first?.customerId).toBe(now?.customerId);
    expect(other?.customerId).toBe(now?.customerId);
    const customer = await db.customers.get(now!.customerId);
    expect(customer?.seenOn).toEqual(['rt@https://help.example.com', 'zendesk@https://acme.zendesk.com']);
    // The name seen on one helpdesk is kept when another shows only the address.
    expect(customer?.name).toBe('Dana Whitfield');
    const earlier = await earlierContacts(db, now!.customerId, now!.contactId);
    expect(earlier.map((c) => c.id)).toEqual(['zendesk@https://acme.zendesk.com#55', 'rt@https://help.example.com#7']);
  });

  it('does not record a conversation whose customer cannot be identified', async () => {
    expect(await recordConversation(db, snapshot({ customer: {} }), new Date())).toBeUndefined();
    expect(await db.contacts.count()).toBe(0);
  });

  it('keeps customers apart when only names are known, per helpdesk', async () => {
    const a = await recordConversation(db, snapshot({ customer: { name: 'Alex Kim' } }), new Date());
    const b = await recordConversation(db, snapshot({ helpdesk: 'zammad', url: 'https://z.example.com/#ticket/zoom/3', conversationId: '3', customer: { name: 'Alex Kim' } }), new Date());
    expect(a?.customerId).not.toBe(b?.customerId);
  });
});

describe('describeStorageError', () => {
  it('explains a full disk plainly', () => {
    const error = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(describeStorageError(error)).toMatch(/storage for Tactful is full/);
    expect(describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/full/);
    expect(describeStorageError(new Error('boom'))).toBe("History wasn't saved: boom");
  });
});
