import { describe, expect, it } from 'vitest';
import { MAX_SEGMENT_CHARS, negatesEnd, ownText, replyHeaderIndex, splitSentences, tokenize } from '../../lib/language';

describe('splitSentences', () => {
  it('splits at sentence ends and line breaks, trimmed, keeping offsets', () => {
    const text = 'Hi Jane,\nThanks for this. We sent item no. 3 today! Is that ok?';
    const parts = splitSentences(text).map((r) => text.slice(r.start, r.end));
    expect(parts).toEqual(['Hi Jane,', 'Thanks for this.', 'We sent item no. 3 today!', 'Is that ok?']);
  });

  it('never returns a piece longer than the segment size, cutting at a space', () => {
    const text = 'word '.repeat(1000);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_SEGMENT_CHARS);
      expect(text.slice(p.start, p.end)).toMatch(/^word(?: word)*$/);
    }
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('\n'.repeat(1000) + ' '.repeat(1000))).toEqual([]);
  });
});

describe('ownText', () => {
  it('cuts at a reply header and says where the quote starts', () => {
    const draft = 'Thanks, sorted.\n\nOn Mon, 3 Jun 2024, Sam <s@example.com> wrote:\n> where is it?';
    const own = ownText(draft, 10_000);
    expect(draft.slice(0, own.end)).toBe('Thanks, sorted.\n\n');
    expect(own.quotedFrom).toBe(own.end);
    expect(own.capped).toBe(false);
  });

  it('caps long text and says so', () => {
    expect(ownText('a'.repeat(50), 20)).toEqual({ end: 20, capped: true });
  });

  it('finds Outlook headers', () => {
    expect(replyHeaderIndex('Hi\n-----Original Message-----\nFrom: x')).toBe(3);
    expect(replyHeaderIndex('Hi\nFrom: Sam\nSent: Monday\nTo: us')).toBe(3);
    expect(replyHeaderIndex('From now on we will call first.')).toBe(-1);
  });
});

describe('negation', () => {
  it('sees negation in the last words before a match', () => {
    expect(negatesEnd("it's not")).toBe(true);
    expect(negatesEnd("we didn't")).toBe(true);
    expect(negatesEnd('it was')).toBe(false);
  });
});

describe('tokenize', () => {
  it('skips e-mail addresses whole', () => {
    expect(tokenize('mail jo.b@example.com now').map((t) => t.text)).toEqual(['mail', 'now']);
  });

  it('reads long runs of address characters in linear time', () => {
    const t0 = performance.now();
    tokenize('@ ' + '-'.repeat(200_000));
    tokenize('www.' + '.'.repeat(100_000));
    tokenize('x@ ' + '_'.repeat(200_000) + ' ' + '+'.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
