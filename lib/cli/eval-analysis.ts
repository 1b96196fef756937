/**
 * Measures the analysis on labelled data (layout as in shared/data/README.md):
 *  - X-CI tweets to brands: complaint precision/recall/F1, severity Spearman;
 *  - GoEmotions: 3-way polarity macro-F1 and 6-class emotion macro-F1;
 *  - Bitext customer-service utterances: category accuracy and macro-F1.
 * Files are found by name prefix inside each folder, so a split with other file names (the held-out
 * one) is read the same way. Every figure is also given for odd and even rows separately: rules are
 * developed looking at odd rows only, and the even rows show whether a change generalised.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise/three';
import { analyzeConversation, analyzeMessage, createAnalysisCache } from '../analysis';
import type { EmotionLabel, IssueCategory, Polarity } from '../analysis';
import { parseCsv } from './csv';
import type { EvalMetric, EvalSection } from './eval-types';
import bitextMap from './bitext-category-map.json';
import goemotionsPolarity from './goemotions-polarity.json';

export const GOALS = {
  complaintF1: 0.75,
  severitySpearman: 0.5,
  polarityMacroF1: 0.75,
  emotionMacroF1: 0.55,
  categoryAccuracy: 0.95,
} as const;

/** The 6 classes GoEmotions is scored on; Tactful's disappointment counts as frustration, as in the data's own mapping (disappointment → frustration). */
export const SIX_CLASSES = ['anger', 'frustration', 'anxiety', 'confusion', 'satisfaction', 'neutral'] as const;
type SixClass = (typeof SIX_CLASSES)[number];

export function toSixClass(label: EmotionLabel): SixClass {
  return label === 'disappointment' ? 'frustration' : label;
}

// ---------------------------------------------------------------- metrics

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function binaryPrf(gold: readonly boolean[], predicted: readonly boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    if (g && p) tp++;
    else if (!g && p) fp++;
    else if (g && !p) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Mean of per-class F1 over `classes` (a class absent from both gold and predictions is skipped). */
export function macroF1<T extends string>(gold: readonly T[], predicted: readonly T[], classes: readonly T[]): number {
  const scores: number[] = [];
  for (const c of classes) {
    const g = gold.map((x) => x === c);
    const p = predicted.map((x) => x === c);
    if (!g.some(Boolean) && !p.some(Boolean)) continue;
    scores.push(binaryPrf(g, p).f1);
  }
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
}

export function accuracy<T>(gold: readonly T[], predicted: readonly T[]): number {
  if (gold.length === 0) return 0;
  return gold.filter((g, i) => g === predicted[i]).length / gold.length;
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(values.length).fill(0);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && (order[end + 1] as { v: number }).v === (order[k] as { v: number }).v) end++;
    // Ties share the mean of the ranks they span.
    const rank = (k + end) / 2 + 1;
    for (let j = k; j <= end; j++) out[(order[j] as { i: number }).i] = rank;
    k = end + 1;
  }
  return out;
}

/** Spearman's rho with tied ranks averaged (Pearson correlation of the ranks). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const n = ra.length;
  if (n < 2) return 0;
  const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / n;
  const ma = mean(ra);
  const mb = mean(rb);
  let cov = 0;
  let va = 0;
  let vb = 0;
  for (let i = 0; i < n; i++) {
    const da = (ra[i] as number) - ma;
    const db = (rb[i] as number) - mb;
    cov += da * db;
    va += da * da;
    vb += db * db;
  }
  return va && vb ? cov / Math.sqrt(va * vb) : 0;
}

/**
 * A multi-label row is scored as correct when the prediction is any of its labels; otherwise its
 * gold label is the first of its labels (in the order the file lists them), for the confusion counts.
 */
export function resolveGold<T extends string>(labels: readonly T[], predicted: T): T | undefined {
  return labels.includes(predicted) ? predicted : labels[0];
}

// ---------------------------------------------------------------- data

function findFile(dataDir: string, folder: string, prefix: string): string | undefined {
  try {
    const name = readdirSync(join(dataDir, folder))
      .filter((f) => f.toLowerCase().startsWith(prefix) && f.endsWith('.csv'))
      .sort()[0];
    return name ? join(folder, name) : undefined;
  } catch {
    return undefined;
  }
}

function readRows(dataDir: string, file: string): Record<string, string>[] {
  return parseCsv(readFileSync(join(dataDir, file), 'utf8'));
}

function missing(title: string, what: string, dataDir: string): EvalSection {
  return { title, data: `${what} not found under ${dataDir}`, metrics: [], notes: ['skipped: no data file'] };
}

const round3 = (n: number): number => Math.round(n * 1000) / 1000;

/** Folds for cross-validation: row i goes to fold i mod k (the data files are not ordered by label). */
export const FOLDS = 5;

/**
 * Mean and sample standard deviation of a figure over k folds. Tactful's rules and weights are fixed
 * (none is re-fitted per fold), so this shows how much a figure moves between unseen subsets of the
 * same size: the honest spread to expect on held-out text.
 */
export function crossValidate<T>(rows: readonly T[], figure: (part: T[]) => number, k = FOLDS): { mean: number; sd: number; min: number; max: number } {
  const values: number[] = [];
  for (let f = 0; f < k; f++) values.push(figure(rows.filter((_, i) => i % k === f)));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return { mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

function cvNote(name: string, cv: ReturnType<typeof crossValidate>): string {
  return `${FOLDS}-fold ${name}: ${round3(cv.mean)} ± ${round3(cv.sd)} (folds ${round3(cv.min)}–${round3(cv.max)})`;
}

function halves<T>(rows: readonly T[]): { odd: T[]; even: T[] } {
  return { odd: rows.filter((_, i) => i % 2 === 1), even: rows.filter((_, i) => i % 2 === 0) };
}

// ---------------------------------------------------------------- X-CI complaints

function evaluateComplaints(dataDir: string): EvalSection {
  const title = 'Complaint and severity (X-CI tweets to brands)';
  const file = findFile(dataDir, 'complaints', 'xci');
  if (!file) return missing(title, 'complaints/xci*.csv', dataDir);
  const rows = readRows(dataDir, file).filter((r) => r.tweet !== undefined && (r.is_complaint === '0' || r.is_complaint === '1'));
  const scored = rows.map((r) => {
    const a = analyzeMessage(r.tweet ?? '');
    return { gold: r.is_complaint === '1', goldSeverity: Number(r.severity_0to4 ?? 0), predicted: a.complaint, severity: a.severity };
  });
  const figures = (part: typeof scored) => ({
    ...binaryPrf(part.map((s) => s.gold), part.map((s) => s.predicted)),
    rho: spearman(part.map((s) => s.goldSeverity), part.map((s) => s.severity)),
  });
  const all = figures(scored);
  const { odd, even } = halves(scored);
  const o = figures(odd);
  const e = figures(even);
  const always = binaryPrf(scored.map((s) => s.gold), scored.map(() => true));
  return {
    title,
    data: `${file} (${rows.length} rows, ${scored.filter((s) => s.gold).length} complaints)`,
    metrics: [
      { name: 'complaint precision', value: round3(all.precision), n: rows.length },
      { name: 'complaint recall', value: round3(all.recall), n: rows.length },
      { name: 'complaint F1', value: round3(all.f1), goal: GOALS.complaintF1, n: rows.length },
      { name: 'severity Spearman (0–4, all rows)', value: round3(all.rho), goal: GOALS.severitySpearman, n: rows.length },
    ],
    notes: [
      `odd rows: F1 ${round3(o.f1)}, Spearman ${round3(o.rho)}; even rows: F1 ${round3(e.f1)}, Spearman ${round3(e.rho)}`,
      `baseline "everything is a complaint": F1 ${round3(always.f1)}`,
      cvNote('complaint F1', crossValidate(scored, (part) => figures(part).f1)),
      cvNote('severity Spearman', crossValidate(scored, (part) => figures(part).rho)),
    ],
  };
}

// ---------------------------------------------------------------- GoEmotions

const POLARITY_OF = new Map<string, Polarity>();
for (const group of goemotionsPolarity.groups) for (const label of group.labels) POLARITY_OF.set(label, group.polarity as Polarity);

function splitLabels(field: string | undefined): string[] {
  return (field ?? '').split(/[|;,]/).map((s) => s.trim()).filter(Boolean);
}

function evaluateEmotions(dataDir: string): EvalSection {
  const title = 'Emotion and polarity (GoEmotions, Reddit comments)';
  const file = findFile(dataDir, 'emotion', 'goemotions');
  if (!file) return missing(title, 'emotion/goemotions*.csv', dataDir);
  const rows = readRows(dataDir, file).filter((r) => r.text !== undefined);
  let multiEmotion = 0;
  let multiPolarity = 0;
  const scored = rows.map((r) => {
    const a = analyzeMessage(r.text ?? '');
    const emotionLabels = splitLabels(r.suggested_project_emotions).filter((l): l is SixClass => (SIX_CLASSES as readonly string[]).includes(l));
    if (emotionLabels.length === 0) emotionLabels.push('neutral');
    const polarityLabels = [...new Set(splitLabels(r.goemotions_labels).map((l) => POLARITY_OF.get(l) ?? 'neutral'))];
    if (emotionLabels.length > 1) multiEmotion++;
    if (polarityLabels.length > 1) multiPolarity++;
    const emotion = toSixClass(a.emotion.label);
    return {
      emotion,
      goldEmotion: resolveGold(emotionLabels, emotion) ?? 'neutral',
      polarity: a.polarity,
      goldPolarity: resolveGold(polarityLabels, a.polarity) ?? 'neutral',
    };
  });
  const POLARITIES: readonly Polarity[] = ['negative', 'neutral', 'positive'];
  const figures = (part: typeof scored) => ({
    polarity: macroF1(part.map((s) => s.goldPolarity), part.map((s) => s.polarity), POLARITIES),
    emotion: macroF1(part.map((s) => s.goldEmotion), part.map((s) => s.emotion), SIX_CLASSES),
  });
  const all = figures(scored);
  const { odd, even } = halves(scored);
  const o = figures(odd);
  const e = figures(even);
  const perClass = SIX_CLASSES.map((c) => {
    const f1 = binaryPrf(scored.map((s) => s.goldEmotion === c), scored.map((s) => s.emotion === c)).f1;
    return `${c} ${round3(f1)}`;
  });
  const metrics: EvalMetric[] = [
    { name: 'polarity macro-F1 (3-way)', value: round3(all.polarity), goal: GOALS.polarityMacroF1, n: rows.length },
    { name: 'emotion macro-F1 (6-class)', value: round3(all.emotion), goal: GOALS.emotionMacroF1, n: rows.length },
    { name: 'emotion accuracy (6-class)', value: round3(accuracy(scored.map((s) => s.goldEmotion), scored.map((s) => s.emotion))), n: rows.length },
  ];
  return {
    title,
    data: `${file} (${rows.length} rows)`,
    metrics,
    notes: [
      `multi-label rows: ${multiEmotion} for emotion, ${multiPolarity} for polarity; a prediction matching any of a row's labels counts as correct`,
      'polarity gold: GoEmotions labels grouped positive / negative / ambiguous+neutral (lib/cli/goemotions-polarity.json)',
      "Tactful's disappointment is scored as frustration (the data's mapping puts disappointment under frustration)",
      `per-class F1: ${perClass.join(', ')}`,
      `odd rows: polarity ${round3(o.polarity)}, emotion ${round3(o.emotion)}; even rows: polarity ${round3(e.polarity)}, emotion ${round3(e.emotion)}`,
      cvNote('polarity macro-F1', crossValidate(scored, (part) => figures(part).polarity)),
      cvNote('emotion macro-F1', crossValidate(scored, (part) => figures(part).emotion)),
    ],
  };
}

// ---------------------------------------------------------------- Bitext categories

const CATEGORY_OF = new Map<string, IssueCategory>(bitextMap.categories.map((c) => [c.bitext, c.tactful as IssueCategory]));
const INTENT_OVERRIDE = new Map<string, IssueCategory>(bitextMap.intentOverrides.map((c) => [c.bitext, c.tactful as IssueCategory]));

export function bitextToTactful(category: string, intent: string): IssueCategory | undefined {
  return INTENT_OVERRIDE.get(intent) ?? CATEGORY_OF.get(category);
}

function evaluateCategories(dataDir: string): EvalSection {
  const title = 'Issue category (Bitext customer-service utterances)';
  const file = findFile(dataDir, 'customer_intent', 'bitext');
  if (!file) return missing(title, 'customer_intent/bitext*.csv', dataDir);
  const rows = readRows(dataDir, file);
  let unmapped = 0;
  const scored: { gold: IssueCategory; predicted: IssueCategory }[] = [];
  for (const r of rows) {
    const gold = bitextToTactful(r.category ?? '', r.intent ?? '');
    if (!gold) {
      unmapped++;
      continue;
    }
    scored.push({ gold, predicted: analyzeMessage(r.utterance ?? '').category.label });
  }
  const classes = [...new Set(scored.map((s) => s.gold))].sort();
  const figures = (part: typeof scored) => ({
    accuracy: accuracy(part.map((s) => s.gold), part.map((s) => s.predicted)),
    macro: macroF1(part.map((s) => s.gold), part.map((s) => s.predicted), classes),
  });
  const all = figures(scored);
  const { odd, even } = halves(scored);
  const o = figures(odd);
  const e = figures(even);
  return {
    title,
    data: `${file} (${rows.length} rows${unmapped ? `, ${unmapped} with an unmapped category skipped` : ''})`,
    metrics: [
      { name: 'category accuracy', value: round3(all.accuracy), goal: GOALS.categoryAccuracy, n: scored.length },
      { name: 'category macro-F1', value: round3(all.macro), n: scored.length },
    ],
    notes: [
      'Bitext categories mapped to Tactful categories by lib/cli/bitext-category-map.json',
      `odd rows: accuracy ${round3(o.accuracy)}; even rows: accuracy ${round3(e.accuracy)}`,
      cvNote('category accuracy', crossValidate(scored, (part) => figures(part).accuracy)),
    ],
  };
}

// ---------------------------------------------------------------- restating the customer

/** Why a restatement could not be said back, or undefined when it can. */
export function restatementProblem(text: string): string | undefined {
  if (text.includes('?')) return 'a question mark inside a restatement';
  if (/\b(?:I|me|my|mine|myself|I'm|I've|I'd|I'll)\b/.test(text)) return 'a first-person claim taken from the customer';
  if (!nlp(text).has('#Verb') && !/\bto [a-z]+/i.test(text)) return 'no verb';
  return undefined;
}

/**
 * Every customer message of the development data through the conversation analysis: each phrase
 * Tactful would say back (mirror phrases and "You asked …" questions) must have a verb, no question
 * mark and no first-person claim of the customer's.
 */
function evaluateRestatements(dataDir: string): EvalSection {
  const title = 'Restating the customer (every development message)';
  const texts: string[] = [];
  const sources: string[] = [];
  const add = (folder: string, prefix: string, column: string) => {
    const file = findFile(dataDir, folder, prefix);
    if (!file) return;
    const rows = readRows(dataDir, file);
    for (const r of rows) if (r[column]) texts.push(r[column] as string);
    sources.push(`${file} (${rows.length})`);
  };
  add('complaints', 'xci', 'tweet');
  add('emotion', 'goemotions', 'text');
  add('customer_intent', 'bitext', 'utterance');
  add('customer_intent', 'banking77_test', 'text');
  if (texts.length === 0) return missing(title, 'complaints/, emotion/, customer_intent/', dataDir);
  const cache = createAnalysisCache();
  let phrases = 0;
  let questions = 0;
  const problems = new Map<string, number>();
  const examples: string[] = [];
  for (const text of texts) {
    const insight = analyzeConversation(
      { helpdesk: 'eval', url: 'about:blank', customer: {}, messages: [{ role: 'customer', text }], composer: { found: false }, confidence: 1 },
      { cache },
    );
    const said = [...insight.mirror.map((m) => m.text), ...(insight.question ? [insight.question.text] : [])];
    phrases += insight.mirror.length;
    if (insight.question) questions++;
    for (const phrase of said) {
      const problem = restatementProblem(phrase);
      if (!problem) continue;
      problems.set(problem, (problems.get(problem) ?? 0) + 1);
      if (examples.length < 5) examples.push(`${problem}: "${phrase}"`);
    }
  }
  const total = phrases + questions;
  const bad = [...problems.values()].reduce((a, b) => a + b, 0);
  return {
    title,
    data: `${sources.join(', ')}: ${texts.length} messages`,
    metrics: [
      { name: 'restatements said back (mirror phrases + questions)', value: total, n: texts.length },
      { name: 'share with a verb, no "?", no first-person claim', value: round3(total ? (total - bad) / total : 1), goal: 1, n: total },
    ],
    notes: [
      `${phrases} mirror phrases, ${questions} questions restated as "You asked …"`,
      ...(bad ? [`problems: ${[...problems].map(([p, n]) => `${p} ${n}`).join(', ')}`, ...examples] : ['no sentence without a verb, no question mark inside a restatement, no first-person claim']),
    ],
  };
}

export async function evaluateAnalysis(dataDir: string): Promise<EvalSection[]> {
  return [evaluateComplaints(dataDir), evaluateEmotions(dataDir), evaluateCategories(dataDir), evaluateRestatements(dataDir)];
}
