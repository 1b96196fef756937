import { describe, expect, it } from 'vitest';
import { analysisLine, readInputLine } from '../../lib/cli/analyze';
import { parseCsv, parseCsvRows } from '../../lib/cli/csv';
import { binaryPrf, bitextToTactful, macroF1, resolveGold, spearman, toSixClass } from '../../lib/cli/eval-analysis';
import bitextMap from '../../lib/cli/bitext-category-map.json';
import { ISSUE_CATEGORIES } from '../../lib/analysis';

describe('csv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = '\ufeffid,text,n\r\n1,"Hello, ""you""\nthere",3\n2,plain,\n\n';
    expect(parseCsvRows(text)).toEqual([
      ['id', 'text', 'n'],
      ['1', 'Hello, "you"\nthere', '3'],
      ['2', 'plain', ''],
    ]);
    expect(parseCsv(text)[0]).toEqual({ id: '1', text: 'Hello, "you"\nthere', n: '3' });
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsvRows('a,"b\n')).toThrow(/not closed/);
  });
});

describe('analyze command lines', () => {
  it('names what is wrong with a bad input line', () => {
    expect(readInputLine('{"id":1,"text":"hi"}')).toEqual({ id: 1, text: 'hi' });
    expect(readInputLine('nope')).toMatchObject({ error: expect.stringMatching(/not JSON/) });
    expect(readInputLine('{"text":"hi"}')).toEqual({ error: '"id" must be a string or a number' });
    expect(readInputLine('{"id":"a","text":3}')).toEqual({ error: '"text" must be a string' });
  });

  it('writes the documented fields', () => {
    const line = analysisLine('a1', "My parcel still hasn't arrived and I'm furious");
    expect(Object.keys(line)).toEqual(['id', 'kind', 'emotion', 'polarity', 'complaint', 'severity', 'category', 'urgency']);
    expect(line).toMatchObject({ id: 'a1', kind: 'chase', polarity: 'negative', complaint: true, category: 'delivery' });
    expect(line.severity).toBeGreaterThanOrEqual(1);
  });
});

describe('eval metrics', () => {
  it('computes precision, recall and F1', () => {
    expect(binaryPrf([true, true, false, false], [true, false, true, false])).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
  });

  it('computes macro-F1 over the classes present', () => {
    expect(macroF1(['a', 'b', 'b'], ['a', 'b', 'a'], ['a', 'b', 'c'])).toBeCloseTo((2 / 3 + 2 / 3) / 2);
  });

  it('computes Spearman with tied ranks', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([0, 0, 1, 1], [0, 0, 1, 1])).toBeCloseTo(1);
  });

  it('counts a prediction matching any label of a multi-label row as correct', () => {
    expect(resolveGold(['anger', 'frustration'], 'frustration')).toBe('frustration');
    expect(resolveGold(['anger', 'frustration'], 'neutral')).toBe('anger');
    expect(toSixClass('disappointment')).toBe('frustration');
  });

  it('maps every Bitext category to a Tactful category', () => {
    expect(bitextMap.categories.map((c) => c.bitext).sort()).toEqual([
      'ACCOUNT', 'CANCELLATION_FEE', 'CONTACT', 'DELIVERY', 'FEEDBACK', 'INVOICE', 'NEWSLETTER', 'ORDER', 'PAYMENT', 'REFUND', 'SHIPPING_ADDRESS',
    ]);
    for (const c of [...bitextMap.categories, ...bitextMap.intentOverrides]) {
      expect(ISSUE_CATEGORIES).toContain(c.tactful);
      expect(c.note.length).toBeGreaterThan(10);
    }
    expect(bitextToTactful('FEEDBACK', 'complaint')).toBe('service');
    expect(bitextToTactful('FEEDBACK', 'review')).toBe('feedback');
  });
});
