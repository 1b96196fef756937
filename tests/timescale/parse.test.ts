import { describe, expect, it } from 'vitest';
import { findTimes, referenceFromIso, type TimeMatch } from '../../lib/timescale/parse';

// Monday 23 November 2026, 10:15 in London (GMT).
const ref = referenceFromIso('2026-11-23T10:15:00+00:00');
const pick = (m: TimeMatch) => ({ text: m.text, kind: m.kind, value: m.value });

function only(text: string, reference = ref): TimeMatch {
  const found = findTimes(text, reference);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
}

describe('what agents promise', { timeout: 30_000 }, () => {
  it('a weekday means the next one, with its offsets in the text', () => {
    const text = "I'll have an answer for you by Friday.";
    const m = only(text);
    expect(pick(m)).toEqual({ text: 'Friday', kind: 'date', value: '2026-11-27' });
    expect(text.slice(m.start, m.end)).toBe('Friday');
    expect(m.deadline).toBe(true);
  });

  it('"within 24 hours" is the span from now', () => {
    expect(pick(only('You will hear back within 24 hours.'))).toEqual({
      text: 'within 24 hours',
      kind: 'range',
      value: { start: '2026-11-23T10:15:00Z', end: '2026-11-24T10:15:00Z' },
    });
  });

  it('business days skip the weekend', () => {
    const m = only('It should arrive in 2-3 business days.');
    expect(m.value).toEqual({ start: '2026-11-25', end: '2026-11-26' });
    expect(m.businessDays).toBe(3);
    expect(pick(only('Refunds take 3–5 working days to show.'))).toEqual({ text: '3–5 working days', kind: 'range', value: { start: 'P3D', end: 'P5D' } });
    // Friday + 2 working days is Tuesday.
    expect(only('in 2 working days', referenceFromIso('2026-11-27T12:00:00+00:00')).value).toBe('2026-12-01');
  });

  it('tomorrow morning is a span of the morning', () => {
    expect(pick(only("I'll ring you tomorrow morning"))).toEqual({
      text: 'tomorrow morning',
      kind: 'range',
      value: { start: '2026-11-24T08:00:00Z', end: '2026-11-24T12:00:00Z' },
    });
  });

  it('the end of the week, the day and the month', () => {
    const week = only('by the end of the week');
    expect(week).toMatchObject({ kind: 'range', value: { start: '2026-11-27', end: '2026-11-30' }, endOf: 'week', deadline: true });
    expect(only('before end of day')).toMatchObject({ kind: 'datetime', value: '2026-11-23T23:59:59Z', endOf: 'day' });
    expect(only('by EOD tomorrow'.slice(0, 6))).toMatchObject({ endOf: 'day' });
    expect(only('by the end of the month')).toMatchObject({ value: { start: '2026-11-21', end: '2026-12-01' }, endOf: 'month' });
  });

  it('a weekday and a clock time together', () => {
    expect(pick(only('Could we talk next Tuesday at 10?'))).toEqual({ text: 'next Tuesday at 10', kind: 'datetime', value: '2026-12-01T10:00:00Z' });
    expect(pick(only('I will call you at 7pm tonight'))).toEqual({ text: 'at 7pm tonight', kind: 'datetime', value: '2026-11-23T19:00:00Z' });
  });

  it('lengths of time are ISO 8601 durations, compounds added up', () => {
    expect(pick(only('It takes about an hour and a half'))).toEqual({ text: 'about an hour and a half', kind: 'duration', value: 'PT1H30M' });
    expect(only('It took 2 hours and 15 minutes').value).toBe('PT2H15M');
    expect(only('a wait of 3 days').value).toBe('P3D');
    expect(only('a ½ hour call').value).toBe('PT30M');
    // "for" is not part of the length.
    expect(pick(only('I was on hold for 40 minutes'))).toEqual({ text: '40 minutes', kind: 'duration', value: 'PT40M' });
  });

  it('recurring times are sets', () => {
    expect(pick(only("We'll update you every Monday"))).toEqual({ text: 'every Monday', kind: 'set', value: 'P1W' });
    expect(only('I check the queue twice a day').value).toBe('P1D');
    expect(only('a weekly summary').value).toBe('P1W');
  });

  it('looks back for "last" and "ago"', () => {
    expect(only('You wrote to us last Friday').value).toBe('2026-11-20');
    expect(only('That was 3 days ago').value).toBe('2026-11-20');
    expect(only('the parcel left last week').value).toEqual({ start: '2026-11-16', end: '2026-11-23' });
  });

  it('names holidays by the holiday calendar', () => {
    expect(only("We're closed on Christmas Eve").value).toBe('2026-12-24');
    expect(only('by Thanksgiving').value).toBe('2026-11-26');
    expect(only('Easter Monday 2027').value).toBe('2027-03-29');
  });

  it('a clock range takes the meridiem of its end', () => {
    expect(only("I'm free 2 to 4pm").value).toEqual({ start: '2026-11-23T14:00:00Z', end: '2026-11-23T16:00:00Z' });
  });

  it('finds nothing in text with no time', () => {
    expect(findTimes('Thanks for your patience, I have passed this to our warehouse team.', ref)).toEqual([]);
    expect(findTimes('Order 1990 s is on its way', ref)).toEqual([]);
  });
});

describe('reference time and zone', { timeout: 30_000 }, () => {
  it('reads text in the offset it was written in', () => {
    const ny = referenceFromIso('2026-11-23T22:30:00-05:00');
    expect(ny.zone).toBe('UTC-05:00');
    expect(only('tomorrow at 9am', ny).value).toBe('2026-11-24T09:00:00-05:00');
  });

  it('adds real hours across a change of clocks', () => {
    // Saturday 28 March 2026 in London; the clocks go forward that night.
    const london = { instant: new Date('2026-03-28T12:00:00Z'), zone: 'Europe/London' };
    expect(only('in 24 hours', london).value).toBe('2026-03-29T13:00:00+01:00');
    expect(only('in 1 day', london).value).toBe('2026-03-29');
  });
});
