/** Promises in plain words, for the panel and the reminder. Pure: the time and zone are arguments. */
import { DateTime } from 'luxon';
import type { PromiseState } from '../db';
import { clockText, dayText } from '../timescale';

/** "3pm today", "10:30am tomorrow (Tue 24 Nov)", "5pm on Friday (27 Nov)". */
export function dueWords(dueAt: string, now: Date, zone: string): string {
  const t = DateTime.fromISO(dueAt, { zone });
  if (!t.isValid) return dueAt;
  return `${clockText(t)} ${dayText(t, DateTime.fromJSDate(now, { zone }), true)}`;
}

/** "due 3pm today", "was due 5pm on Friday (27 Nov)". */
export function dueLine(dueAt: string, now: Date, zone: string): string {
  return `${Date.parse(dueAt) <= now.getTime() ? 'was due' : 'due'} ${dueWords(dueAt, now, zone)}`;
}

export const STATE_TEXT: Record<PromiseState | 'overdue', string> = {
  open: 'Open',
  overdue: 'Overdue',
  kept: 'Kept',
  missed: 'Missed',
  dismissed: 'Dismissed',
};

export interface ReminderInput {
  customerName?: string;
  /** The conversation's subject, when known (what the update is about). */
  subject?: string;
  promiseText: string;
  dueAt: string;
  now: Date;
  zone: string;
}

/** The reminder notification: "Update Jane Doe before 3pm today — Order hasn't arrived". */
export function reminderText({ customerName, subject, promiseText, dueAt, now, zone }: ReminderInput): { title: string; message: string } {
  const who = customerName?.trim() || 'the customer';
  const about = subject?.trim() || promiseText;
  return {
    title: `Promise due ${dueWords(dueAt, now, zone)}`,
    message: `Update ${who} before ${dueWords(dueAt, now, zone)} — ${about}`.slice(0, 300),
  };
}
