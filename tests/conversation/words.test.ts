import { describe, expect, it } from 'vitest';
import { editOutcome, healthReason } from '@/lib/conversation/words';

describe("the panel's words for the content script's codes", () => {
  it('words each reason an edit was not taken, and passes a done edit through', () => {
    expect(editOutcome({ ok: true })).toEqual({ ok: true });
    expect(editOutcome({ ok: false, why: 'stale' })).toEqual({ ok: false, reason: 'The draft changed; check it again.' });
    for (const why of ['noReplyBox', 'notTaken'] as const) {
      const outcome = editOutcome({ ok: false, why });
      expect(outcome.ok).toBe(false);
      expect(!outcome.ok && outcome.reason).toMatch(/\w{3,}/);
    }
    expect(editOutcome({ ok: false, why: 'noReplyBox' })).not.toEqual(editOutcome({ ok: false, why: 'notTaken' }));
  });

  it("words a doubtful reading with its counts", () => {
    expect(healthReason({ adapter: 'rt', problem: 'readFewer', read: 2, visible: 9 })).toBe('read 2 of about 9 messages');
    expect(healthReason({ adapter: 'rt', problem: 'noCustomer' })).toBe('found no customer');
  });
});
