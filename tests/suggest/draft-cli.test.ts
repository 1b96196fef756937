import { describe, expect, it } from 'vitest';
import { draftLine, readDraftInput } from '../../lib/cli/draft';

describe('tactful draft', () => {
  it('reads a conversation line and says what is wrong with a bad one', () => {
    expect(readDraftInput('{"id":1,"messages":[{"role":"customer","text":"hi"}],"channel":"chat"}')).toEqual({
      id: 1,
      messages: [{ role: 'customer', text: 'hi' }],
      channel: 'chat',
    });
    expect(readDraftInput('{"id":1,"messages":[]}')).toEqual({ error: '"messages" must be a non-empty list of {"role","text"}' });
    expect(readDraftInput('{"id":1,"messages":[{"role":"boss","text":"x"}]}')).toMatchObject({ error: expect.stringContaining('messages[0].role') });
  });

  it('prints the insight, the draft in the shape the message needs, and suggestions', () => {
    const out = draftLine(
      { id: 'q1', messages: [{ role: 'customer', text: 'Hi, can you send the invoice for my last order again?' }], customer: { name: 'Jordan Lee' } },
      { agent: 'Sam Rivera', company: 'Acme' },
    );
    expect(out.insight.kind).toBe('question');
    expect(out.insight.question).toBe('whether we can send the invoice for your last order again');
    expect(out.draft.shape).toBe('question');
    expect(out.draft.text.startsWith('Hi Jordan,')).toBe(true);
    expect(out.draft.text).toContain('[your answer here]');
    expect(out.draft.text).toMatch(/\nSam$/);
    expect(out.draft.missing).toEqual(['answer']);
  });

  it('drafts the four points for a complaint, with the timescale the panel would promise', () => {
    // Monday 10:00 UTC on the default calendar: the estimate is a concrete, business-hours time.
    const out = draftLine(
      { id: 'c1', messages: [{ role: 'customer', text: "This is ridiculous, my parcel still hasn't arrived after three weeks!" }] },
      { now: new Date('2026-12-07T10:00:00Z') },
    );
    expect(['complaint', 'chase']).toContain(out.draft.shape);
    expect(out.draft.points).toEqual(['heard', 'owner', 'timescale', 'updates']);
    expect(out.draft.timescale).toMatch(/^by /);
    expect(out.draft.text).toContain(out.draft.timescale);
    expect(out.draft.text).not.toContain('[when: date and time]');
    expect(out.draft.missing).toEqual([]);
    expect(out.draft.text).not.toMatch(/Hi again|lovely|glad/i);
    expect(out.suggestions.length).toBeGreaterThan(0);
  });

  it('counts the timescale from the time given, on the message\'s channel', () => {
    const input = { id: 'p1', messages: [{ role: 'customer' as const, text: 'My card payment keeps getting declined at the till' }] };
    const monday = draftLine(input, { now: new Date('2026-12-07T10:00:00Z') }).draft.timescale;
    const friday = draftLine(input, { now: new Date('2026-12-11T16:00:00Z') }).draft.timescale;
    expect(monday).not.toBe(friday);
    // Friday afternoon: the promise falls in the next working week, never on the weekend.
    expect(friday).not.toMatch(/Sat|Sun/);
  });
});
