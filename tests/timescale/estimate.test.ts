import { describe, expect, it } from 'vitest';
import { estimate, percentile, timescaleText, type HistoryContact } from '../../lib/timescale/estimate';
import { DEFAULT_TIMESCALE_SETTINGS, type TimescaleSettings } from '../../lib/timescale/settings';
import { targetFor } from '../../lib/timescale/targets';

// Monday 23 November 2026, 10:15 UTC; the default team works 09:00–17:30 UTC on weekdays.
const now = new Date('2026-11-23T10:15:00Z');
const settings: TimescaleSettings = DEFAULT_TIMESCALE_SETTINGS;

/** A contact opened on a Monday at 09:00 and resolved `days` business days later at 09:00. */
function contact(category: HistoryContact['category'], days: number): HistoryContact {
  const opened = new Date('2026-11-02T09:00:00Z');
  return { category, openedAt: opened.toISOString(), resolvedAt: new Date(opened.getTime() + days * 86_400_000).toISOString() };
}

describe('targets', { timeout: 30_000 }, () => {
  it('follow published first-response expectations per channel', () => {
    expect(targetFor('delivery', 'email').firstResponseHours).toBe(8);
    expect(targetFor('delivery', 'chat').firstResponseHours).toBeLessThan(0.2);
    expect(targetFor('delivery', 'social').firstResponseHours).toBe(1);
  });

  it("lay the team's settings, then a pack, over the defaults", () => {
    const fromSettings = targetFor('refund', 'email', { refund: { resolutionHours: 6 } });
    expect(fromSettings).toMatchObject({ resolutionHours: 6, source: 'settings' });
    const fromPack = targetFor('refund', 'email', { refund: { resolutionHours: 6 } }, { default: { resolutionHours: 30, note: 'card refunds' } });
    expect(fromPack).toMatchObject({ resolutionHours: 30, source: 'pack', note: 'card refunds' });
  });
});

describe('estimate', { timeout: 30_000 }, () => {
  it('works with no history: the target, rounded up to a whole hour a person would say', () => {
    const e = estimate({ category: 'delivery', channel: 'email', now, settings });
    // 16 business hours: 7.25 on Monday, 8.5 on Tuesday, 0.25 on Wednesday → 09:15, said as 10am.
    expect(e.due).toBe('2026-11-25T10:00:00.000Z');
    expect(e.phrase).toBe('by 10am on Wednesday (25 Nov)');
    expect(e.basis).toBe('The usual target for delivery issues is 2 business days; no similar resolved issues to go by yet');
    expect(e.history).toBeUndefined();
    expect(timescaleText(e)).toBe(e.phrase);
  });

  it('promises the end of the day when the time falls in its last two hours', () => {
    const e = estimate({ category: 'refund', channel: 'email', now, settings: { ...settings, targets: { refund: { resolutionHours: 6 } } } });
    expect(e.due).toBe('2026-11-23T17:30:00.000Z');
    expect(e.phrase).toBe('by the end of today');
  });

  it('takes what similar issues really took when that is later, plus the margin', () => {
    const history = [...Array.from({ length: 10 }, () => contact('delivery', 3)), contact('refund', 20)];
    const e = estimate({ category: 'delivery', channel: 'email', now, settings, history });
    expect(e.history).toEqual({ n: 10, p80Hours: 25.5 });
    expect(e.businessHours).toBeCloseTo(30.6);
    expect(e.phrase).toBe('by 4pm on Thursday (26 Nov)');
    expect(e.basis).toBe('10 similar delivery issues: 80% resolved within 3 business days; plus a 20% margin');
  });

  it('keeps the target when history is quicker, and ignores too little history', () => {
    const quick = estimate({ category: 'delivery', channel: 'email', now, settings, history: Array.from({ length: 6 }, () => contact('delivery', 0.01)) });
    expect(quick.due).toBe('2026-11-25T10:00:00.000Z');
    expect(quick.basis).toMatch(/^6 similar delivery issues: 80% resolved within 15 minutes; the usual target/);
    const few = estimate({ category: 'delivery', channel: 'email', now, settings, history: [contact('delivery', 9), contact('delivery', 9)] });
    expect(few.history).toBeUndefined();
    expect(few.due).toBe('2026-11-25T10:00:00.000Z');
  });

  it("speaks in the customer's zone when it differs from the team's", () => {
    const e = estimate({ category: 'delivery', channel: 'email', now, settings, customerTimeZone: 'America/New_York' });
    expect(e.phrase).toBe('by 5am EST on Wednesday (25 Nov)');
  });

  it('offers a short list of alternatives, the estimate first, each marked realistic or not', () => {
    const e = estimate({ category: 'delivery', channel: 'email', now, settings });
    expect(e.options[0]).toEqual({ kind: 'estimate', due: e.due, phrase: e.phrase, realistic: true });
    const byKind = Object.fromEntries(e.options.map((o) => [o.kind, o]));
    expect(byKind['end-of-today']).toMatchObject({ phrase: 'by the end of today', realistic: false });
    expect(byKind['next-morning']).toMatchObject({ phrase: 'by noon tomorrow (Tue 24 Nov)', realistic: false });
    expect(byKind['end-of-week']).toMatchObject({ phrase: 'by the end of Friday (27 Nov)', realistic: true });
    const later = e.options.slice(1).map((o) => o.due);
    expect(later).toEqual([...later].sort());
  });

  it('gives the first reply a time on the channel', () => {
    expect(estimate({ category: 'order', channel: 'chat', now, settings }).firstResponse.phrase).toBe('within 5 minutes');
    expect(estimate({ category: 'order', channel: 'email', now, settings }).firstResponse.phrase).toBe('by 10am tomorrow (Tue 24 Nov)');
  });
});

describe('percentile', { timeout: 30_000 }, () => {
  it('is the nearest-rank percentile', () => {
    expect(percentile([5, 1, 4, 2, 3], 0.8)).toBe(4);
    expect(percentile([], 0.8)).toBe(0);
  });
});
