import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../lib/timescale/calendar';
import { DEFAULT_TIMESCALE_SETTINGS, TimescaleSettingsSchema, defaultTimescaleSettings, type TimescaleSettings } from '../../lib/timescale/settings';

const london: TimescaleSettings = { ...DEFAULT_TIMESCALE_SETTINGS, timeZone: 'Europe/London', holidays: { country: 'GB', state: 'ENG' } };
const iso = (d: Date) => d.toISOString();

describe('settings', { timeout: 30_000 }, () => {
  it('defaults to Monday–Friday 09:00–17:30, no holidays, a 20% margin', () => {
    expect(DEFAULT_TIMESCALE_SETTINGS.hours.mon).toEqual({ open: '09:00', close: '17:30' });
    expect(DEFAULT_TIMESCALE_SETTINGS.hours.sat).toBeNull();
    expect(DEFAULT_TIMESCALE_SETTINGS.holidays).toBeNull();
    expect(DEFAULT_TIMESCALE_SETTINGS.margin).toBe(0.2);
  });

  it('rejects an unknown zone, a day that closes before it opens, a bad country code', () => {
    expect(TimescaleSettingsSchema.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
    const hours = { ...DEFAULT_TIMESCALE_SETTINGS.hours, mon: { open: '17:00', close: '09:00' } };
    expect(TimescaleSettingsSchema.safeParse({ hours }).success).toBe(false);
    expect(TimescaleSettingsSchema.safeParse({ holidays: { country: 'england' } }).success).toBe(false);
    expect(TimescaleSettingsSchema.safeParse({ timeZone: 'Asia/Kolkata', holidays: { country: 'IN' } }).success).toBe(true);
  });

  it('starts from the browser zone when it is a real one', () => {
    expect(defaultTimescaleSettings('America/Chicago').timeZone).toBe('America/Chicago');
    expect(defaultTimescaleSettings('Nowhere/Else').timeZone).toBe('UTC');
  });
});

describe('business days and hours', { timeout: 30_000 }, () => {
  const cal = createCalendar(DEFAULT_TIMESCALE_SETTINGS);

  it('is closed at weekends and at night', () => {
    expect(cal.isBusinessDay('2026-11-28')).toBe(false); // Saturday
    expect(cal.isBusinessDay('2026-11-30')).toBe(true); // Monday
    expect(cal.isOpen(new Date('2026-11-23T08:59:00Z'))).toBe(false);
    expect(cal.isOpen(new Date('2026-11-23T09:00:00Z'))).toBe(true);
    expect(cal.isOpen(new Date('2026-11-23T17:30:00Z'))).toBe(false);
  });

  it('adds business hours across the night and the weekend', () => {
    // Friday 16:30 + 2 h: one hour on Friday, one on Monday morning.
    expect(iso(cal.addBusinessHours(new Date('2026-11-27T16:30:00Z'), 2))).toBe('2026-11-30T10:00:00.000Z');
    // Saturday: the count starts at Monday's opening.
    expect(iso(cal.addBusinessHours(new Date('2026-11-28T12:00:00Z'), 1))).toBe('2026-11-30T10:00:00.000Z');
    // Exactly a day's hours from the opening ends at the close, not the next morning.
    expect(iso(cal.addBusinessHours(new Date('2026-11-23T09:00:00Z'), 8.5))).toBe('2026-11-23T17:30:00.000Z');
  });

  it('adds business days as closes of business days', () => {
    expect(iso(cal.addBusinessDays(new Date('2026-11-26T11:00:00Z'), 0))).toBe('2026-11-26T17:30:00.000Z');
    expect(iso(cal.addBusinessDays(new Date('2026-11-26T11:00:00Z'), 2))).toBe('2026-11-30T17:30:00.000Z');
    // After the close, today no longer counts.
    expect(iso(cal.addBusinessDays(new Date('2026-11-27T18:00:00Z'), 0))).toBe('2026-11-30T17:30:00.000Z');
  });

  it('counts open hours between two instants', () => {
    expect(cal.businessHoursBetween(new Date('2026-11-27T16:30:00Z'), new Date('2026-11-30T10:00:00Z'))).toBe(2);
    expect(cal.businessHoursBetween(new Date('2026-11-30T10:00:00Z'), new Date('2026-11-27T16:30:00Z'))).toBe(0);
  });
});

describe('daylight saving time', { timeout: 30_000 }, () => {
  const cal = createCalendar(london);

  it('opens at 09:00 local time on both sides of the spring change', () => {
    // Friday 27 March 2026 16:30 GMT + 2 business hours; clocks go forward on Sunday 29 March.
    expect(iso(cal.addBusinessHours(new Date('2026-03-27T16:30:00Z'), 2))).toBe('2026-03-30T09:00:00.000Z'); // 10:00 BST
    expect(iso(cal.spanOn('2026-03-30')!.open)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('and on both sides of the autumn change', () => {
    // Friday 23 October 2026 17:00 BST + 1 h; clocks go back on Sunday 25 October.
    expect(iso(cal.addBusinessHours(new Date('2026-10-23T16:00:00Z'), 1))).toBe('2026-10-26T09:30:00.000Z');
  });

  it('counts a week spanning the change as five full days', () => {
    expect(cal.businessHoursBetween(new Date('2026-03-23T00:00:00Z'), new Date('2026-04-04T00:00:00Z'))).toBe(10 * 8.5 - 8.5); // Good Friday 3 April is a holiday
  });
});

describe('time zones', { timeout: 30_000 }, () => {
  it("works in the team's zone, whatever the instant's own zone", () => {
    const ny = createCalendar({ ...DEFAULT_TIMESCALE_SETTINGS, timeZone: 'America/New_York' });
    // 09:00 EST on Monday 23 November is 14:00 UTC; a full day ends at 17:30 EST = 22:30 UTC.
    expect(ny.isOpen(new Date('2026-11-23T13:59:00Z'))).toBe(false);
    expect(iso(ny.addBusinessHours(new Date('2026-11-23T14:00:00Z'), 8.5))).toBe('2026-11-23T22:30:00.000Z');
    expect(ny.dateOf(new Date('2026-11-24T03:00:00Z'))).toBe('2026-11-23');
  });
});

describe('public holidays', { timeout: 30_000 }, () => {
  const cal = createCalendar(london);

  it("closes on the region's public holidays, substitute days included", () => {
    expect(cal.holidayOn('2026-12-25')).toBe('Christmas Day');
    // Named in the browser's language (English in tests), not the region's: the panel shows the name.
    expect(createCalendar({ ...london, timeZone: 'Europe/Berlin', holidays: { country: 'DE' } }).holidayOn('2026-12-25')).toBe('Christmas Day');
    expect(cal.isBusinessDay('2026-12-28')).toBe(false); // Boxing Day falls on a Saturday: Monday instead
    expect(cal.isBusinessDay('2026-12-29')).toBe(true);
    // Thursday 24 December 17:00 + 1 business hour: half an hour that day, half on Tuesday the 29th.
    expect(iso(cal.addBusinessHours(new Date('2026-12-24T17:00:00Z'), 1))).toBe('2026-12-29T09:30:00.000Z');
  });

  it('has none when no region is chosen', () => {
    expect(createCalendar(DEFAULT_TIMESCALE_SETTINGS).isBusinessDay('2026-12-25')).toBe(true);
  });
});
