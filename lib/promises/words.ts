/** Promises in plain words, for the panel and the reminder. Pure: the time and zone are arguments. */
import { DateTime } from 'luxon';
import type { PromiseState } from '../db';
import { t, uiLanguage } from '../i18n';
import { clockText } from '../timescale';

/**
 * "3pm today", "10:30am tomorrow (Tue 24 Nov)", "5pm on Friday (27 Nov)": interface words (en.yml),
 * with dates and weekdays in the browser's language. (The timescale's own phrases are reply text,
 * in the pack's language, and stay in lib/timescale.)
 */
export function dueWords(dueAt: string, now: Date, zone: string): string {
  const locale = uiLanguage();
  const at = DateTime.fromISO(dueAt, { zone }).setLocale(locale);
  if (!at.isValid) return dueAt;
  const today = DateTime.fromJSDate(now, { zone });
  const time = locale.startsWith('en') ? clockText(at) : at.toLocaleString(DateTime.TIME_SIMPLE);
  const days = Math.round(at.startOf('day').diff(today.startOf('day'), 'days').days);
  if (days === 0) return t('lib.promises.due.today', { time });
  if (days === 1) return t('lib.promises.due.tomorrow', { time, date: at.toFormat('ccc d LLL') });
  if (days > 1 && days < 7) return t('lib.promises.due.thisWeek', { time, weekday: at.toFormat('cccc'), date: at.toFormat('d LLL') });
  return t('lib.promises.due.later', { time, date: at.toFormat(at.year === today.year ? 'ccc d LLL' : 'ccc d LLL yyyy') });
}

/** "due 3pm today", "was due 5pm on Friday (27 Nov)". */
export function dueLine(dueAt: string, now: Date, zone: string): string {
  const when = dueWords(dueAt, now, zone);
  return Date.parse(dueAt) <= now.getTime() ? t('lib.promises.due.past', { when }) : t('lib.promises.due.line', { when });
}

/** A promise's state as the panel names it (read when shown, in the browser's language). */
export const STATE_TEXT: Readonly<Record<PromiseState | 'overdue', string>> = {
  get open() {
    return t('lib.promises.state.open');
  },
  get overdue() {
    return t('lib.promises.state.overdue');
  },
  get kept() {
    return t('lib.promises.state.kept');
  },
  get missed() {
    return t('lib.promises.state.missed');
  },
  get dismissed() {
    return t('lib.promises.state.dismissed');
  },
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
  const who = customerName?.trim() || t('lib.promises.reminder.theCustomer');
  const about = subject?.trim() || promiseText;
  const when = dueWords(dueAt, now, zone);
  return {
    title: t('lib.promises.reminder.title', { when }),
    message: t('lib.promises.reminder.message', { who, when, about }).slice(0, 300),
  };
}
