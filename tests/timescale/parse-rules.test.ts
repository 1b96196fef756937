import { describe, expect, it } from 'vitest';
import { findTimes, referenceFromIso, type TimeMatch, type TimeReference } from '../../lib/timescale/parse';
import { findPromises } from '../../lib/timescale/promises';
import { DEFAULT_TIMESCALE_SETTINGS } from '../../lib/timescale/settings';

// Monday 23 November 2026, 10:15 in London (GMT).
const ref = referenceFromIso('2026-11-23T10:15:00+00:00');
const pick = (m: TimeMatch) => ({ text: m.text, kind: m.kind, value: m.value, ...(m.open ? { open: m.open } : {}) });

function only(text: string, reference: TimeReference = ref): TimeMatch {
  const found = findTimes(text, reference);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

describe('parts of a period', { timeout: 30_000 }, () => {
  it('a month and a year in thirds: early, mid, late', () => {
    expect(only('We expect stock in early March').value).toEqual({ start: '2027-03-01', end: '2027-03-11' });
    expect(only('the new range lands mid-January').value).toEqual({ start: '2027-01-11', end: '2027-01-21' });
    expect(only('The service closes in late 2027.').value).toEqual({ start: '2027-09-01', end: '2028-01-01' });
    expect(only('by the end of 2027').value).toEqual({ start: '2027-09-01', end: '2028-01-01' });
  });

  it('later and earlier in the current period, and what is left of it', () => {
    expect(only("I'll send it later this week").value).toEqual({ start: '2026-11-26', end: '2026-11-30' });
    // On a Friday the later part of the week has already begun: it starts today.
    expect(only('later this week', referenceFromIso('2026-11-27T09:00:00+00:00')).value).toEqual({ start: '2026-11-27', end: '2026-11-30' });
    expect(only('We changed it earlier this month.').value).toEqual({ start: '2026-11-01', end: '2026-11-23' });
    expect(only('for the rest of the month').value).toEqual({ start: '2026-11-23', end: '2026-12-01' });
  });
});

describe('open ranges', { timeout: 30_000 }, () => {
  it('before a time gives its end, after a period gives where it ends', () => {
    expect(pick(only('Can we speak before 5pm?'))).toEqual({ text: 'before 5pm', kind: 'datetime', value: '2026-11-23T17:00:00Z', open: 'before' });
    expect(pick(only('orders placed after 2025'))).toEqual({ text: 'after 2025', kind: 'date', value: '2026-01-01', open: 'after' });
    expect(pick(only('every order since 1 March 2026'))).toEqual({ text: 'since 1 March 2026', kind: 'date', value: '2026-03-01', open: 'after' });
    expect(only('I can stay as late as 7am')).toMatchObject({ open: 'before', text: 'as late as 7am' });
    // "before the end of" runs to the end of the period.
    expect(only('before the end of January')).toMatchObject({ open: 'before', value: '2027-02-01' });
  });

  it('"by" stays a deadline that includes the day', () => {
    const m = only('by Friday');
    expect(m.open).toBeUndefined();
    expect(m.deadline).toBe(true);
  });

  it('a promise "before 1 December" falls due at the close of the business day before it', () => {
    const [p] = findPromises("We'll have it fixed before 1 December.", { now: ref.instant, settings: DEFAULT_TIMESCALE_SETTINGS });
    // Tuesday 1 December: due when the team closes on Monday 30 November.
    expect(p?.due).toBe('2026-11-30T17:30:00.000Z');
  });
});

describe('clock times', { timeout: 30_000 }, () => {
  it('written without a colon', () => {
    expect(pick(only('The engineer comes at 14h30'))).toMatchObject({ kind: 'datetime', value: '2026-11-23T14:30:00Z' });
    expect(only('open 9h-11h').value).toEqual({ start: '2026-11-23T09:00:00Z', end: '2026-11-23T11:00:00Z' });
    // "15h" alone is a length of time.
    expect(only('it took 15h').kind).toBe('duration');
    expect(only("I'll ring at 730").value).toBe('2026-11-23T19:30:00Z');
    expect(only('see you around 11ish').value).toBe('2026-11-23T11:00:00Z');
    // Four figures after "about" are a number, and a year is a year.
    expect(findTimes('about 1200 customers', ref)).toEqual([]);
  });

  it('with no am/pm, the sooner reading still ahead', () => {
    expect(only("I'll call you at 3:30").value).toBe('2026-11-23T15:30:00Z');
    expect(only("I'll call you at 3:30", referenceFromIso('2026-11-23T02:00:00+00:00')).value).toBe('2026-11-23T03:30:00Z');
  });

  it('with a zone abbreviation, said in the writer\'s zone', () => {
    expect(only('the call is at 15h00 GMT', { instant: ref.instant, zone: 'Europe/Paris' }).value).toBe('2026-11-23T16:00:00+01:00');
    expect(only('Thursday 8h30 PST').value).toBe('2026-11-26T16:30:00Z');
    // A reference with a negative offset.
    expect(only('9h30 CET', referenceFromIso('2026-11-23T02:00:00-05:00')).value).toBe('2026-11-23T03:30:00-05:00');
  });

  it('across a change of clocks: the wall-clock time on the other side keeps its new offset', () => {
    // Saturday 28 March 2026 in London; the clocks go forward early on Sunday 29 March.
    const spring = { instant: new Date('2026-03-28T12:00:00Z'), zone: 'Europe/London' };
    expect(only('Tuesday 14h30', spring).value).toBe('2026-03-31T14:30:00+01:00');
    expect(only('3 days from Saturday', spring).value).toBe('2026-03-31');
    // 14h00 GMT on the Tuesday is 15:00 London summer time.
    expect(only('Tuesday 14h00 GMT', spring).value).toBe('2026-03-31T15:00:00+01:00');
  });

  it('the end of a clock range with no am/pm that would come first is the afternoon', () => {
    expect(only('We are open 9am until 5').value).toEqual({ start: '2026-11-23T09:00:00Z', end: '2026-11-23T17:00:00Z' });
    expect(only('Friday 10:30 to 2').value).toEqual({ start: '2026-11-27T10:30:00Z', end: '2026-11-27T14:00:00Z' });
  });
});

describe('lengths counted from a date', { timeout: 30_000 }, () => {
  it('N units from, after or before a date', () => {
    expect(pick(only('It ships 10 days from 1 March.'))).toEqual({ text: '10 days from 1 March', kind: 'date', value: '2027-03-11' });
    expect(only('two weeks after Christmas').value).toBe('2027-01-08');
    expect(only('3 days before New Year').value).toBe('2026-12-29');
  });

  it('a span of a length starting on a date', () => {
    expect(only('closed for 5 days starting next Monday').value).toEqual({ start: '2026-11-30', end: '2026-12-05' });
    expect(only('away from 4 January for 3 days').value).toEqual({ start: '2027-01-04', end: '2027-01-07' });
    expect(only('booked for 2 hours from 1pm').value).toEqual({ start: '2026-11-23T13:00:00Z', end: '2026-11-23T15:00:00Z' });
  });
});

describe('days named in other ways', { timeout: 30_000 }, () => {
  it('holidays beyond the English-speaking calendars, apostrophes optional', () => {
    expect(only('closed on Whit Monday 2027').value).toBe('2027-05-17');
    expect(only('saint patricks day').value).toBe('2027-03-17');
    expect(only('after Eid al-Adha 2027')).toMatchObject({ kind: 'date', open: 'after' });
  });

  it('counted weekdays', () => {
    expect(only('3 Mondays from now').value).toBe('2026-12-14');
    expect(only('Thursday after next').value).toBe('2026-12-03');
  });

  it('between now and a date is one span', () => {
    expect(pick(only('any time between now and Friday'))).toEqual({ text: 'between now and Friday', kind: 'range', value: { start: '2026-11-23', end: '2026-11-27' } });
  });

  it('days of one month as a span, and a list is not a span', () => {
    expect(only("I'm away June 3rd to 7th").value).toEqual({ start: '2027-06-03', end: '2027-06-07' });
    expect(only('between the 10th and 12th of August').value).toEqual({ start: '2027-08-10', end: '2027-08-12' });
    expect(findTimes('sales of 2024 and 2026', ref).map((m) => m.value)).toEqual([
      { start: '2024-01-01', end: '2025-01-01' },
      { start: '2026-01-01', end: '2027-01-01' },
    ]);
  });

  it('a weekday with a day of the month is the next month where they agree', () => {
    // 15 December 2026 is a Tuesday; 15 January 2027 is a Friday.
    expect(only('on Friday 15th').value).toBe('2027-01-15');
    expect(only('next week on Tuesday 9am').value).toBe('2026-12-01T09:00:00Z');
  });
});

describe('new patterns run in linear time', { timeout: 120_000 }, () => {
  const ms = (run: () => unknown): number => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  const median = (run: () => unknown): number => [ms(run), ms(run), ms(run)].sort((a, b) => a - b)[1] as number;
  // Runs that stress the new rules: near-misses that each pattern starts on and then abandons.
  const pieces = [
    '9h', '9h30 - ', 'at 1', '11ish ', 'between the 10th and ', 'June 3rd to ', '3 days from ', 'for 2 hours from ',
    'before ', 'as late as ', 'Friday 1', '3 Mondays from ', 'later this ', 'early ', 'Eid al ', 'between now and ',
  ];
  it.each(pieces)('"%s" repeated: 8× the text takes well under 64× the time', (piece) => {
    const make = (n: number) => piece.repeat(Math.ceil(n / piece.length)).slice(0, n);
    const short = make(2000);
    const long = make(16000);
    // Warm up both sizes first: the first reads compile chrono's and our patterns.
    findTimes(short, ref);
    findTimes(long, ref);
    // A floor for the short run: a few milliseconds of noise on a shared machine is not a trend.
    const small = Math.max(20, median(() => findTimes(short, ref)));
    const large = median(() => findTimes(long, ref));
    expect(large).toBeLessThan(small * 24);
  });
});
