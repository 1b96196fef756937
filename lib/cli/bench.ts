/**
 * `tactful bench [--json]`: speed and size figures, measured here and now (no timed assertions in
 * tests: figures are printed, budgets that matter are checked in CI by `tactful size --check`).
 */
import { parseArgs } from 'node:util';
import { benchAnalysis, benchGuard } from './bench-engine';
import { measureContentScripts } from './size';

export interface BenchFigure {
  name: string;
  value: number;
  unit: 'ms' | 'KB' | 'x';
  /** The goal, when there is one (lower is better). */
  goal?: number;
  note?: string;
}

type BenchSuite = () => Promise<BenchFigure[]>;

/** Every suite, in the order printed. Each measures one part of Tactful in isolation. */
const SUITES: { name: string; run: BenchSuite }[] = [
  { name: 'reading pages (Chromium)', run: benchReading },
  { name: 'panel (Chromium)', run: benchPanel },
  { name: 'analysis (Node)', run: benchAnalysis },
  { name: 'draft guard (Node)', run: benchGuard },
  { name: 'phrase packs (Node)', run: async () => (await import('./bench-packs')).benchPacks() },
  { name: 'size', run: benchSize },
  { name: 'history (Chromium IndexedDB)', run: benchHistory },
];

async function benchHistory(): Promise<BenchFigure[]> {
  return (await import('./bench-history')).benchHistory();
}

async function benchReading(): Promise<BenchFigure[]> {
  return (await import('./bench-reading')).benchReading();
}

async function benchPanel(): Promise<BenchFigure[]> {
  return (await import('./bench-panel')).benchPanel();
}

async function benchSize(): Promise<BenchFigure[]> {
  return measureContentScripts().map((size) => ({
    name: `content script ${size.name}, gzip (one per page)`,
    value: size.gzipBytes / 1024,
    unit: 'KB',
    goal: size.budgetBytes / 1024,
    note: `${(size.bytes / 1024).toFixed(1)} KB raw`,
  }));
}

export async function run(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false }, suite: { type: 'string' } } });
  // `--suite panel` runs the suites whose name starts with "panel" (one part, measured again).
  const chosen = SUITES.filter((suite) => !values.suite || suite.name.startsWith(values.suite));
  if (chosen.length === 0) throw new Error(`No bench suite starts with "${values.suite}": ${SUITES.map((s) => s.name).join(', ')}`);
  const results: { suite: string; figures: BenchFigure[] }[] = [];
  for (const suite of chosen) {
    if (!values.json) process.stderr.write(`bench: ${suite.name}…\n`);
    results.push({ suite: suite.name, figures: await suite.run() });
  }
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
    return 0;
  }
  const rows = results.flatMap((r) => r.figures.map((f) => ({ suite: r.suite, ...f })));
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const result of results) {
    console.log(`\n${result.suite}`);
    for (const f of result.figures) {
      const goal = f.goal === undefined ? '' : ` (goal ≤ ${f.goal} ${f.unit}) ${f.value <= f.goal ? 'ok' : 'OVER'}`;
      const digits = f.unit === 'ms' && f.value < 1 ? 3 : f.unit === 'x' && f.value < 10 ? 2 : 1;
      console.log(`  ${f.name.padEnd(width)}  ${f.value.toFixed(digits).padStart(9)} ${f.unit}${goal}${f.note ? `  [${f.note}]` : ''}`);
    }
  }
  return 0;
}
