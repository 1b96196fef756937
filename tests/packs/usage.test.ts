import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestRunDistance, editRatio, MEASURE_AFTER_MS, PhraseUseTracker, words, type UseContext } from '@/lib/packs/usage';

describe('the edit ratio of an inserted phrase', () => {
  const phrase = "I'm sorry your parcel is late, and I'll find out where it is today.";

  it('is 0 when the phrase was sent word for word, whatever the agent wrote around it or how it is punctuated', () => {
    expect(editRatio(phrase, phrase)).toBe(0);
    expect(editRatio(phrase, `Hi Sam,\n\n${phrase.toUpperCase().replace(/[,.]/g, '')}\n\nBest wishes, Ana`)).toBe(0);
    expect(editRatio("I'm sorry", 'I’m sorry.')).toBe(0);
  });

  it('counts changed words against the phrase length', () => {
    // 14 words; "today" → "tomorrow" is one replacement.
    expect(words(phrase)).toHaveLength(14);
    expect(editRatio(phrase, phrase.replace('today', 'tomorrow'))).toBeCloseTo(1 / 14);
    // One word removed and one added.
    expect(editRatio(phrase, "Hello. I'm sorry your parcel is so late, and I'll find out where it is. Thanks")).toBeCloseTo(2 / 14);
  });

  it('is 1 when the phrase was removed or rewritten', () => {
    expect(editRatio(phrase, 'Thanks for waiting; a new one ships tomorrow.')).toBe(1);
    expect(editRatio(phrase, '')).toBe(1);
  });

  it('is always between 0 and 1, and 0 for the text itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 200 }), (a, b) => {
        const r = editRatio(a, b);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(editRatio(a, `${b} ${a} ${b}`)).toBe(0);
      }),
    );
  });

  it('finds the closest run anywhere in the text', () => {
    expect(closestRunDistance(['a', 'b', 'c'], ['x', 'a', 'b', 'c', 'y'])).toBe(0);
    expect(closestRunDistance(['a', 'b', 'c'], ['x', 'a', 'q', 'c'])).toBe(1);
    expect(closestRunDistance(['a', 'b'], [])).toBe(2);
  });
});

describe('following insertions until they can be measured', () => {
  const at = (ms: number) => () => new Date(Date.UTC(2026, 2, 1) + ms);
  const where = (agentMessages: string[], conversation = 'rt|7'): UseContext => ({ conversation, agentMessages });

  function tracker(clock: () => Date = at(0)) {
    const events: string[] = [];
    const t = new PhraseUseTracker({ inserted: (key) => events.push(`inserted ${key}`), measured: (key, ratio) => events.push(`measured ${key} ${ratio.toFixed(2)}`) }, clock);
    return { t, events };
  }

  it('measures against the next agent message in the same conversation, once', () => {
    const { t, events } = tracker();
    t.inserted('acme/late-1', 'Sorry this is late.', where(['Earlier reply.']));
    t.draft('rt|7', 'Hi, sorry this is so late.');
    t.read(where(['Earlier reply.'])); // nothing new yet
    t.read(where(['Earlier reply.'], 'rt|8')); // another conversation
    expect(events).toEqual(['inserted acme/late-1']);
    t.read(where(['Earlier reply.', 'Hi, sorry this is so late. Thanks.']));
    t.read(where(['Earlier reply.', 'Hi, sorry this is so late. Thanks.', 'A later reply.']));
    expect(events).toEqual(['inserted acme/late-1', 'measured acme/late-1 0.25']);
    expect(t.waiting).toBe(0);
  });

  it('falls back to the last draft when the panel closes, and measures nothing when that draft is empty', () => {
    const { t, events } = tracker();
    t.inserted('acme/a', 'Thanks for your patience.', where([]));
    t.inserted('acme/b', 'I can help with that.', where([], 'rt|9'));
    t.inserted('acme/c', 'Never seen in a draft.', where([], 'rt|10'));
    t.draft('rt|7', 'Thanks for your patience.');
    t.draft('rt|9', 'I can help.');
    t.draft('rt|9', '');
    t.flush();
    expect(events.slice(3)).toEqual(['measured acme/a 0.00']);
  });

  it('measures against the last draft after an hour without a reply', () => {
    let now = 0;
    const { t, events } = tracker(() => new Date(Date.UTC(2026, 2, 1) + now));
    t.inserted('acme/a', 'Thanks for your patience.', where([]));
    t.draft('rt|7', 'Thanks for waiting.');
    now = MEASURE_AFTER_MS + 1;
    t.read(where([], 'rt|8'));
    expect(events).toEqual(['inserted acme/a', 'measured acme/a 0.50']);
    expect(t.waiting).toBe(0);
  });
});
