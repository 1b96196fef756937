import { describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/conversation/types';
import type { PromiseRecord } from '@/lib/db';
import {
  DUE_PREFIX,
  dueLine,
  normalizePromise,
  planReminders,
  promiseId,
  promiseOfAlarm,
  promisesInSnapshot,
  promisesInText,
  REMIND_PREFIX,
  reminderText,
  settlePromises,
} from '@/lib/promises';
import { DEFAULT_TIMESCALE_SETTINGS } from '@/lib/timescale';

// The team works 9:00–17:30 Monday to Friday in UTC (the defaults). 2026-11-23 is a Monday.
const settings = DEFAULT_TIMESCALE_SETTINGS;
const MONDAY_10 = new Date('2026-11-23T10:00:00Z');

function snapshot(messages: ConversationSnapshot['messages']): ConversationSnapshot {
  return {
    helpdesk: 'rt',
    url: 'https://help.example.com/Ticket/Display.html?id=7',
    conversationId: '7',
    subject: 'Parcel still not here',
    customer: { name: 'Dana Whitfield', email: 'dana@example.com' },
    messages,
    composer: { found: false },
    channel: 'email',
    confidence: 0.95,
  };
}

function promise(overrides: Partial<PromiseRecord> = {}): PromiseRecord {
  return {
    id: 'c1|p',
    customerId: 'email:dana@example.com',
    contactId: 'c1',
    text: 'I will update you by 3pm tomorrow.',
    madeAt: '2026-11-23T10:00:00.000Z',
    dueAt: '2026-11-24T15:00:00.000Z',
    state: 'open',
    ...overrides,
  };
}

describe('finding promises', () => {
  it('finds a promise with its sentence and due time, read at the time it was written', () => {
    const found = promisesInText('Thanks for waiting. I will update you by 3pm tomorrow. Sorry again.', MONDAY_10, { settings });
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('I will update you by 3pm tomorrow.');
    expect(found[0]!.dueAt).toBe('2026-11-24T15:00:00.000Z');
  });

  it('leaves out vague times, past mentions and quoted history', () => {
    const text = 'I will get back to you ASAP. You wrote to us yesterday.\n\nOn Mon, 23 Nov 2026, Dana <dana@example.com> wrote:\n> I need it by Friday.';
    expect(promisesInText(text, MONDAY_10, { settings })).toEqual([]);
  });

  it('reads sent agent messages only, each against its own time, and skips messages without one', () => {
    const found = promisesInSnapshot(
      snapshot([
        { role: 'customer', at: '2026-11-23T09:00:00Z', text: 'Please answer by tomorrow.' },
        { role: 'agent', at: '2026-11-20T10:00:00Z', text: 'I will call you by noon tomorrow.' },
        { role: 'agent', text: 'I will write again by Friday.' },
      ]),
      { settings },
    );
    expect(found.map((p) => [p.text, p.madeAt, p.dueAt])).toEqual([['I will call you by noon tomorrow.', '2026-11-20T10:00:00.000Z', '2026-11-21T12:00:00.000Z']]);
  });

  it('gives a promise one id per conversation and wording, whatever the spacing, case or full stop', () => {
    expect(promiseId('c1', 'I will  update you by Friday.')).toBe(promiseId('c1', 'i will update you by friday'));
    expect(promiseId('c1', 'I will update you by Friday.')).not.toBe(promiseId('c2', 'I will update you by Friday.'));
    expect(normalizePromise(' A\nB!! ')).toBe('a b');
  });
});

describe('kept or missed', () => {
  it('is kept by a later agent message sent before it fell due', () => {
    const changes = settlePromises([promise()], [{ at: '2026-11-24T09:30:00Z', text: 'Your parcel is on its way.' }], new Date('2026-11-24T10:00:00Z'));
    expect(changes).toEqual([{ id: 'c1|p', state: 'kept', settledAt: '2026-11-24T09:30:00.000Z' }]);
  });

  it('is not kept by the message that made it, by one before it, or by one after it fell due', () => {
    const messages = [
      { at: '2026-11-23T10:00:00Z', text: 'I will update you by 3pm tomorrow.' },
      { at: '2026-11-23T09:00:00Z', text: 'Looking into it.' },
      { at: '2026-11-25T09:00:00Z', text: 'Sorry for the wait.' },
      { text: 'No time on this one.' },
    ];
    expect(settlePromises([promise()], messages, new Date('2026-11-24T12:00:00Z'))).toEqual([]);
    expect(settlePromises([promise()], messages, new Date('2026-11-25T10:00:00Z'))).toEqual([{ id: 'c1|p', state: 'missed', settledAt: '2026-11-24T15:00:00.000Z' }]);
  });

  it('is missed when its time passes with no reply, checked from the due time alone', () => {
    expect(settlePromises([promise()], undefined, new Date('2026-11-24T15:00:00Z'))).toEqual([{ id: 'c1|p', state: 'missed', settledAt: '2026-11-24T15:00:00.000Z' }]);
    expect(settlePromises([promise()], undefined, new Date('2026-11-24T14:59:59Z'))).toEqual([]);
  });

  it('leaves promises the agent settled or dismissed alone', () => {
    const reply = [{ at: '2026-11-24T09:30:00Z', text: 'Update.' }];
    for (const state of ['kept', 'missed', 'dismissed'] as const) expect(settlePromises([promise({ state })], reply, new Date('2026-11-30T00:00:00Z'))).toEqual([]);
  });
});

describe('planning reminders', () => {
  const now = new Date('2026-11-24T12:00:00Z');

  it('arms a reminder lead minutes before each open promise and one at its due time', () => {
    const plan = planReminders([promise()], now, 30);
    expect(plan.alarms).toEqual([
      { name: REMIND_PREFIX + 'c1|p', when: Date.parse('2026-11-24T14:30:00Z') },
      { name: DUE_PREFIX + 'c1|p', when: Date.parse('2026-11-24T15:00:00Z') },
    ]);
    expect(plan.remindNow).toEqual([]);
    expect(plan.badge).toBe(0);
  });

  it('reminds now of a promise already inside its lead time, once, and counts it on the badge', () => {
    const soon = promise({ dueAt: '2026-11-24T12:20:00.000Z' });
    const plan = planReminders([soon], now, 30);
    expect(plan.remindNow).toEqual(['c1|p']);
    expect(plan.alarms).toEqual([{ name: DUE_PREFIX + 'c1|p', when: Date.parse('2026-11-24T12:20:00Z') }]);
    expect(plan.badge).toBe(1);
    const again = planReminders([{ ...soon, remindedAt: now.toISOString() }], now, 30);
    expect(again.remindNow).toEqual([]);
    expect(again.badge).toBe(1);
  });

  it('counts promises missed in the last day, and arms nothing for settled ones or those without a time', () => {
    const plan = planReminders(
      [
        promise({ id: 'a', state: 'missed', dueAt: '2026-11-24T08:00:00.000Z' }),
        promise({ id: 'b', state: 'missed', dueAt: '2026-11-20T08:00:00.000Z' }),
        promise({ id: 'c', state: 'kept' }),
        promise({ id: 'd', state: 'dismissed' }),
        promise({ id: 'e', dueAt: undefined }),
      ],
      now,
      30,
    );
    expect(plan).toEqual({ alarms: [], remindNow: [], badge: 1 });
  });

  it('arms the nearest promises first and names alarms it can read back', () => {
    const many = Array.from({ length: 150 }, (_, i) => promise({ id: `p${i}`, dueAt: new Date(now.getTime() + (150 - i) * 3_600_000).toISOString() }));
    const plan = planReminders(many, now, 30);
    expect(plan.alarms).toHaveLength(200);
    expect(plan.alarms[0]!.name).toBe(REMIND_PREFIX + 'p149');
    expect(promiseOfAlarm(plan.alarms[1]!.name)).toEqual({ id: 'p149', kind: 'due' });
    expect(promiseOfAlarm('tactful-history-retention')).toBeUndefined();
  });
});

describe('in words', () => {
  it('says when a promise is due in the team zone, and what the reminder says', () => {
    expect(dueLine('2026-11-24T15:00:00Z', MONDAY_10, 'Europe/London')).toBe('due 3pm tomorrow (Tue 24 Nov)');
    expect(dueLine('2026-11-23T09:00:00Z', MONDAY_10, 'America/New_York')).toBe('was due 4am today');
    expect(reminderText({ customerName: 'Jane Doe', subject: "Order hasn't arrived", promiseText: 'I will update you by 3pm.', dueAt: '2026-11-23T15:00:00Z', now: MONDAY_10, zone: 'UTC' })).toEqual({
      title: 'Promise due 3pm today',
      message: "Update Jane Doe before 3pm today — Order hasn't arrived",
    });
    expect(reminderText({ promiseText: 'I will call by noon.', dueAt: '2026-11-23T12:00:00Z', now: MONDAY_10, zone: 'UTC' }).message).toBe(
      'Update the customer before noon today — I will call by noon.',
    );
  });
});
