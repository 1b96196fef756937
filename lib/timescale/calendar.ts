/**
 * Business time for one team: when it is open, which days are holidays, and arithmetic in
 * business hours and days. Every wall-clock step is done in the team's IANA zone by Luxon, so a
 * day that is 23 or 25 hours long (a DST change) still opens at 09:00 local time; instants in and
 * out are plain `Date`s (UTC underneath), so callers never handle offsets.
 */
import Holidays from 'date-holidays';
import { uiLanguage } from '../i18n';
import { DateTime } from 'luxon';
import { WEEKDAYS, minutesOf, type DayHours, type TimescaleSettings } from './settings';

const MS_HOUR = 3_600_000;
/** Never loop further than this looking for an open day (a calendar closed every day). */
const MAX_DAYS = 800;

export interface OpenSpan {
  open: Date;
  close: Date;
}

export interface Calendar {
  readonly zone: string;
  /** The holiday's name when `isoDate` (YYYY-MM-DD, team zone) is a public holiday. */
  holidayOn(isoDate: string): string | undefined;
  /** Open at all on this date (a weekday with hours, not a holiday). */
  isBusinessDay(isoDate: string): boolean;
  /** The opening span of a date in the team's zone, or undefined when closed. */
  spanOn(isoDate: string): OpenSpan | undefined;
  isOpen(at: Date): boolean;
  /** `at` itself when open, else the next opening. */
  nextOpen(at: Date): Date;
  /** The close of the business day that `at` is in, or of the next one when closed. */
  closeOfDay(at: Date): Date;
  /** `hours` of open time after `at`; an answer that lands exactly on a close stays there. */
  addBusinessHours(at: Date, hours: number): Date;
  /** The close of the `days`-th business day after the day of `at` (0: today's close, or the next one's). */
  addBusinessDays(at: Date, days: number): Date;
  /** Open hours between two instants (0 when `to` is not after `from`). */
  businessHoursBetween(from: Date, to: Date): number;
  /** A date (YYYY-MM-DD) of an instant in the team's zone. */
  dateOf(at: Date): string;
}

type HolidayLookup = (year: number) => Map<string, string>;

function holidayLookup(settings: TimescaleSettings): HolidayLookup {
  const region = settings.holidays;
  const cache = new Map<number, Map<string, string>>();
  if (!region) return () => new Map();
  let hd: Holidays | undefined;
  try {
    hd = new Holidays(region.country, region.state ?? '', region.region ?? '', { types: ['public', 'bank'] });
  } catch {
    hd = undefined;
  }
  return (year) => {
    let days = cache.get(year);
    if (!days) {
      days = new Map();
      // Named in the browser's language where the holiday data has it (the region's own otherwise): the panel shows the name.
      for (const h of hd?.getHolidays(year, uiLanguage().split('-')[0]) ?? []) {
        if (h.type !== 'public' && h.type !== 'bank') continue;
        // A holiday may span days (start/end in the region's zone): close each date it covers.
        const first = DateTime.fromISO(h.date.slice(0, 10));
        const spanDays = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / (24 * MS_HOUR)));
        for (let i = 0; i < spanDays; i++) {
          const iso = first.plus({ days: i }).toISODate();
          if (iso && !days.has(iso)) days.set(iso, h.name);
        }
      }
      cache.set(year, days);
    }
    return days;
  };
}

export function createCalendar(settings: TimescaleSettings): Calendar {
  const zone = settings.timeZone;
  const holidays = holidayLookup(settings);
  const local = (at: Date) => DateTime.fromMillis(at.getTime(), { zone });
  const dayStart = (iso: string) => DateTime.fromISO(iso, { zone }).startOf('day');

  function holidayOn(iso: string): string | undefined {
    return holidays(Number(iso.slice(0, 4))).get(iso);
  }
  function hoursOn(iso: string): DayHours | null {
    const weekday = dayStart(iso).weekday; // 1 = Monday
    return settings.hours[WEEKDAYS[weekday - 1]!] ?? null;
  }
  function spanOn(iso: string): OpenSpan | undefined {
    const hours = hoursOn(iso);
    if (!hours || holidayOn(iso)) return undefined;
    const base = dayStart(iso);
    const at = (hhmm: string) => {
      const m = minutesOf(hhmm);
      // Wall-clock time of that date; Luxon moves a time that a DST gap skips forward.
      return base.set({ hour: Math.floor(m / 60) % 24, minute: m % 60 }).plus({ days: m >= 1440 ? 1 : 0 }).toJSDate();
    };
    return { open: at(hours.open), close: at(hours.close) };
  }
  const dateOf = (at: Date) => local(at).toISODate()!;
  const nextDate = (iso: string, n = 1) => DateTime.fromISO(iso).plus({ days: n }).toISODate()!;

  /** The first span whose close is after `at`, starting from `at`'s own date. */
  function spanFrom(at: Date): OpenSpan {
    let iso = dateOf(at);
    for (let i = 0; i < MAX_DAYS; i++, iso = nextDate(iso)) {
      const span = spanOn(iso);
      if (span && span.close.getTime() > at.getTime()) return span;
    }
    throw new Error('the calendar has no open hours');
  }

  const calendar: Calendar = {
    zone,
    holidayOn,
    isBusinessDay: (iso) => spanOn(iso) !== undefined,
    spanOn,
    dateOf,
    isOpen(at) {
      const span = spanOn(dateOf(at));
      return !!span && at >= span.open && at < span.close;
    },
    nextOpen(at) {
      const span = spanFrom(at);
      return at >= span.open ? at : span.open;
    },
    closeOfDay(at) {
      return spanFrom(at).close;
    },
    addBusinessHours(at, hours) {
      let left = Math.max(0, hours) * MS_HOUR;
      let cursor = at;
      for (let i = 0; i < MAX_DAYS * 2; i++) {
        const span = spanFrom(cursor);
        const from = cursor > span.open ? cursor : span.open;
        const room = span.close.getTime() - from.getTime();
        if (left <= room) return new Date(from.getTime() + left);
        left -= room;
        cursor = span.close;
      }
      throw new Error('the calendar has no open hours');
    },
    addBusinessDays(at, days) {
      let span = spanFrom(at);
      for (let n = 0; n < Math.max(0, Math.round(days)); n++) span = spanFrom(span.close);
      return span.close;
    },
    businessHoursBetween(from, to) {
      if (to <= from) return 0;
      let total = 0;
      let cursor = from;
      for (let i = 0; i < MAX_DAYS * 5 && cursor < to; i++) {
        const span = spanFrom(cursor);
        if (span.open >= to) break;
        const a = cursor > span.open ? cursor : span.open;
        const b = to < span.close ? to : span.close;
        total += Math.max(0, b.getTime() - a.getTime());
        cursor = span.close;
      }
      return total / MS_HOUR;
    },
  };
  return calendar;
}
