/**
 * Turning an instant into a promise a person would say: "by 3pm tomorrow (Tue 24 Nov)", "by the end
 * of Friday (27 Nov)", "by noon today". Rounded up, never down: a promise rounded down is a
 * promise broken. Days are named relative to `now` in the zone the reader lives in.
 */
import { DateTime } from 'luxon';
import type { Calendar } from './calendar';

export interface PhraseOptions {
  now: Date;
  /** The zone to speak in (the team's by default; the customer's when known and different). */
  zone: string;
  /** Add the zone's short name ("3pm EST") — used when speaking in the customer's zone. */
  showZone?: boolean;
}

/** "3pm", "3:30pm", "noon", "midnight". */
export function clockText(t: DateTime): string {
  if (t.minute === 0 && t.hour === 12) return 'noon';
  if (t.minute === 0 && t.hour === 0) return 'midnight';
  const h = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const suffix = t.hour < 12 ? 'am' : 'pm';
  return t.minute === 0 ? `${h}${suffix}` : `${h}:${String(t.minute).padStart(2, '0')}${suffix}`;
}

/** "today", "tomorrow (Tue 24 Nov)", "Friday (27 Nov)", "Tue 8 Dec". */
export function dayText(t: DateTime, now: DateTime, withOn: boolean): string {
  const days = Math.round(t.startOf('day').diff(now.startOf('day'), 'days').days);
  const date = t.toFormat('d LLL');
  if (days === 0) return 'today';
  if (days === 1) return `tomorrow (${t.toFormat('ccc')} ${date})`;
  const on = withOn ? 'on ' : '';
  if (days > 1 && days < 7) return `${on}${t.toFormat('cccc')} (${date})`;
  return `${on}${t.toFormat('ccc')} ${date}${t.year === now.year ? '' : ` ${t.year}`}`;
}

/** "by 3pm tomorrow (Tue 24 Nov)". */
export function byTimePhrase(at: Date, opts: PhraseOptions): string {
  const t = DateTime.fromJSDate(at, { zone: opts.zone });
  const now = DateTime.fromJSDate(opts.now, { zone: opts.zone });
  const zone = opts.showZone ? ` ${t.toFormat('ZZZZ')}` : '';
  return `by ${clockText(t)}${zone} ${dayText(t, now, true)}`;
}

/** "by the end of today", "by the end of Friday (27 Nov)". */
export function endOfDayPhrase(at: Date, opts: PhraseOptions): string {
  const t = DateTime.fromJSDate(at, { zone: opts.zone });
  const now = DateTime.fromJSDate(opts.now, { zone: opts.zone });
  return `by the end of ${dayText(t, now, false)}`;
}

/** Round up to the next whole hour in `zone` (an exact hour stays). */
export function ceilHour(at: Date, zone: string): Date {
  const t = DateTime.fromJSDate(at, { zone });
  const floor = t.startOf('hour');
  return (floor.toMillis() === t.toMillis() ? floor : floor.plus({ hours: 1 })).toJSDate();
}

export interface RoundedPromise {
  due: Date;
  phrase: string;
  /** Rounded to the close of a business day rather than to an hour. */
  endOfDay: boolean;
}

/** How near the close an answer must fall to be promised as "by the end of the day". */
const END_OF_DAY_WINDOW_HOURS = 2;

/**
 * Round `due` to what a person would promise: within the last two open hours of a day (or at its
 * close) → the end of that business day; otherwise the next whole hour. In the customer's zone
 * (when it differs from the team's) always a clock time with the zone's name, since "the end of
 * the day" means the team's day.
 */
export function roundPromise(due: Date, calendar: Calendar, opts: { now: Date; customerZone?: string }): RoundedPromise {
  const close = calendar.closeOfDay(new Date(due.getTime() - 1));
  const foreign = !!opts.customerZone && !sameOffsetZone(opts.customerZone, calendar.zone, due);
  const speakZone = foreign ? opts.customerZone! : calendar.zone;
  if (close.getTime() - due.getTime() <= END_OF_DAY_WINDOW_HOURS * 3_600_000) {
    return {
      due: close,
      endOfDay: true,
      phrase: foreign
        ? byTimePhrase(close, { now: opts.now, zone: speakZone, showZone: true })
        : endOfDayPhrase(close, { now: opts.now, zone: speakZone }),
    };
  }
  const rounded = ceilHour(due, calendar.zone);
  return { due: rounded, endOfDay: false, phrase: byTimePhrase(rounded, { now: opts.now, zone: speakZone, showZone: foreign }) };
}

function sameOffsetZone(a: string, b: string, at: Date): boolean {
  if (a === b) return true;
  const x = DateTime.fromJSDate(at, { zone: a });
  const y = DateTime.fromJSDate(at, { zone: b });
  return x.isValid && y.isValid && x.offset === y.offset && x.toISODate() === y.toISODate();
}
