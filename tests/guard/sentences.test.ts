import { describe, expect, it } from 'vitest';
import {
  NEVER_TUNED_GOALS,
  SCORED_CATEGORIES,
  SENTENCE_GOALS,
  SENTENCE_SETS,
  overallPrecision,
  predictedCategories,
  readSentences,
  scoreSentences,
} from '../../lib/cli/eval-guard';

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
});

const tuning = SENTENCE_SETS.filter((set) => set.role === 'tuning');
const neverTuned = SENTENCE_SETS.filter((set) => set.role === 'never-tuned');

// Sets the rules were tuned on: held to the goals category by category.
describe.each(tuning.map((set) => [set.file.split('/').pop() ?? set.file, set] as const))('tuning set %s', (_name, set) => {
  const rows = readSentences(set.file);

  it.each(scoreSentences(rows).map((s) => [s.category, s] as const))('%s keeps precision and recall above the goals', (_category, score) => {
    expect(score.precision, `wrongly flagged: ${score.wronglyFlagged.join(' | ')}`).toBeGreaterThanOrEqual(SENTENCE_GOALS.precision);
    expect(score.recall, `missed: ${score.missed.join(' | ')}`).toBeGreaterThanOrEqual(SENTENCE_GOALS.recall);
  });
});

// Sets written after the rules were frozen. Only precision is held to a goal: recall on phrasings
// the rules have never seen is low (see lib/guard/README.md) and asserting more would be dishonest.
describe.each(neverTuned.map((set) => [set.file.split('/').pop() ?? set.file, set] as const))('never-tuned set %s', (_name, set) => {
  const rows = readSentences(set.file);
  const all = SENTENCE_SETS.flatMap((s) => readSentences(s.file).map((r) => r.text));

  it('shares no sentence with any other set', () => {
    const own = new Set(rows.map((r) => r.text));
    expect(own.size).toBe(rows.length);
    expect(all.filter((t) => own.has(t)).length).toBe(rows.length);
  });

  it('keeps precision over all its findings at or above the goal', () => {
    const scores = scoreSentences(rows);
    const wrong = scores.flatMap((s) => s.wronglyFlagged.map((t) => `${s.category}: ${t}`));
    expect(overallPrecision(scores), wrong.join(' | ')).toBeGreaterThanOrEqual(NEVER_TUNED_GOALS.precision);
  });

  it('leaves at least 90% of its clean sentences without a finding', () => {
    const clean = rows.filter((r) => r.categories.length === 0);
    const passed = clean.filter((r) => predictedCategories(r.text).size === 0);
    expect(passed.length / clean.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the sentence sets', () => {
  it('include the fresh and final sets in the tuning pool, the read former blind set, and an unseen never-tuned set', () => {
    const setOf = (name: string) => {
      const set = SENTENCE_SETS.find((s) => s.file.endsWith(name));
      if (!set) throw new Error(`${name} is not wired into SENTENCE_SETS`);
      return set;
    };
    const fresh = readSentences(setOf('sentences-fresh.jsonl').file);
    const final = readSentences(setOf('sentences-final.jsonl').file);
    const blindSet = setOf('sentences-blind.jsonl');
    const blind = readSentences(blindSet.file);
    expect(setOf('sentences-final.jsonl').role).toBe('tuning');
    expect(blindSet.role).toBe('seen');
    const unseen = setOf('sentences-unseen.jsonl');
    expect(unseen.role).toBe('never-tuned');
    expect(readSentences(unseen.file).length).toBeGreaterThanOrEqual(60);
    const unseenReplies = setOf('sentences-unseen-replies.jsonl');
    expect(unseenReplies.role).toBe('never-tuned');
    expect(readSentences(unseenReplies.file).length).toBeGreaterThanOrEqual(100);
    expect(fresh.length).toBeGreaterThanOrEqual(200);
    expect(fresh.filter((r) => r.categories.length === 0).length).toBeGreaterThanOrEqual(fresh.filter((r) => r.categories.length > 0).length);
    expect(final.length).toBeGreaterThanOrEqual(80);
    expect(blind.length).toBeGreaterThanOrEqual(200);
    expect(blind.filter((r) => r.categories.length === 0).length).toBeGreaterThanOrEqual(100);
    expect(blind.filter((r) => r.categories.length > 0).length).toBeGreaterThanOrEqual(100);
    for (const category of SCORED_CATEGORIES) {
      expect(fresh.some((r) => r.categories.includes(category)), `fresh: ${category}`).toBe(true);
      expect(final.some((r) => r.categories.includes(category)), `final: ${category}`).toBe(true);
      expect(blind.some((r) => r.categories.includes(category)), `blind: ${category}`).toBe(true);
    }
  });
});
