/**
 * Speed of the pure engines, each side by side with a well-known library doing a similar job on
 * the same input in the same run: the analysis against vader-sentiment (a sentiment lexicon), the
 * draft guard against write-good and alex (prose linters). They answer different questions, so the
 * ratio says what Tactful's extra understanding costs, not who is "better".
 */
import { createRequire } from 'node:module';
import { benchConversation, benchMessage, runAnalysisBench } from './bench-cases';
import { checkDraft } from '../guard';
import { BENCHMARK_DRAFT } from './bench-cases';
import type { BenchFigure } from './bench';
import { median } from './stats';

const require = createRequire(import.meta.url);

/** Median milliseconds of `run`, after warm-up runs. */
export function timeMedian(run: () => unknown, runs = 31, warmup = 10): { median: number; min: number; max: number } {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const range = (t: { min: number; max: number }) => `min ${t.min.toFixed(3)}, max ${t.max.toFixed(3)}`;

export async function benchAnalysis(): Promise<BenchFigure[]> {
  const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(text: string): unknown } }).SentimentIntensityAnalyzer;
  // V8 takes a few dozen runs to optimise the analysis: time it warm, as the panel runs it.
  const figures: BenchFigure[] = runAnalysisBench(51, 60).map((f) => ({
    name: f.name,
    value: f.ms,
    unit: 'ms',
    ...(f.goal !== undefined ? { goal: f.goal } : {}),
    note: `min ${f.min.toFixed(3)}, max ${f.max.toFixed(3)}`,
  }));
  const message = benchMessage(1000);
  const conversation = benchConversation(200, 1).messages.map((m) => m.text);
  const one = timeMedian(() => vader.polarity_scores(message));
  const all = timeMedian(() => conversation.forEach((text) => vader.polarity_scores(text)));
  const tactfulOne = figures[0]?.value ?? 0;
  const tactfulAll = figures[1]?.value ?? 0;
  figures.push(
    { name: 'vader-sentiment: the same 1,000-character message', value: one.median, unit: 'ms', note: range(one) },
    { name: 'vader-sentiment: the same 200 customer messages', value: all.median, unit: 'ms', note: range(all) },
    { name: 'Tactful ÷ vader, one message', value: tactfulOne / one.median, unit: 'x', note: 'emotion, complaint, category, urgency, mirror vs polarity only' },
    { name: 'Tactful ÷ vader, 200 messages', value: tactfulAll / all.median, unit: 'x' },
  );
  return figures;
}

export async function benchGuard(): Promise<BenchFigure[]> {
  const writeGood = require('write-good') as (text: string) => unknown[];
  const { text: alex } = (await import('alex')) as { text: (value: string) => unknown };
  const guard = timeMedian(() => checkDraft(BENCHMARK_DRAFT), 301, 50);
  const wg = timeMedian(() => writeGood(BENCHMARK_DRAFT), 101, 10);
  const ax = timeMedian(() => alex(BENCHMARK_DRAFT), 31, 5);
  return [
    { name: 'guard: check a 1,000-character draft', value: guard.median, unit: 'ms', goal: 0.5, note: range(guard) },
    { name: 'write-good: the same draft', value: wg.median, unit: 'ms', note: range(wg) },
    { name: 'alex: the same draft', value: ax.median, unit: 'ms', note: range(ax) },
    { name: 'write-good ÷ Tactful guard', value: wg.median / guard.median, unit: 'x' },
    { name: 'alex ÷ Tactful guard', value: ax.median / guard.median, unit: 'x' },
  ];
}
