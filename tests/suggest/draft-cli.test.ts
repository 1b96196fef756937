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

  it('drafts the four points for a complaint, with a visible gap for the time', () => {
    const out = draftLine({ id: 'c1', messages: [{ role: 'customer', text: "This is ridiculous, my parcel still hasn't arrived after three weeks!" }] });
    expect(['complaint', 'chase']).toContain(out.draft.shape);
    expect(out.draft.points).toEqual(['heard', 'owner', 'timescale', 'updates']);
    expect(out.draft.text).toContain('[when: date and time]');
    expect(out.draft.text).not.toMatch(/Hi again|lovely|glad/i);
    expect(out.suggestions.length).toBeGreaterThan(0);
  });
});
