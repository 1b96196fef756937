/**
 * When to remind the agent of their promises, as a pure function of the promises and the time:
 * the background turns the plan into `browser.alarms` (re-made from the database whenever the
 * service worker starts, so nothing depends on the worker staying alive) and the toolbar badge.
 */
import type { PromiseRecord } from '../db';

export const DEFAULT_LEAD_MINUTES = 30;
/** A missed promise stays on the badge this long after its due time (or until dismissed). */
export const OVERDUE_WINDOW_MS = 24 * 3_600_000;
/** At most this many promises have alarms at once (the nearest first); the rest wait their turn. */
export const MAX_SCHEDULED = 100;

export const REMIND_PREFIX = 'tactful-promise-remind:';
export const DUE_PREFIX = 'tactful-promise-due:';

export interface PlannedAlarm {
  name: string;
  /** Epoch milliseconds. */
  when: number;
}

export interface ReminderPlan {
  alarms: PlannedAlarm[];
  /** Promises to remind of now (their reminder time passed and no reminder was shown yet). */
  remindNow: string[];
  /** Open promises due within the lead time, and promises missed in the last day. */
  badge: number;
}

export function reminderTime(promise: Pick<PromiseRecord, 'dueAt'>, leadMinutes: number): number | undefined {
  if (!promise.dueAt) return undefined;
  const due = Date.parse(promise.dueAt);
  return Number.isNaN(due) ? undefined : due - Math.max(0, leadMinutes) * 60_000;
}

/**
 * What to arm: for each open promise with a due time, an alarm at its reminder time (lead minutes
 * before it is due) unless the reminder was shown, and one at its due time (to mark it missed and
 * update the badge). Reminders whose time has passed are shown now instead.
 */
export function planReminders(promises: readonly PromiseRecord[], now: Date, leadMinutes = DEFAULT_LEAD_MINUTES): ReminderPlan {
  const nowMs = now.getTime();
  const alarms: PlannedAlarm[] = [];
  const remindNow: string[] = [];
  let badge = 0;
  const open = promises
    .filter((p) => p.state === 'open' && p.dueAt && !Number.isNaN(Date.parse(p.dueAt)))
    .sort((a, b) => Date.parse(a.dueAt!) - Date.parse(b.dueAt!));
  for (const p of open) {
    const due = Date.parse(p.dueAt!);
    const remind = reminderTime(p, leadMinutes)!;
    if (remind <= nowMs) badge++;
    if (due <= nowMs) continue; // missed: the caller marks it
    if (!p.remindedAt) {
      if (remind <= nowMs) remindNow.push(p.id);
      else if (alarms.length < MAX_SCHEDULED * 2) alarms.push({ name: REMIND_PREFIX + p.id, when: remind });
    }
    if (alarms.length < MAX_SCHEDULED * 2) alarms.push({ name: DUE_PREFIX + p.id, when: due });
  }
  for (const p of promises) {
    if (p.state !== 'missed' || !p.dueAt) continue;
    const due = Date.parse(p.dueAt);
    if (due <= nowMs && nowMs - due <= OVERDUE_WINDOW_MS) badge++;
  }
  return { alarms, remindNow, badge };
}

/** The promise an alarm is about, or undefined for another alarm. */
export function promiseOfAlarm(name: string): { id: string; kind: 'remind' | 'due' } | undefined {
  if (name.startsWith(REMIND_PREFIX)) return { id: name.slice(REMIND_PREFIX.length), kind: 'remind' };
  if (name.startsWith(DUE_PREFIX)) return { id: name.slice(DUE_PREFIX.length), kind: 'due' };
  return undefined;
}

export function isPromiseAlarm(name: string): boolean {
  return promiseOfAlarm(name) !== undefined;
}
