import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import { openDatabase, type TactfulDatabase } from '@/lib/db';
import { mergeCustomers, recordConversation } from '@/lib/history';
import { activePromisesFor, confirmPromise, DUE_PREFIX, homeOf, markMissed, REMIND_PREFIX, setPromiseStatus, trackConversation } from '@/lib/promises';
import { reminderLeadMinutes, syncReminders } from '@/lib/promises/reminders';
import { DEFAULT_TIMESCALE_SETTINGS } from '@/lib/timescale';

const settings = DEFAULT_TIMESCALE_SETTINGS;

function snapshot(messages: ConversationSnapshot['messages'], id = '7'): ConversationSnapshot {
  return {
    helpdesk: 'rt',
    url: `https://help.example.com/Ticket/Display.html?id=${id}`,
    conversationId: id,
    subject: "Order hasn't arrived",
    customer: { name: 'Jane Doe', email: 'jane@example.com' },
    messages,
    composer: { found: false },
    channel: 'email',
    confidence: 0.95,
  };
}

const ASKED = { role: 'customer' as const, at: '2026-11-23T09:00:00Z', text: 'Where is my order?' };
const PROMISED = { role: 'agent' as const, at: '2026-11-23T10:00:00Z', text: 'Sorry about this. I will update you by 3pm tomorrow.' };

let db: TactfulDatabase;
let n = 0;
beforeEach(async () => {
  db = openDatabase(`promises-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function read(s: ConversationSnapshot, now: Date) {
  const recorded = (await recordConversation(db, s, now))!;
  return { recorded, result: await trackConversation(db, s, homeOf(s, recorded), now, { settings }) };
}

describe('promises in the history database', () => {
  it('stores a promise from a sent message once, however often the conversation is read', async () => {
    const now = new Date('2026-11-23T11:00:00Z');
    const first = await read(snapshot([ASKED, PROMISED]), now);
    expect(first.result.added).toBe(1);
    expect(await db.promises.toArray()).toEqual([
      {
        id: `${first.recorded.contactId}|i will update you by 3pm tomorrow`,
        customerId: 'email:jane@example.com',
        contactId: 'rt@https://help.example.com#7',
        url: 'https://help.example.com/Ticket/Display.html?id=7',
        helpdesk: 'rt@https://help.example.com',
        text: 'I will update you by 3pm tomorrow.',
        dueAt: '2026-11-24T15:00:00.000Z',
        madeAt: '2026-11-23T10:00:00.000Z',
        state: 'open',
        source: 'sent',
      },
    ]);
    const again = await read(snapshot([ASKED, PROMISED]), new Date('2026-11-23T12:00:00Z'));
    expect(again.result.added).toBe(0);
    expect(await db.promises.count()).toBe(1);
  });

  it('marks it kept when a later agent message arrives in time, and keeps it kept', async () => {
    await read(snapshot([ASKED, PROMISED]), new Date('2026-11-23T11:00:00Z'));
    const reply = { role: 'agent' as const, at: '2026-11-24T14:00:00Z', text: 'Your order left the warehouse this morning.' };
    const { result } = await read(snapshot([ASKED, PROMISED, reply]), new Date('2026-11-24T14:05:00Z'));
    expect(result.settled.map((c) => c.state)).toEqual(['kept']);
    const [stored] = await db.promises.toArray();
    expect(stored).toMatchObject({ state: 'kept', settledAt: '2026-11-24T14:00:00.000Z' });
    // Read again days later: still kept, not missed.
    await read(snapshot([ASKED, PROMISED, reply]), new Date('2026-11-30T00:00:00Z'));
    expect((await db.promises.toArray())[0]!.state).toBe('kept');
  });

  it('marks it missed when its time passes with no reply (on a snapshot, and in the background)', async () => {
    await read(snapshot([ASKED, PROMISED]), new Date('2026-11-23T11:00:00Z'));
    expect(await markMissed(db, new Date('2026-11-24T14:59:00Z'))).toEqual([]);
    const changes = await markMissed(db, new Date('2026-11-24T15:01:00Z'));
    expect(changes.map((c) => c.state)).toEqual(['missed']);
    expect((await db.promises.toArray())[0]).toMatchObject({ state: 'missed', settledAt: '2026-11-24T15:00:00.000Z' });
  });

  it('remembers a promise confirmed from the draft, and its sent copy is the same promise', async () => {
    const s = snapshot([ASKED]);
    const recorded = (await recordConversation(db, s, new Date('2026-11-23T10:00:00Z')))!;
    const confirmed = await confirmPromise(db, homeOf(s, recorded), { text: 'I will update you by 3pm tomorrow.', dueAt: '2026-11-24T15:00:00.000Z' }, new Date('2026-11-23T10:00:00Z'));
    expect(confirmed).toMatchObject({ source: 'confirmed', state: 'open', madeAt: '2026-11-23T10:00:00.000Z' });
    // The agent sends it: the sent message is not a second promise, nor does it keep the first.
    const sent = { ...PROMISED, at: '2026-11-23T10:01:00Z' };
    const { result } = await read(snapshot([ASKED, sent]), new Date('2026-11-23T10:05:00Z'));
    expect(result).toEqual({ added: 0, settled: [] });
    expect(await db.promises.count()).toBe(1);
  });

  it('lists what the agent still has to act on, follows a merge, and takes their word for it', async () => {
    const { recorded } = await read(snapshot([ASKED, PROMISED]), new Date('2026-11-23T11:00:00Z'));
    const other = snapshot([{ ...ASKED }, { role: 'agent', at: '2026-11-23T10:00:00Z', text: 'We will call you by noon on Wednesday.' }], '8');
    const second = (await recordConversation(db, { ...other, customer: { name: 'J. Doe' } }, new Date('2026-11-23T11:00:00Z')))!;
    await trackConversation(db, other, homeOf(other, second), new Date('2026-11-23T11:00:00Z'), { settings });
    await mergeCustomers(db, recorded.customerId, second.customerId);
    const active = await activePromisesFor(db, second.customerId);
    expect(active.map((p) => p.dueAt)).toEqual(['2026-11-24T15:00:00.000Z', '2026-11-25T12:00:00.000Z']);
    await setPromiseStatus(db, active[0]!.id, 'kept', new Date('2026-11-24T09:00:00Z'));
    await setPromiseStatus(db, active[1]!.id, 'dismissed', new Date('2026-11-24T09:00:00Z'));
    expect(await activePromisesFor(db, recorded.customerId)).toEqual([]);
    await expect(setPromiseStatus(db, 'gone', 'kept', new Date())).rejects.toThrow('no longer in history');
  });
});

describe('reminders (background)', () => {
  it('arms alarms from the database, reminds once inside the lead time, badges, and re-arms what was lost', async () => {
    await read(snapshot([ASKED, PROMISED]), new Date('2026-11-23T11:00:00Z'));
    const [p] = await db.promises.toArray();
    await reminderLeadMinutes.setValue(30);

    await syncReminders(db, new Date('2026-11-24T12:00:00Z'));
    expect((await fakeBrowser.alarms.getAll()).map((a) => [a.name, new Date(a.scheduledTime).toISOString()])).toEqual([
      [REMIND_PREFIX + p!.id, '2026-11-24T14:30:00.000Z'],
      [DUE_PREFIX + p!.id, '2026-11-24T15:00:00.000Z'],
    ]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    // The worker stopped and its alarms were lost: the next start makes them again.
    await fakeBrowser.alarms.clearAll();
    await syncReminders(db, new Date('2026-11-24T12:01:00Z'));
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(2);

    // Inside the lead time: one notification, the badge says 1, and no second reminder.
    await syncReminders(db, new Date('2026-11-24T14:31:00Z'));
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([`tactful-promise:${p!.id}`]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getTitle({})).toBe('Open Tactful — 1 promise due soon or missed');
    expect((await db.promises.get(p!.id))!.remindedAt).toBe('2026-11-24T14:31:00.000Z');
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual([DUE_PREFIX + p!.id]);
    await fakeBrowser.notifications.clear(`tactful-promise:${p!.id}`);
    await syncReminders(db, new Date('2026-11-24T14:40:00Z'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});

    // Done: no alarms, no badge.
    await setPromiseStatus(db, p!.id, 'kept', new Date('2026-11-24T14:45:00Z'));
    await syncReminders(db, new Date('2026-11-24T14:46:00Z'));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});
