import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/guard';
import { parseCsv } from '../../lib/cli/csv';
import { classifyCitedExamples, expectationForLabel } from '../../lib/cli/eval-guard';

// A small fixture written for this test, in our own words, with the labels of the cited legal
// examples (apology vs admission, warranty vs puffery). The cited examples themselves are measured
// by `npm run eval`, which reads them from the data folder beside the checkout.
const CSV_PATH = path.join(__dirname, 'fixtures/liability-examples.csv');

describe('apology vs fault, warranty vs puffery (fixture)', () => {
  const csv = readFileSync(CSV_PATH, 'utf8');
  const results = classifyCitedExamples(csv);

  it('reads every row', () => {
    expect(results.length).toBe(parseCsv(csv).length);
    expect(results.length).toBeGreaterThan(10);
  });

  it.each(results.filter((r) => r.expected !== 'unscored').map((r) => [r.label, r.text, r] as const))('%s: %s', (_label, _text, result) => {
    expect(result.flagged).toBe(result.expected === 'flagged');
  });

  it('raises nothing at all on the sympathy and puffery rows', () => {
    for (const r of results.filter((x) => x.expected === 'not-flagged')) {
      expect(checkDraft(r.text).findings.map((f) => f.ruleId), r.text).toEqual([]);
    }
  });

  it('maps the labels as the cited examples use them', () => {
    expect(expectationForLabel('fault_admission')).toBe('flagged');
    expect(expectationForLabel('mixed_sympathy_plus_fault')).toBe('flagged');
    expect(expectationForLabel('warranty_or_guarantee')).toBe('flagged');
    expect(expectationForLabel('sympathy_apology')).toBe('not-flagged');
    expect(expectationForLabel('puffery_no_warranty')).toBe('not-flagged');
    // An apology for the company's own delay is how agents apologise for the wait
    // (docs/principles.md §2): reported by the eval, not held to either side.
    expect(expectationForLabel('apology_for_own_act')).toBe('unscored');
  });
});
