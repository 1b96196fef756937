import { afterEach, describe, expect, it } from 'vitest';
import type { ContactRecord, CustomerRecord } from '@/lib/db';
import { openDatabase } from '@/lib/db';
import { addNote, loadHistorySummary, ordinal, recordConversation, recordPromise, summarizeHistory } from '@/lib/history';
import type { ConversationSnapshot } from '@/lib/conversation/types';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (d: number) => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const customer: CustomerRecord = {
  id: 'email:ana@example.com',
  name: 'Ana Ruiz',
  email: 'ana@example.com',
  seenOn: [],
  firstSeenAt: daysAgo(200),
  lastSeenAt: daysAgo(0),
  keys: ['email:ana@example.com'],
};
function contact(id: string, ago: number, extra: Partial<ContactRecord> = {}): ContactRecord {
  return {
    id,
    customerId: customer.id,
    helpdesk: 'zendesk',
    origin: 'https://acme.zendesk.com',
    url: `https://acme.zendesk.com/agent/tickets/${id}`,
    messageCount: 2,
    firstSeenAt: daysAgo(ago),
    lastSeenAt: daysAgo(ago),
    ...extra,
  };
}

describe('summarizeHistory', () => {
  it('says first contact, and offers no "Hi again", when there is no earlier contact', () => {
    const s = summarizeHistory({ customer, contacts: [contact('1', 0, { category: 'delivery', emotion: 'anxiety', intensity: 0.5 })], notes: [], promises: [], currentContactId: '1', now: NOW });
    expect(s).toMatchObject({ totalContacts: 1, earlierContacts: 0, hasEarlierContact: false, greeting: { hiAgain: false, readBack: false } });
    expect(s.repeat).toBeUndefined();
    expect(s.trendText).toBeUndefined();
  });

  it('counts contacts by window and helpdesk, lists topics, and flags the third contact about one issue', () => {
    const contacts = [
      contact('a', 150, { category: 'delivery', emotion: 'neutral' }),
      contact('b', 60, { category: 'delivery', emotion: 'frustration', intensity: 0.4 }),
      contact('c', 20, { category: 'billing', emotion: 'confusion', intensity: 0.3, helpdesk: 'gmail', origin: 'https://mail.google.com' }),
      contact('d', 10, { category: 'delivery', emotion: 'frustration', intensity: 0.6 }),
      contact('e', 0, { category: 'delivery', emotion: 'anger', intensity: 0.9 }),
    ];
    const s = summarizeHistory({ customer, contacts, notes: [], promises: [], currentContactId: 'e', now: NOW });
    expect([s.totalContacts, s.earlierContacts, s.last30Days, s.last90Days]).toEqual([5, 4, 3, 4]);
    expect(s.helpdesks).toEqual([
      { helpdesk: 'zendesk', origin: 'https://acme.zendesk.com', contacts: 4 },
      { helpdesk: 'gmail', origin: 'https://mail.google.com', contacts: 1 },
    ]);
    expect(s.topics.map((t) => [t.category, t.contacts])).toEqual([
      ['delivery', 4],
      ['billing', 1],
    ]);
    // Contact a is more than 90 days before this one: b, d and e make three.
    expect(s.repeat).toEqual({ count: 3, category: 'delivery', text: '3rd contact about a delivery' });
    expect(s.greeting).toEqual({ hiAgain: true, readBack: true });
    expect(s.trend.map((p) => p.label)).toEqual(['calm', 'frustrated, clearly', 'confused, slightly', 'frustrated, clearly', 'angry, strongly']);
    expect(s.trend.at(-1)).toMatchObject({ contactId: 'e', current: true });
    expect(s.trend.at(-1)!.valence).toBeLessThan(s.trend.at(-2)!.valence);
    expect(s.trendText).toBe('Now angry, strongly: more upset than in earlier contacts.');
    expect(s.previous).toMatchObject({ contactId: 'd', category: 'delivery' });
  });

  it('offers "Hi again" but not "I\'ve read back" when the earlier contact was about something else', () => {
    const s = summarizeHistory({
      customer,
      contacts: [contact('a', 40, { category: 'billing' }), contact('b', 0, { category: 'delivery' })],
      notes: [],
      promises: [],
      currentContactId: 'b',
      now: NOW,
    });
    expect(s.greeting).toEqual({ hiAgain: true, readBack: false });
    expect(s.repeat).toBeUndefined();
  });

  it('reports promises as kept, missed, open or overdue, and notes newest first', () => {
    const promises = [
      { id: 'p1', customerId: customer.id, contactId: 'a', text: 'Refund in 5 days', madeAt: daysAgo(30), dueAt: daysAgo(25), state: 'kept' as const },
      { id: 'p2', customerId: customer.id, contactId: 'a', text: 'Call back Friday', madeAt: daysAgo(20), dueAt: daysAgo(15), state: 'missed' as const },
      { id: 'p3', customerId: customer.id, contactId: 'b', text: 'Update by Monday', madeAt: daysAgo(5), dueAt: daysAgo(1), state: 'open' as const },
      { id: 'p4', customerId: customer.id, contactId: 'b', text: 'Courier report', madeAt: daysAgo(1), dueAt: daysAgo(-2), state: 'open' as const },
    ];
    const notes = [
      { id: 'n1', customerId: customer.id, text: 'old', createdAt: daysAgo(9), updatedAt: daysAgo(9) },
      { id: 'n2', customerId: customer.id, text: 'new', createdAt: daysAgo(8), updatedAt: daysAgo(1) },
    ];
    const s = summarizeHistory({ customer, contacts: [contact('a', 30), contact('b', 0)], notes, promises, now: NOW });
    expect(s.promises.map((p) => [p.id, p.status])).toEqual([
      ['p4', 'open'],
      ['p3', 'overdue'],
      ['p2', 'missed'],
      ['p1', 'kept'],
    ]);
    expect(s.promiseCounts).toEqual({ kept: 1, missed: 1, open: 1, overdue: 1 });
    expect(s.notes.map((x) => x.id)).toEqual(['n2', 'n1']);
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 103].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '103rd']);
  });
});

describe('loadHistorySummary', () => {
  const db = openDatabase('summary-test');
  afterEach(async () => {
    db.close();
    await db.delete();
  });

  it('reads a customer’s records from the database, by an id merged away too', async () => {
    const snap = (id: string, c: ConversationSnapshot['customer']): ConversationSnapshot => ({
      helpdesk: 'rt',
      url: `https://rt.example.com/Ticket/Display.html?id=${id}`,
      conversationId: id,
      customer: c,
      messages: [],
      composer: { found: false },
      confidence: 1,
    });
    const first = await recordConversation(db, snap('1', { name: 'Ana Ruiz' }), new Date(daysAgo(3)), { category: 'refund', emotion: 'disappointment', intensity: 0.5 });
    const now = await recordConversation(db, snap('2', { name: 'Ana Ruiz', email: 'ana@example.com' }), new Date(daysAgo(0)), { category: 'refund', emotion: 'anger', intensity: 0.7 });
    await addNote(db, now!.customerId, 'Wants e-mail only.', NOW);
    await recordPromise(db, { customerId: now!.customerId, contactId: now!.contactId, text: 'Refund by Friday', madeAt: daysAgo(0) });
    const s = await loadHistorySummary(db, first!.customerId, now!.contactId, NOW);
    expect(s).toMatchObject({ customerId: 'email:ana@example.com', totalContacts: 2, repeat: { text: '2nd contact about a refund or return' }, greeting: { hiAgain: true, readBack: true } });
    expect(s?.notes.map((x) => x.text)).toEqual(['Wants e-mail only.']);
    expect(s?.promises.map((x) => x.status)).toEqual(['open']);
    expect(await loadHistorySummary(db, 'email:nobody@example.com', undefined, NOW)).toBeUndefined();
  });
});
