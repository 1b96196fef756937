import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseTimesLine, runTimes, timesLine } from '../../lib/cli/times';

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('tactful times', { timeout: 30_000 }, () => {
  it('prints each match with offsets, kind and value in the reference offset', () => {
    const text = 'We will reply within 2 hours, and ship by Friday 3pm.';
    const line = timesLine('a1', text, '2026-11-23T10:15:00+01:00');
    expect(line).toEqual({
      id: 'a1',
      matches: [
        { text: 'within 2 hours', start: 14, end: 28, kind: 'range', value: { start: '2026-11-23T10:15:00+01:00', end: '2026-11-23T12:15:00+01:00' } },
        { text: 'Friday 3pm', start: 42, end: 52, kind: 'datetime', value: '2026-11-27T15:00:00+01:00' },
      ],
    });
    for (const m of line.matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('gives dates as YYYY-MM-DD and lengths as ISO 8601 durations', () => {
    const { matches } = timesLine(7, 'Allow 48 hours, or until 2 December.', '2026-11-23T10:15:00Z');
    expect(matches.map((m) => [m.kind, m.value])).toEqual([
      ['duration', 'PT48H'],
      ['date', '2026-12-02'],
    ]);
  });

  it('refuses a line without a reference offset', () => {
    expect(parseTimesLine('{"id":1,"text":"today","reference":"2026-11-23T10:15:00"}')).toHaveProperty('error');
    expect(parseTimesLine('{"id":1,"text":"today"}')).toHaveProperty('error');
    expect(parseTimesLine('[1]')).toHaveProperty('error');
    expect(parseTimesLine('{"id":1,"text":"today","reference":"2026-11-23T10:15:00Z"}')).toEqual({ id: 1, text: 'today', reference: '2026-11-23T10:15:00Z' });
  });

  it('reads JSON lines, writes one line each, reports bad lines and exits 1', async () => {
    const input = Readable.from(['{"id":"x","text":"see you tomorrow","reference":"2026-11-23T10:15:00Z"}\n', 'not json\n', '\n']);
    const out = sink();
    const err = sink();
    const code = await runTimes(input, out.stream, err.stream);
    expect(code).toBe(1);
    expect(out.text().trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: 'x', matches: [{ text: 'tomorrow', start: 8, end: 16, kind: 'date', value: '2026-11-24' }] },
    ]);
    expect(err.text()).toContain('line 2: not valid JSON');
  });
});
