import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { addNote, contactKey, earlierContacts, mergeCustomers, recordConversation, recordPromise, splitCustomer } from '@/lib/history';

function snap(overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    helpdesk: 'zendesk',
    url: 'https://acme.zendesk.com/agent/tickets/1',
    conversationId: '1',
    customer: { name: 'Dana Whitfield' },
    messages: [{ role: 'customer', text: 'Hello', at: '2026-11-20T09:00:00.000Z' }],
    composer: { found: false },
    confidence: 1,
    ...overrides,
  };
}
const T = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`identity-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('who is who', () => {
  it('merges a customer first known by name once the same helpdesk shows their address', async () => {
    const first = await recordConversation(db, snap(), T(1));
    expect(first?.customerId).toBe('name:zendesk@https://acme.zendesk.com:dana whitfield');
    const second = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/2', conversationId: '2', customer: { name: 'Dana Whitfield', email: 'dana@example.com' } }), T(2));
    expect(second).toEqual({ customerId: 'email:dana@example.com', contactId: 'zendesk@https://acme.zendesk.com#2', merged: [first!.customerId] });
    expect(await db.customers.count()).toBe(1);
    const contacts = await db.contacts.toArray();
    expect(contacts.map((c) => c.customerId)).toEqual(['email:dana@example.com', 'email:dana@example.com']);
    // The old id still finds the customer (a panel that recorded it a moment ago).
    expect((await earlierContacts(db, first!.customerId, second!.contactId)).map((c) => c.id)).toEqual(['zendesk@https://acme.zendesk.com#1']);
    // And the name alone on that helpdesk now leads to the same person.
    const third = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/3', conversationId: '3' }), T(3));
    expect(third?.customerId).toBe('email:dana@example.com');
    expect(await db.customers.count()).toBe(1);
  });

  it('links records by the helpdesk’s own customer id', async () => {
    await recordConversation(db, snap({ customer: { id: '901', email: 'dana@example.com' } }), T(1));
    const byId = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/2', conversationId: '2', customer: { id: '901' } }), T(2));
    expect(byId?.customerId).toBe('email:dana@example.com');
    // The same id on another helpdesk is someone else.
    const elsewhere = await recordConversation(db, snap({ helpdesk: 'freshdesk', url: 'https://acme.freshdesk.com/a/tickets/2', conversationId: '2', customer: { id: '901' } }), T(2));
    expect(elsewhere?.customerId).toBe('id:freshdesk@https://acme.freshdesk.com:901');
  });

  it('joins one address seen on two helpdesks', async () => {
    const a = await recordConversation(db, snap({ customer: { email: 'Dana@Example.com' } }), T(1));
    const b = await recordConversation(
      db,
      snap({ helpdesk: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg', conversationId: 'FMfcg', customer: { email: 'dana@example.com', name: 'Dana W' } }),
      T(2),
    );
    expect(a?.customerId).toBe(b?.customerId);
    expect((await db.customers.get(a!.customerId))?.seenOn).toEqual(['zendesk@https://acme.zendesk.com', 'gmail@https://mail.google.com']);
  });

  it('never joins two addresses, or two ids on one helpdesk, because of a shared name', async () => {
    await recordConversation(db, snap({ customer: { name: 'Alex Kim', email: 'alex@one.example' } }), T(1));
    await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/2', conversationId: '2', customer: { name: 'Alex Kim', email: 'alex@two.example' } }), T(2));
    expect(await db.customers.count()).toBe(2);
    // The name alone now fits two people: it is recorded on its own rather than guessed.
    const nameOnly = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/3', conversationId: '3', customer: { name: 'Alex Kim' } }), T(3));
    expect(nameOnly?.customerId).toBe('name:zendesk@https://acme.zendesk.com:alex kim');
    expect(await db.customers.count()).toBe(3);

    await recordConversation(db, snap({ helpdesk: 'rt', url: 'https://rt.example.com/Ticket/Display.html?id=4', conversationId: '4', customer: { name: 'Sam Lee', id: '1' } }), T(1));
    const other = await recordConversation(db, snap({ helpdesk: 'rt', url: 'https://rt.example.com/Ticket/Display.html?id=5', conversationId: '5', customer: { name: 'Sam Lee', id: '2' } }), T(2));
    expect(other?.customerId).toBe('id:rt@https://rt.example.com:2');
  });

  it('is idempotent when several tabs record the same conversation at once', async () => {
    const tabs = [db, openDatabase(db.name), openDatabase(db.name)];
    const variants = [snap(), snap({ customer: { name: 'Dana Whitfield', email: 'dana@example.com' } }), snap({ customer: { email: 'dana@example.com' } })];
    await Promise.all(tabs.flatMap((tab, i) => variants.map((v, j) => recordConversation(tab, v, T(1 + ((i + j) % 3))))));
    expect(await db.customers.count()).toBe(1);
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.toArray())[0]?.customerId).toBe('email:dana@example.com');
    tabs.slice(1).forEach((t) => t.close());
  });
});

describe('conversations on hash routes', () => {
  it('keeps one contact per case when the tool routes by the URL’s hash', () => {
    const at = (url: string) => contactKey(snap({ conversationId: undefined, url }));
    expect(at('https://desk.example.com/#/case/123')).not.toBe(at('https://desk.example.com/#/case/124'));
    expect(at('https://desk.example.com/#/case/123')).toBe(at('https://desk.example.com/#/case/123?tab=notes'));
    expect(at('https://desk.example.com/#!/case/123/')).toBe(at('https://desk.example.com/#/case/123'));
    // An anchor in the page is not a conversation of its own.
    expect(at('https://desk.example.com/tickets/9#comment-5')).toBe(at('https://desk.example.com/tickets/9'));
    // A conversation id, when the page gives one, decides alone.
    expect(contactKey(snap({ url: 'https://acme.zendesk.com/agent/tickets/1#/x/y' }))).toBe('zendesk@https://acme.zendesk.com#1');
  });

  it('records two customers’ cases on one hash-routed page as two contacts', async () => {
    const page = (hash: string, email: string) => snap({ helpdesk: 'generic', conversationId: undefined, url: `https://desk.example.com/${hash}`, customer: { email } });
    await recordConversation(db, page('#/case/123', 'a@example.com'), T(1));
    await recordConversation(db, page('#/case/124', 'b@example.com'), T(1));
    const contacts = await db.contacts.orderBy('id').toArray();
    expect(contacts.map((c) => [c.id, c.customerId])).toEqual([
      ['generic@https://desk.example.com/#/case/123', 'email:a@example.com'],
      ['generic@https://desk.example.com/#/case/124', 'email:b@example.com'],
    ]);
  });
});

describe('merging and splitting by hand', () => {
  it('merges two records with everything attached, and refuses two different addresses', async () => {
    const a = await recordConversation(db, snap({ customer: { name: 'Dana W' } }), T(1));
    const b = await recordConversation(db, snap({ helpdesk: 'rt', url: 'https://rt.example.com/Ticket/Display.html?id=8', conversationId: '8', customer: { name: 'Dana Whitfield' } }), T(2));
    await addNote(db, b!.customerId, 'Prefers e-mail to phone.', T(2));
    await recordPromise(db, { customerId: b!.customerId, contactId: b!.contactId, text: 'I will call you back by Friday.', madeAt: T(2).toISOString() });
    const { customer: joined } = await mergeCustomers(db, a!.customerId, b!.customerId);
    expect(await db.customers.count()).toBe(1);
    expect(joined.seenOn).toEqual(['zendesk@https://acme.zendesk.com', 'rt@https://rt.example.com']);
    expect((await db.contacts.toArray()).every((c) => c.customerId === a!.customerId)).toBe(true);
    expect((await db.notes.toArray())[0]?.customerId).toBe(a!.customerId);
    expect((await db.promises.toArray())[0]?.customerId).toBe(a!.customerId);
    // Recording the merged-away record's conversation again lands on the merged customer.
    const eight = snap({ helpdesk: 'rt', url: 'https://rt.example.com/Ticket/Display.html?id=8', conversationId: '8', customer: { name: 'Dana Whitfield' } });
    expect((await recordConversation(db, eight, T(3)))?.customerId).toBe(a!.customerId);

    const x = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/5', conversationId: '5', customer: { email: 'x@example.com' } }), T(1));
    const y = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/6', conversationId: '6', customer: { email: 'y@example.com' } }), T(1));
    await expect(mergeCustomers(db, x!.customerId, y!.customerId)).rejects.toThrow(/different e-mail addresses/);
    expect(await db.customers.count()).toBe(3);
  });

  it('splits conversations off to a new customer and keeps them apart afterwards', async () => {
    // Two people with one name on one helpdesk, joined because the page showed nothing else.
    await recordConversation(db, snap({ customer: { name: 'Chris Park' } }), T(1));
    const other = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/2', conversationId: '2', customer: { name: 'Chris Park' } }), T(2));
    await recordPromise(db, { customerId: other!.customerId, contactId: other!.contactId, text: 'Refund within 5 days.', madeAt: T(2).toISOString() });
    expect(await db.customers.count()).toBe(1);

    const split = await splitCustomer(db, other!.customerId, [other!.contactId], T(3));
    expect(await db.customers.count()).toBe(2);
    expect((await db.contacts.get(other!.contactId))?.customerId).toBe(split.id);
    expect((await db.promises.toArray())[0]?.customerId).toBe(split.id);
    await expect(splitCustomer(db, other!.customerId, ['zendesk@https://acme.zendesk.com#1'], T(3))).rejects.toThrow(/at least one conversation/);

    // Read again, the split conversation stays where the agent put it.
    const again = await recordConversation(db, snap({ url: 'https://acme.zendesk.com/agent/tickets/2', conversationId: '2', customer: { name: 'Chris Park' } }), T(4));
    expect(again?.customerId).toBe(split.id);
    expect(await db.customers.count()).toBe(2);
    // A merge the agent asks for again needs saying twice.
    await expect(mergeCustomers(db, other!.customerId, split.id)).rejects.toThrow(/split apart by hand/);
    await mergeCustomers(db, other!.customerId, split.id, { force: true });
    expect(await db.customers.count()).toBe(1);
  });
});
