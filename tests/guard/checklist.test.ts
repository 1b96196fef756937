import { describe, expect, it } from 'vitest';
import { checkReply } from '../../lib/guard';

describe('reply checklist', () => {
  const complete = [
    'Hi Sarah,',
    "So your parcel that should have come on Monday still hasn't arrived, and I'm so sorry about that.",
    "I'm looking after this myself and I'll have an answer for you by 3pm on Wednesday.",
    "If anything changes before then, I'll let you know straight away.",
  ].join('\n');

  it('finds all four points with their evidence', () => {
    const c = checkReply(complete);
    expect(c.heard.ok).toBe(true);
    expect(c.heard.evidence?.text).toMatch(/^So your parcel/);
    expect(c.timescale).toMatchObject({ ok: true, evidence: { text: '3pm on Wednesday' } });
    expect(c.owner.ok).toBe(true);
    expect(c.owner.evidence?.text).toBe("I'm looking");
    expect(c.updates).toMatchObject({ ok: true, evidence: { text: 'If anything changes' } });
    const e = c.timescale.evidence;
    expect(e && complete.slice(e.start, e.end)).toBe('3pm on Wednesday');
  });

  it('offers a sentence to add for each missing point', () => {
    const c = checkReply('Thanks for your email. We are looking into it and will be in touch soon.');
    expect(c.heard.ok).toBe(false);
    expect(c.timescale.ok).toBe(false);
    expect(c.owner.ok).toBe(false);
    for (const item of [c.heard, c.timescale, c.owner]) expect(item.suggestion.length).toBeGreaterThan(10);
  });

  it.each([
    ["I'll call you by 3pm on Wednesday.", true],
    ["We'll have it fixed within 2 hours.", true],
    ['An engineer will be with you tomorrow morning.', true],
    ['Your refund should arrive in 3-5 working days.', true],
    ["I'll get back to you soon.", false],
    ["We'll sort it ASAP.", false],
    ['You ordered it on Monday.', false],
    ['Can you make Friday at 2pm?', false],
  ])('timescale in %j: %s', (text, ok) => {
    expect(checkReply(text).timescale.ok).toBe(ok);
  });

  it.each([
    ["I'll chase the courier for you.", true],
    ["I'm looking after this myself.", true],
    ['Our billing team will review the charge.', true],
    ['Priya from our returns team is handling it.', true],
    ['Let me check that for you.', true],
    ['The parcel is delayed.', false],
  ])('owner in %j: %s', (text, ok) => {
    expect(checkReply(text).owner.ok).toBe(ok);
  });

  it.each([
    ["I'll keep you updated.", true],
    ["If anything changes, I'll let you know straight away.", true],
    ["I'll email you as soon as I hear back.", true],
    ["Even if there's no news, I'll update you on Friday.", true],
    ['Thanks for your patience.', false],
  ])('updates in %j: %s', (text, ok) => {
    expect(checkReply(text).updates.ok).toBe(ok);
  });

  it.each([
    ['I understand your order still has not arrived.', true],
    ["It sounds like the tracking hasn't moved since Tuesday.", true],
    ["I'm sorry to hear your jacket arrived torn.", true],
    ['Thanks for your email.', false],
    ["I'm sorry for the wait.", false],
  ])('heard (heuristics) in %j: %s', (text, ok) => {
    expect(checkReply(text).heard.ok).toBe(ok);
  });

  it('uses the mirror phrases from the analysis when given', () => {
    const mirror = ["your parcel still hasn't arrived"];
    const c = checkReply("Thanks for waiting. Your parcel still hasn't arrived, and I'm chasing it.", { mirrorPhrases: mirror });
    expect(c.heard).toMatchObject({ ok: true, evidence: { text: "Your parcel still hasn't arrived" } });
    const loose = checkReply("I can't believe the parcel hasn't arrived yet either.", { mirrorPhrases: mirror });
    expect(loose.heard.ok).toBe(true);
    const missing = checkReply('Thanks for your email.', { mirrorPhrases: mirror });
    expect(missing.heard.ok).toBe(false);
    expect(missing.heard.suggestion).toContain("your parcel still hasn't arrived");
  });

  it('does not count the customer’s quoted words', () => {
    const c = checkReply("Thanks for writing.\n> I'll be home by 3pm on Wednesday, keep me updated.");
    expect(c.timescale.ok).toBe(false);
    expect(c.updates.ok).toBe(false);
  });
});
