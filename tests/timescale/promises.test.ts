import { describe, expect, it } from 'vitest';
import { checkPromises, findPromises } from '../../lib/timescale/promises';
import { DEFAULT_TIMESCALE_SETTINGS, type TimescaleSettings } from '../../lib/timescale/settings';

// Monday 23 November 2026, 10:15 in London; the team works 09:00–17:30 with England's holidays.
const now = new Date('2026-11-23T10:15:00Z');
const settings: TimescaleSettings = { ...DEFAULT_TIMESCALE_SETTINGS, timeZone: 'Europe/London', holidays: { country: 'GB', state: 'ENG' } };
const ctx = { now, settings, estimateInput: { category: 'delivery' as const, channel: 'email' as const } };

function check(text: string) {
  return checkPromises(text, ctx).map((f) => ({ ruleId: f.ruleId, replaced: text.slice(f.replaces.start, f.replaces.end), suggestions: f.suggestions, message: f.message }));
}

describe('promises in a draft', { timeout: 30_000 }, () => {
  it('leaves a realistic promise alone', () => {
    expect(check("I'll update you by 3pm today, and your parcel will be with you by the end of Friday.")).toEqual([]);
  });

  it('flags "ASAP" and offers a real time', () => {
    const [f] = check("I'll get back to you ASAP.");
    expect(f).toMatchObject({ ruleId: 'timescale/vague', replaced: 'ASAP' });
    expect(f!.suggestions).toContain('by the end of today');
  });

  it('flags a time outside opening hours, replacing the deadline word with it', () => {
    const [f] = check('Your refund will be processed by 7pm tonight.');
    expect(f).toMatchObject({ ruleId: 'timescale/outside-hours', replaced: 'by 7pm tonight' });
    expect(f!.message).toBe("7pm is outside the team's hours (9am–5:30pm).");
    // Not an update: only times that history says can be kept are offered.
    expect(f!.suggestions[0]).toBe('by 10am on Wednesday (25 Nov)');
  });

  it('flags a weekend and a public holiday, naming it', () => {
    const [sat] = check("I'll call you on Saturday.");
    expect(sat).toMatchObject({ ruleId: 'timescale/closed-day', message: 'Saturday 28 Nov is not a working day: nobody will be there to keep this.' });
    expect(sat!.suggestions[0]).toBe('by the end of Mon 30 Nov');
    const [xmas] = check("I'll send the replacement by Christmas Day.");
    expect(xmas!.message).toContain('a public holiday (Christmas Day)');
  });

  it('flags an outcome promised sooner than similar issues really take', () => {
    const [f] = check('Your parcel will arrive tomorrow.');
    expect(f).toMatchObject({ ruleId: 'timescale/too-soon', replaced: 'tomorrow' });
    expect(f!.message).toContain('The usual target for delivery issues is 2 business days');
    expect(f!.suggestions[0]).toBe('by 10am on Wednesday (25 Nov)');
    // An update may come sooner than the outcome.
    expect(check("I'll get back to you tomorrow.")).toEqual([]);
  });

  it('has the shape of a guard finding', () => {
    const [f] = checkPromises("I'll get back to you ASAP.", ctx);
    expect(f).toMatchObject({ category: 'vague-time', severity: 'warning', range: { start: 21, end: 25 } });
    expect(f!.why).toMatch(/principles\.md §4/);
  });

  it('lists what the draft commits to, with due times, and skips the past', () => {
    const promises = findPromises('You wrote last Friday. I will update you by 3pm tomorrow.', { now, settings });
    expect(promises).toHaveLength(1);
    expect(promises[0]).toMatchObject({ text: '3pm tomorrow', due: '2026-11-24T15:00:00.000Z', update: true });
  });

  it("counts business days on the team's calendar, holidays included", () => {
    // Thursday 24 December + 1 working day: Friday 25 and Monday 28 are holidays → Tuesday 29th.
    const christmas = findPromises('It will be done in 1 working day.', { now: new Date('2026-12-24T10:00:00Z'), settings });
    expect(christmas[0]!.due).toBe('2026-12-29T17:30:00.000Z');
  });
});
