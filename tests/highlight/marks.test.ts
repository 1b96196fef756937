import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_CSS, segments, SEVERITIES, shiftMarks } from '../../lib/highlight/marks';
import type { DraftMark } from '../../lib/messaging';

const mark = (start: number, end: number, severity: DraftMark['severity'] = 'error'): DraftMark => ({ start, end, category: 'fault', severity });

describe('segments (the textarea overlay text)', () => {
  const text = 'Thanks. It was our fault your order was late.';
  const fault = text.indexOf('It was our fault');

  it('cuts the text into unmarked and marked stretches that join back into it', () => {
    const parts = segments(text, [mark(fault, fault + 16)]);
    expect(parts).toEqual([{ text: 'Thanks. ' }, { text: 'It was our fault', severity: 'error' }, { text: ' your order was late.' }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('gives the most severe mark the overlap, and merges neighbours of one severity', () => {
    const parts = segments('abcdefgh', [mark(1, 5, 'info'), mark(3, 4, 'error'), mark(5, 7, 'info')]);
    expect(parts).toEqual([
      { text: 'a' },
      { text: 'bc', severity: 'info' },
      { text: 'd', severity: 'error' },
      { text: 'efg', severity: 'info' },
      { text: 'h' },
    ]);
  });

  it('ignores marks outside the text and keeps line breaks as text', () => {
    expect(segments('a\nb', [mark(2, 9), mark(-3, -1)])).toEqual([{ text: 'a\n' }, { text: 'b', severity: 'error' }]);
    expect(segments('', [mark(0, 1)])).toEqual([]);
  });
});

describe('shiftMarks (marks follow the agent until the panel marks again)', () => {
  const before = 'Hi. It was our fault.';
  const m = mark(4, 20);

  it('keeps marks before an edit and moves marks after it', () => {
    expect(shiftMarks([m], before, `${before} Sorry!`)).toEqual([m]);
    expect(shiftMarks([m], before, `Hello Dana. ${before}`)).toEqual([mark(16, 32)]);
    expect(shiftMarks([m], before, 'Hi. Sorry. It was our fault.')).toEqual([mark(11, 27)]);
    expect(shiftMarks([m], before, 'It was our fault.')).toEqual([mark(0, 16)]);
  });

  it('drops a mark the edit went into, and keeps one the edit only touched at its end', () => {
    expect(shiftMarks([m], before, 'Hi. It was my fault.')).toEqual([]);
    expect(shiftMarks([m], before, 'Hi. It was our fault!')).toEqual([m]);
  });

  it('returns the same marks when nothing changed', () => {
    const marks = [m];
    expect(shiftMarks(marks, before, before)).toBe(marks);
  });
});

describe('the highlight stylesheet', () => {
  it('has one ::highlight rule per severity, named tactful-<severity>', () => {
    for (const severity of SEVERITIES) expect(HIGHLIGHT_CSS).toContain(`::highlight(tactful-${severity}){text-decoration:underline wavy #`);
    expect(HIGHLIGHT_CSS.match(/::highlight/g)).toHaveLength(3);
  });
});
