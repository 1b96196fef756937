/**
 * Measures the draft guard: precision and recall per category on the agent sentences we wrote
 * (`SENTENCE_SETS`: four seen sets that form the tuning pool, and one never-tuned blind set), and accuracy on the cited apology/liability examples in the
 * shared data folder. `tactful eval` calls `evaluateGuard`; run this file directly to print only
 * the guard's figures: `npx tsx lib/cli/eval-guard.ts [dataDir]`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkDraft } from '../guard';
import type { GuardCategory } from '../guard/types';
import { parseCsv } from './csv';
import type { EvalMetric, EvalSection } from './eval-types';

export const SCORED_CATEGORIES: GuardCategory[] = ['fault', 'guarantee', 'compensation', 'blame', 'dismissive', 'sympathy', 'vague-time', 'placeholder'];

/** The goals the test suite holds the guard to on our own sentence set. */
export const SENTENCE_GOALS = { precision: 0.9, recall: 0.85 } as const;

/** Categories that make a cited example count as "flagged": the liability ones. */
const LIABILITY_CATEGORIES = new Set<GuardCategory>(['fault', 'guarantee', 'compensation']);

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SENTENCES_FILE = path.resolve(HERE, '../../tests/guard/sentences.jsonl');
/**
 * Written before the second round of rule work (its "before" figures are in lib/guard/README.md),
 * then tuned on together with sentences.jsonl.
 */
export const FRESH_SENTENCES_FILE = path.resolve(HERE, '../../tests/guard/sentences-fresh.jsonl');
/**
 * Sentences written after the first rules were frozen and never tuned on directly. Its missed
 * sentences were printed (and quoted in the brief) during the second round, so it is no longer an
 * independent check; sentences-final.jsonl is. Reported without a recall goal.
 */
export const HOLDOUT_SENTENCES_FILE = path.resolve(HERE, '../../tests/guard/sentences-holdout.jsonl');
/**
 * Written after the second round of rules was frozen and never tuned on in that round; its misses
 * were then read in the third (lexicon) round, so it is part of the tuning pool now.
 */
export const FINAL_SENTENCES_FILE = path.resolve(HERE, '../../tests/guard/sentences-final.jsonl');
/**
 * Written before the third (lexicon) round as a blind set; its sentences were later quoted in rule
 * comments and its misses listed, so it is no longer blind. Reported, held to no goal.
 */
export const BLIND_SENTENCES_FILE = path.resolve(HERE, '../../tests/guard/sentences-blind.jsonl');

/**
 * Written before the real-reply round changed any rule (scored once before and once after it),
 * never tuned on. See lib/guard/README.md for who wrote it and when.
 */
export const UNSEEN_SENTENCES_FILE = path.resolve(HERE, '../../tests/guard/sentences-unseen.jsonl');

/**
 * Whole short replies in the style of public support accounts, written on 2026-12-06 by the helper
 * who then changed the rules, before any rule of that round changed; scored before and after it,
 * never tuned on. Same author as the rules, so it flatters them (see lib/guard/README.md).
 */
export const UNSEEN_REPLIES_FILE = path.resolve(HERE, '../../tests/guard/sentences-unseen-replies.jsonl');

export interface SentenceSet {
  file: string;
  /**
   * `tuning`: the rules were adjusted while looking at it; `never-tuned`: they were not; `seen`: it
   * was meant to be blind but has been read since (reported, held to no goal).
   */
  role: 'tuning' | 'never-tuned' | 'seen';
  description: string;
}

export const SENTENCE_SETS: readonly SentenceSet[] = [
  { file: SENTENCES_FILE, role: 'tuning', description: 'first sentence set, written with the rules' },
  { file: FRESH_SENTENCES_FILE, role: 'tuning', description: 'fresh set, written before the second round of rules, then tuned on' },
  { file: HOLDOUT_SENTENCES_FILE, role: 'tuning', description: 'holdout, written after the first rules were frozen; seen in the second and third rounds (tuning pool)' },
  { file: FINAL_SENTENCES_FILE, role: 'tuning', description: 'final set, written after the second round was frozen; seen and tuned on in the third (lexicon) round' },
  { file: BLIND_SENTENCES_FILE, role: 'seen', description: 'former blind set of the lexicon round: quoted and read since, no longer blind' },
  { file: UNSEEN_SENTENCES_FILE, role: 'never-tuned', description: 'unseen set, written before the real-reply round changed any rule; never tuned on' },
  {
    file: UNSEEN_REPLIES_FILE,
    role: 'never-tuned',
    description: 'unseen short replies, written by the rule author before the rule-class round (2026-12-06); never tuned on',
  },
];

/**
 * What never-tuned sets are held to: precision over all their findings (micro-averaged, since
 * per-category counts there are small). Recall on them is reported, not asserted.
 */
export const NEVER_TUNED_GOALS = { precision: 0.9 } as const;
export const CITED_EXAMPLES_FILE = 'apology_liability/apology_vs_fault_examples_cited.csv';

export interface LabelledSentence {
  id: string;
  text: string;
  categories: GuardCategory[];
}

export function readSentences(file: string = SENTENCES_FILE): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as Partial<LabelledSentence>;
      if (typeof row.text !== 'string' || !Array.isArray(row.categories)) throw new Error(`${file}:${i + 1}: needs "text" and "categories"`);
      return { id: row.id ?? String(i + 1), text: row.text, categories: row.categories };
    });
}

export function predictedCategories(text: string): Set<GuardCategory> {
  return new Set(checkDraft(text).findings.map((f) => f.category));
}

export interface CategoryScore {
  category: GuardCategory;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** Sentences labelled with this category. */
  support: number;
  missed: string[];
  wronglyFlagged: string[];
}

export function scoreSentences(rows: LabelledSentence[]): CategoryScore[] {
  const predictions = rows.map((r) => predictedCategories(r.text));
  return SCORED_CATEGORIES.map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const missed: string[] = [];
    const wronglyFlagged: string[] = [];
    rows.forEach((row, i) => {
      const expected = row.categories.includes(category);
      const got = predictions[i]?.has(category) ?? false;
      if (expected && got) tp++;
      else if (got) {
        fp++;
        wronglyFlagged.push(row.text);
      } else if (expected) {
        fn++;
        missed.push(row.text);
      }
    });
    return {
      category,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: tp + fn === 0 ? 1 : tp / (tp + fn),
      support: tp + fn,
      missed,
      wronglyFlagged,
    };
  });
}

export type CitedExpectation = 'flagged' | 'not-flagged' | 'unscored';

/** What the issue asks of each label: fault, mixed and warranty are flagged; sympathy and puffery not. */
export function expectationForLabel(label: string): CitedExpectation {
  if (/^(?:fault|mixed|warranty)/.test(label)) return 'flagged';
  if (/^(?:sympathy|puffery)/.test(label)) return 'not-flagged';
  return 'unscored';
}

export function isFlaggedForLiability(text: string): boolean {
  return checkDraft(text).findings.some((f) => LIABILITY_CATEGORIES.has(f.category));
}

export interface CitedResult {
  text: string;
  label: string;
  expected: CitedExpectation;
  flagged: boolean;
}

export function classifyCitedExamples(csvText: string): CitedResult[] {
  return parseCsv(csvText).map((row) => {
    const text = row.text ?? '';
    const label = row.label ?? '';
    return { text, label, expected: expectationForLabel(label), flagged: isFlaggedForLiability(text) };
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function relative(file: string): string {
  return path.relative(path.resolve(HERE, '../..'), file);
}

/** Micro-averaged precision over every category's findings: one figure for a small set. */
export function overallPrecision(scores: CategoryScore[]): number {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fp = scores.reduce((n, s) => n + s.falsePositives, 0);
  return tp + fp === 0 ? 1 : tp / (tp + fp);
}

export function overallRecall(scores: CategoryScore[]): number {
  const tp = scores.reduce((n, s) => n + s.truePositives, 0);
  const fn = scores.reduce((n, s) => n + s.falseNegatives, 0);
  return tp + fn === 0 ? 1 : tp / (tp + fn);
}


/** Real agent replies labelled with the guard's categories (development data, never shipped). */
export const AGENT_REPLIES_FILE = 'agent_replies/twcs_agent_replies_dev.csv';

export interface LabelledReply extends LabelledSentence {
  /** `random` (realistic base rates) or `enriched` (extra positives and look-alikes). */
  stratum: string;
  /** `tune`: rules may be adjusted while reading its errors; `held`: never read, only scored. */
  split: 'tune' | 'held';
}

function hashKey(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A fixed split of the replies, stratified by label set: within each label set the rows are ordered
 * by a hash of their id and every 5th and 5th+3rd… row (two of five) goes to `held`. The eval
 * prints errors for `tune` rows only; `held` figures are reported, never read row by row.
 */
export function splitReplies(rows: { id: string; labels: string }[]): Map<string, 'tune' | 'held'> {
  const groups = new Map<string, { id: string; key: string }[]>();
  for (const row of rows) {
    const group = groups.get(row.labels) ?? [];
    group.push({ id: row.id, key: hashKey(`tactful-guard-split:${row.id}`) });
    groups.set(row.labels, group);
  }
  const split = new Map<string, 'tune' | 'held'>();
  for (const group of groups.values()) {
    group.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    group.forEach((row, i) => split.set(row.id, i % 5 === 1 || i % 5 === 3 ? 'held' : 'tune'));
  }
  return split;
}

export function readAgentReplies(csvText: string): LabelledReply[] {
  const raw = parseCsv(csvText).map((row) => ({ id: row.id ?? '', source: row.source ?? '', text: row.text ?? '', labels: (row.labels ?? 'none').trim() }));
  const split = splitReplies(raw);
  return raw.map((row) => ({
    id: row.id,
    text: row.text,
    categories: row.labels === 'none' ? [] : (row.labels.split(';').map((l) => l.trim()) as GuardCategory[]),
    stratum: /stratum=(\w+)/.exec(row.source)?.[1] ?? 'unknown',
    split: split.get(row.id) ?? 'tune',
  }));
}

/** The goals for real replies: precision and recall over all findings, false alarms on clean replies. */
export const REPLY_GOALS = { precision: 0.8, recall: 0.7, falseAlarmRate: 0.02 } as const;

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function replySection(title: string, data: string, rows: LabelledReply[], withNotes: boolean): EvalSection {
  const scores = scoreSentences(rows);
  const metrics: EvalMetric[] = [];
  for (const s of scores) {
    if (s.support === 0 && s.falsePositives === 0) continue;
    metrics.push({ name: `${s.category} P`, value: round(s.precision), n: s.truePositives + s.falsePositives });
    metrics.push({ name: `${s.category} R`, value: round(s.recall), n: s.support });
    metrics.push({ name: `${s.category} F1`, value: round(f1(s.precision, s.recall)), n: s.support });
  }
  const p = overallPrecision(scores);
  const r = overallRecall(scores);
  const findings = scores.reduce((n, s) => n + s.truePositives + s.falsePositives, 0);
  const labels = scores.reduce((n, s) => n + s.support, 0);
  metrics.push({ name: 'all categories P (micro)', value: round(p), goal: REPLY_GOALS.precision, n: findings });
  metrics.push({ name: 'all categories R (micro)', value: round(r), goal: REPLY_GOALS.recall, n: labels });
  metrics.push({ name: 'all categories F1 (micro)', value: round(f1(p, r)), n: labels });
  const clean = rows.filter((row) => row.categories.length === 0);
  const alarms = clean.filter((row) => predictedCategories(row.text).size > 0);
  // Shown as "no false alarm" so that higher is better, like every other figure.
  metrics.push({ name: 'false alarms on replies needing none', value: round(alarms.length / Math.max(1, clean.length)), n: clean.length });
  metrics.push({ name: 'replies needing none left alone', value: round(1 - alarms.length / Math.max(1, clean.length)), goal: 1 - REPLY_GOALS.falseAlarmRate, n: clean.length });
  return {
    title,
    data,
    metrics,
    notes: withNotes
      ? scores.flatMap((s) => [
          ...rows.filter((row) => row.categories.includes(s.category) && s.missed.includes(row.text)).map((row) => `${s.category} missed (${row.id}): ${row.text}`),
          ...rows.filter((row) => s.wronglyFlagged.includes(row.text)).map((row) => `${s.category} wrongly flagged (${row.id}): ${row.text}`),
        ])
      : [],
  };
}

/** Sections for the real replies: the tuning split (with its errors), the held split (figures only). */
export function evaluateAgentReplies(csvPath: string): EvalSection[] {
  const rows = readAgentReplies(readFileSync(csvPath, 'utf8'));
  const tune = rows.filter((r) => r.split === 'tune');
  const held = rows.filter((r) => r.split === 'held');
  const heldRandom = held.filter((r) => r.stratum === 'random');
  return [
    replySection('Draft guard: real agent replies, tuning split (errors listed)', `${csvPath} (${tune.length} of ${rows.length} rows)`, tune, true),
    replySection(
      'Draft guard: real agent replies, held split (never read while writing rules)',
      `${csvPath} (${held.length} of ${rows.length} rows: 2 of every 5 per label set, by a hash of the id)`,
      held,
      false,
    ),
    replySection('Draft guard: real agent replies, held split, random stratum only (realistic base rates)', `${heldRandom.length} rows`, heldRandom, false),
  ];
}

function sentenceSection(set: SentenceSet, rows: LabelledSentence[]): EvalSection {
  const scores = scoreSentences(rows);
  const tuning = set.role === 'tuning';
  const metrics: EvalMetric[] = [];
  for (const s of scores) {
    metrics.push({ name: `${s.category} precision`, value: round(s.precision), goal: tuning ? SENTENCE_GOALS.precision : undefined, n: s.truePositives + s.falsePositives });
    metrics.push({ name: `${s.category} recall`, value: round(s.recall), goal: tuning ? SENTENCE_GOALS.recall : undefined, n: s.support });
  }
  const findings = scores.reduce((n, s) => n + s.truePositives + s.falsePositives, 0);
  const labels = scores.reduce((n, s) => n + s.support, 0);
  metrics.push({ name: 'all categories precision', value: round(overallPrecision(scores)), goal: set.role === 'never-tuned' ? NEVER_TUNED_GOALS.precision : undefined, n: findings });
  metrics.push({ name: 'all categories recall', value: round(overallRecall(scores)), n: labels });
  const clean = rows.filter((r) => r.categories.length === 0);
  const cleanPassed = clean.filter((r) => predictedCategories(r.text).size === 0).length;
  metrics.push({ name: 'clean sentences with no finding', value: round(cleanPassed / Math.max(1, clean.length)), n: clean.length });
  return {
    title: tuning
      ? 'Draft guard: tuning set (precision/recall per category)'
      : set.role === 'seen'
        ? 'Draft guard: former blind set, read since (precision/recall per category)'
        : 'Draft guard: never-tuned set (precision/recall per category)',
    data: `${relative(set.file)}: ${set.description} (${rows.length} sentences, ${clean.length} clean)`,
    metrics,
    // A never-tuned set's sentences are not printed: reading them would make it a tuning set.
    notes: set.role === 'never-tuned' ? [] : scores.flatMap((s) => [
      ...s.missed.map((t) => `${s.category} missed: ${t}`),
      ...s.wronglyFlagged.map((t) => `${s.category} wrongly flagged: ${t}`),
    ]),
  };
}

export async function evaluateGuard(dataDir: string): Promise<EvalSection[]> {
  const sections: EvalSection[] = [];

  for (const set of SENTENCE_SETS) {
    if (!existsSync(set.file)) continue;
    sections.push(sentenceSection(set, readSentences(set.file)));
  }
  const tuning = SENTENCE_SETS.filter((set) => set.role === 'tuning' && existsSync(set.file));
  if (tuning.length > 1) {
    const rows = tuning.flatMap((set) => readSentences(set.file));
    const section = sentenceSection({ file: '', role: 'tuning', description: '' }, rows);
    sections.push({
      ...section,
      metrics: section.metrics.map(({ goal: _goal, ...m }) => m),
      title: 'Draft guard: whole tuning pool (precision/recall per category; goals are per file above)',
      data: `${tuning.map((set) => relative(set.file)).join(' + ')} (${rows.length} sentences)`,
      notes: [],
    });
  }

  const repliesPath = path.join(dataDir, AGENT_REPLIES_FILE);
  if (existsSync(repliesPath)) sections.push(...evaluateAgentReplies(repliesPath));
  else sections.push({ title: 'Draft guard: real agent replies', data: repliesPath, metrics: [], notes: [`not found: ${repliesPath}`] });

  const csvPath = path.join(dataDir, CITED_EXAMPLES_FILE);
  if (!existsSync(csvPath)) {
    sections.push({ title: 'Draft guard: cited apology/liability examples', data: csvPath, metrics: [], notes: [`not found: ${csvPath}`] });
    return sections;
  }
  const results = classifyCitedExamples(readFileSync(csvPath, 'utf8'));
  const scored = results.filter((r) => r.expected !== 'unscored');
  const right = scored.filter((r) => r.flagged === (r.expected === 'flagged'));
  sections.push({
    title: 'Draft guard: cited apology/liability examples',
    data: `${csvPath} (${results.length} rows, ${scored.length} scored)`,
    metrics: [{ name: 'accuracy (fault/mixed/warranty flagged, sympathy/puffery not)', value: round(right.length / Math.max(1, scored.length)), goal: 1, n: scored.length }],
    notes: [
      ...scored.filter((r) => !right.includes(r)).map((r) => `wrong (${r.label}, ${r.flagged ? 'flagged' : 'not flagged'}): ${r.text}`),
      ...results.filter((r) => r.expected === 'unscored').map((r) => `unscored label ${r.label}: ${r.flagged ? 'flagged' : 'not flagged'}: ${r.text}`),
    ],
  });
  return sections;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const dataDir = process.argv[2] ?? path.resolve(HERE, '../../../shared/data/dev');
  Promise.all([evaluateGuard(dataDir), import('./eval-format')]).then(
    ([sections, { formatSections }]) => console.log(formatSections(sections)),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    },
  );
}
