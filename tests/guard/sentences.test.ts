import { describe, expect, it } from 'vitest';
import { SCORED_CATEGORIES, SENTENCE_GOALS, readSentences, scoreSentences } from '../../lib/cli/eval-guard';

// Our own agent sentences (tests/guard/sentences.jsonl): each category and its look-alikes.
describe('guard on the agent sentence set', () => {
  const rows = readSentences();

  it('has at least 300 labelled sentences covering every category, flagged and clean', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(rows.filter((r) => r.categories.length === 0).length).toBeGreaterThanOrEqual(100);
    for (const category of SCORED_CATEGORIES) {
      expect(rows.filter((r) => r.categories.includes(category)).length, category).toBeGreaterThanOrEqual(15);
    }
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it.each(scoreSentences(rows).map((s) => [s.category, s] as const))('%s keeps precision and recall above the goals', (_category, score) => {
    expect(score.precision, `wrongly flagged: ${score.wronglyFlagged.join(' | ')}`).toBeGreaterThanOrEqual(SENTENCE_GOALS.precision);
    expect(score.recall, `missed: ${score.missed.join(' | ')}`).toBeGreaterThanOrEqual(SENTENCE_GOALS.recall);
  });
});
