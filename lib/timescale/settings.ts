/**
 * The team's calendar as the agent sets it: opening hours per weekday, the team's time zone, the
 * country/region whose public holidays close the team, and its own response/resolution targets.
 * Pure data with a zod schema and defaults, so the options page can store it and the engine can
 * trust it. Times are wall-clock "HH:MM" in `timeZone`.
 */
import { z } from 'zod';
import { TimescaleTargetsSchema } from '../packs/schema';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export const DayHoursSchema = z
  .object({
    open: z.string().regex(HHMM, 'must be a time such as "09:00"'),
    close: z.string().regex(HHMM, 'must be a time such as "17:30"'),
  })
  .refine((d) => minutesOf(d.close) > minutesOf(d.open), { message: 'closes before it opens', path: ['close'] });
export type DayHours = z.infer<typeof DayHoursSchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const HolidayRegionSchema = z.object({
  /** ISO 3166-1 alpha-2: "GB", "US", "DE". */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as "GB"'),
  /** The state or nation inside it, as the holiday library names it: "ENG", "CA", "BY". */
  state: z.string().regex(/^[A-Za-z0-9]{1,6}$/).optional(),
  region: z.string().regex(/^[A-Za-z0-9]{1,6}$/).optional(),
});
export type HolidayRegion = z.infer<typeof HolidayRegionSchema>;

const nine = (): DayHours => ({ open: '09:00', close: '17:30' });

export const TimescaleSettingsSchema = z.object({
  /** IANA zone of the team: "Europe/London". */
  timeZone: z.string().refine(isTimeZone, 'is not a time zone the browser knows (e.g. "Europe/London")').default('UTC'),
  /** Opening hours per weekday; `null` is closed all day. */
  hours: z
    .object(Object.fromEntries(WEEKDAYS.map((d) => [d, DayHoursSchema.nullable()])) as Record<Weekday, z.ZodNullable<typeof DayHoursSchema>>)
    .default({ mon: nine(), tue: nine(), wed: nine(), thu: nine(), fri: nine(), sat: null, sun: null }),
  /** Whose public holidays close the team; `null`: none. */
  holidays: HolidayRegionSchema.nullable().default(null),
  /** The team's own targets (business hours); a pack's `timescaleTargets` override these. */
  targets: TimescaleTargetsSchema.optional(),
  /** Safety margin added to an estimate, as a share of it (0.2 = 20 %). */
  margin: z.number().min(0).max(2).default(0.2),
});
export type TimescaleSettings = z.infer<typeof TimescaleSettingsSchema>;

export const DEFAULT_TIMESCALE_SETTINGS: TimescaleSettings = TimescaleSettingsSchema.parse({});

/** The browser's own zone: a better first guess than UTC for a new install. */
export function defaultTimescaleSettings(timeZone?: string): TimescaleSettings {
  const zone = timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  return { ...DEFAULT_TIMESCALE_SETTINGS, timeZone: zone && isTimeZone(zone) ? zone : 'UTC' };
}

/**
 * The team calendar from the hours the agent gave on the welcome page (working days, one opening
 * and closing time, a zone). Days are numbered as `Date#getDay` (0 = Sunday).
 */
export function settingsFromBusinessHours(hours: { days: readonly number[]; start: string; end: string; timeZone: string }): TimescaleSettings {
  const byDay: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
  const open = new Set(hours.days.map((d) => byDay[d]));
  const week = Object.fromEntries(WEEKDAYS.map((d) => [d, open.has(d) ? { open: hours.start, close: hours.end } : null])) as TimescaleSettings['hours'];
  const parsed = TimescaleSettingsSchema.safeParse({ timeZone: hours.timeZone, hours: week });
  return parsed.success ? parsed.data : DEFAULT_TIMESCALE_SETTINGS;
}
