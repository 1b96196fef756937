import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../lib/guard';
import { parseCsv } from '../../lib/cli/csv';
import { CITED_EXAMPLES_FILE, classifyCitedExamples, expectationForLabel } from '../../lib/cli/eval-guard';

// The shared data lives beside the checkout, never in the repository (see ../shared/data/README.md).
const DATA_DIR = path.resolve(__dirname, '../../../shared/data/dev');
const CSV_PATH = path.join(DATA_DIR, CITED_EXAMPLES_FILE);

function readCitedCsv(): string {
  if (!existsSync(CSV_PATH)) {
    throw new Error(
      `The labelled apology/liability data is missing: expected ${CSV_PATH}. ` +
        'Put the shared data folder (../shared/data/dev) beside the project checkout.',
    );
  }
  return readFileSync(CSV_PATH, 'utf8');
}

describe('cited apology vs fault examples', () => {
  const csv = readCitedCsv();
  const results = classifyCitedExamples(csv);

  it('reads every row', () => {
    expect(results.length).toBe(parseCsv(csv).length);
    expect(results.length).toBeGreaterThan(0);
  });

  it.each(results.filter((r) => r.expected !== 'unscored').map((r) => [r.label, r.text, r] as const))(
    '%s: %s',
    (_label, _text, result) => {
      expect(result.flagged).toBe(result.expected === 'flagged');
    },
  );

  it('raises nothing at all on the sympathy and puffery rows', () => {
    for (const r of results.filter((x) => x.expected === 'not-flagged')) {
      expect(checkDraft(r.text).findings.map((f) => f.ruleId), r.text).toEqual([]);
    }
  });

  it('maps the labels as the issue says', () => {
    expect(expectationForLabel('fault_admission')).toBe('flagged');
    expect(expectationForLabel('mixed_sympathy_plus_fault')).toBe('flagged');
    expect(expectationForLabel('warranty_or_guarantee')).toBe('flagged');
    expect(expectationForLabel('sympathy_apology')).toBe('not-flagged');
    expect(expectationForLabel('puffery_no_warranty')).toBe('not-flagged');
    // An apology for the company's own delay is how agents apologise for the wait (PRINCIPLES.md §2);
    // the row is reported by the eval, not held to either side.
    expect(expectationForLabel('apology_for_own_act')).toBe('unscored');
  });
});
