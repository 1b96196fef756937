/**
 * Measures the time-expression finder (`lib/timescale/parse`) on `time_expressions/` in the data
 * folder:
 * - Recognizers-Text DateTime cases: span recall (a labelled span counts when a match overlaps
 *   it), exact span, false positives on the cases that expect nothing, and exact value (the match
 *   over a labelled span resolves to one of the values the case accepts — cases list both the past
 *   and the future reading of an ambiguous date; values the source leaves unresolved are not
 *   counted).
 * - Duckling's English time and duration corpus: the whole phrase is read at the stated reference
 *   time and the longest match must equal the expected value at the expected grain (day, hour,
 *   minute …); an interval's end may be given inclusive (ours) or one grain later (Duckling's).
 *   "No match" cases count when nothing is found.
 * These are development figures: the grammar was written while reading these sets.
 * Run alone: `npx tsx lib/cli/eval-times.ts [dataDir] [--misses]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import { findTimes, referenceFromIso, type TimeMatch, type TimeValue } from '../timescale/parse';
import type { EvalMetric, EvalSection } from './eval-types';

export const TIME_GOALS = { spanRecall: 0.9, exactValue: 0.85, ducklingGrain: 0.8 } as const;

interface RtValue {
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  timex?: string;
}
interface RtResult {
  Text: string;
  Start: number;
  End?: number;
  Length?: number;
  TypeName?: string;
  Typename?: string;
  Resolution?: { values?: RtValue[] } | null;
}
interface RtCase {
  input: string;
  reference_datetime: string | null;
  results: RtResult[];
}
interface DucklingCase {
  phrase: string;
  expected_value_haskell: string;
  reference_time: string;
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function findFile(dir: string, prefix: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.jsonl'));
  return name ? path.join(dir, name) : undefined;
}

// ─── Recognizers-Text ───────────────────────────────────────────────────

/** Our value as "YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS" (wall clock) or a duration in seconds. */
function wall(v: string): string {
  return v.length <= 10 ? v : v.slice(0, 19).replace('T', ' ');
}

export function isoDurationSeconds(iso: string): number | undefined {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  return y! * 31_536_000 + mo! * 2_592_000 + w! * 604_800 + d! * 86_400 + h! * 3600 + mi! * 60 + s!;
}

function rtValueMatches(gold: RtValue, match: TimeMatch): boolean {
  const type = gold.type ?? '';
  const v: TimeValue = match.value;
  if (type === 'duration') {
    return typeof v === 'string' && match.kind === 'duration' && isoDurationSeconds(v) === Number(gold.value);
  }
  if (type === 'set') {
    return match.kind === 'set' && typeof v === 'string' && gold.timex === v;
  }
  if (type === 'date') return typeof v === 'string' && v.length === 10 && v === gold.value;
  if (type === 'datetime') return typeof v === 'string' && wall(v) === gold.value;
  if (type === 'time') return typeof v === 'string' && v.length > 10 && wall(v).slice(11) === gold.value;
  if (type === 'daterange' || type === 'datetimerange' || type === 'timerange') {
    if (typeof v === 'string') {
      // An open range ("before 2010", "after 6pm"): our value is its one bound.
      const bound = match.open === 'before' ? gold.end : match.open === 'after' ? gold.start : undefined;
      const other = match.open === 'before' ? gold.start : gold.end;
      if (bound === undefined || other !== undefined) return false;
      return (type === 'timerange' ? (v.length > 10 ? wall(v).slice(11) : undefined) : wall(v)) === bound;
    }
    const s = type === 'timerange' ? wall(v.start).slice(11) : wall(v.start);
    const e = type === 'timerange' ? wall(v.end).slice(11) : wall(v.end);
    return (gold.start === undefined || gold.start === s) && (gold.end === undefined || gold.end === e);
  }
  return false;
}

function resolvable(values: RtValue[]): RtValue[] {
  return values.filter((v) => v.value !== 'not resolved' && (v.value !== undefined || v.start !== undefined || v.end !== undefined || (v.type === 'set' && /^P/.test(v.timex ?? ''))));
}

export interface RtScores {
  cases: number;
  gold: number;
  found: number;
  exactSpan: number;
  valued: number;
  valueRight: number;
  emptyCases: number;
  emptyWithMatches: number;
  misses: string[];
}

export function scoreRecognizers(rows: readonly RtCase[]): RtScores {
  const s: RtScores = { cases: rows.length, gold: 0, found: 0, exactSpan: 0, valued: 0, valueRight: 0, emptyCases: 0, emptyWithMatches: 0, misses: [] };
  for (const row of rows) {
    // A case with no reference time is scored on spans only.
    const refIso = row.reference_datetime ?? undefined;
    const ref = refIso ? referenceFromIso(/[zZ]|[+-]\d\d:\d\d$/.test(refIso) ? refIso : `${refIso}Z`) : { instant: new Date(0), zone: 'UTC' };
    const matches = findTimes(row.input, ref);
    if (row.results.length === 0) {
      s.emptyCases++;
      if (matches.length > 0) {
        s.emptyWithMatches++;
        s.misses.push(`FP  ${row.input}  →  ${matches.map((m) => m.text).join(' | ')}`);
      }
      continue;
    }
    for (const g of row.results) {
      const start = g.Start;
      const end = g.End !== undefined ? g.End + 1 : start + (g.Length ?? g.Text.length);
      s.gold++;
      const over = matches
        .filter((m) => m.start < end && start < m.end)
        .sort((a, b) => Math.min(b.end, end) - Math.max(b.start, start) - (Math.min(a.end, end) - Math.max(a.start, start)))[0];
      if (over) s.found++;
      if (over && over.start === start && over.end === end) s.exactSpan++;
      const values = refIso ? resolvable(g.Resolution?.values ?? []) : [];
      if (values.length === 0) continue;
      s.valued++;
      if (over && values.some((v) => rtValueMatches(v, over))) s.valueRight++;
      else {
        const want = JSON.stringify(values.map((v) => v.value ?? [v.start, v.end]));
        const got = over ? `${over.text} ${over.kind} ${JSON.stringify(over.value)}` : '—';
        s.misses.push(`${over ? 'VAL' : 'MISS'}  ${row.input}  [${g.Text}]  ref ${row.reference_datetime}  want ${want}  got ${got}`);
      }
    }
  }
  return s;
}

// ─── Duckling ───────────────────────────────────────────────────────────

type DGrain = 'Second' | 'Minute' | 'Hour' | 'Day' | 'Week' | 'Month' | 'Quarter' | 'Year';
const GRAIN_UNIT: Record<DGrain, 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year'> = {
  Second: 'second', Minute: 'minute', Hour: 'hour', Day: 'day', Week: 'week', Month: 'month', Quarter: 'quarter', Year: 'year',
};

type Expected =
  | { kind: 'none' }
  | { kind: 'point'; at: number[]; grain: DGrain }
  | { kind: 'interval'; from: number[]; to: number[]; grain: DGrain }
  | { kind: 'open'; at: number[]; grain: DGrain }
  | { kind: 'duration'; amount: number; unit: DGrain };

function tuple(s: string): number[] {
  return s.split(',').map((x) => Number(x.trim()));
}

export function parseExpected(h: string): Expected | undefined {
  if (h.startsWith('NO_MATCH')) return { kind: 'none' };
  let m = /^DurationData (\d+) (\w+)/.exec(h);
  if (m) return { kind: 'duration', amount: Number(m[1]), unit: m[2] as DGrain };
  m = /^datetime(?:Holiday)? \(([^)]*)\) (\w+)/.exec(h);
  if (m) return { kind: 'point', at: tuple(m[1]!), grain: m[2] as DGrain };
  m = /^datetimeInterval(?:Holiday)? \(\(([^)]*)\), \(([^)]*)\)\) (\w+)/.exec(h);
  if (m) return { kind: 'interval', from: tuple(m[1]!), to: tuple(m[2]!), grain: m[3] as DGrain };
  m = /^datetimeOpenInterval \w+ \(([^)]*)\) (\w+)/.exec(h);
  if (m) return { kind: 'open', at: tuple(m[1]!), grain: m[2] as DGrain };
  return undefined;
}

function truncate(d: DateTime, grain: DGrain): string {
  const unit = GRAIN_UNIT[grain];
  return (unit === 'week' ? d.startOf('week') : unit === 'quarter' ? d.startOf('quarter') : d.startOf(unit)).toFormat("yyyy-LL-dd'T'HH:mm:ss");
}

function fromTuple(t: number[], zone: string): DateTime {
  return DateTime.fromObject({ year: t[0], month: t[1], day: t[2], hour: t[3], minute: t[4], second: t[5] }, { zone });
}

function valueTimes(v: string, zone: string): DateTime {
  return DateTime.fromISO(v, { zone, setZone: false }).setZone(zone);
}

export function ducklingRight(expected: Expected, matches: TimeMatch[], zone: string): boolean {
  if (expected.kind === 'none') return matches.length === 0;
  const best = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!best) return false;
  const v = best.value;
  if (expected.kind === 'duration') {
    if (best.kind !== 'duration' || typeof v !== 'string') return false;
    const secs = isoDurationSeconds(v);
    const unit = GRAIN_UNIT[expected.unit];
    if (unit === 'month' || unit === 'year') {
      const m = /^P(?:(\d+)Y)?(?:(\d+)M)?$/.exec(v);
      if (!m) return false;
      const months = Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0);
      return unit === 'month' ? months === expected.amount : months === expected.amount * 12;
    }
    const per = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, quarter: 0 }[unit] ?? 1;
    return secs === expected.amount * per;
  }
  const g = expected.grain;
  if (expected.kind === 'point' || expected.kind === 'open') {
    const want = truncate(fromTuple(expected.at, zone), g);
    const at = typeof v === 'string' ? v : v.start;
    if (best.kind === 'duration' || best.kind === 'set') return false;
    return truncate(valueTimes(at, zone), g) === want;
  }
  if (typeof v === 'string') return false;
  const from = truncate(fromTuple(expected.from, zone), g);
  const to = fromTuple(expected.to, zone);
  const ourEnd = valueTimes(v.end, zone);
  const unit = GRAIN_UNIT[g];
  const step = unit === 'quarter' ? { months: 3 } : { [`${unit}s`]: 1 };
  const endOk = truncate(ourEnd, g) === truncate(to, g) || truncate(ourEnd.plus(step), g) === truncate(to, g);
  return truncate(valueTimes(v.start, zone), g) === from && endOk;
}

export interface DucklingScores {
  cases: number;
  right: number;
  noMatchCases: number;
  noMatchRight: number;
  misses: string[];
}

export function scoreDuckling(rows: readonly DucklingCase[]): DucklingScores {
  const s: DucklingScores = { cases: 0, right: 0, noMatchCases: 0, noMatchRight: 0, misses: [] };
  for (const row of rows) {
    const expected = parseExpected(row.expected_value_haskell);
    if (!expected) continue;
    const iso = row.reference_time.split(' ')[0]!;
    const ref = referenceFromIso(iso);
    const matches = findTimes(row.phrase, ref);
    s.cases++;
    if (expected.kind === 'none') s.noMatchCases++;
    const ok = ducklingRight(expected, matches, ref.zone);
    if (ok) {
      s.right++;
      if (expected.kind === 'none') s.noMatchRight++;
    } else {
      s.misses.push(`${row.phrase}  want ${row.expected_value_haskell}  got ${matches.map((m) => `${m.text} ${m.kind} ${JSON.stringify(m.value)}`).join(' | ') || '—'}`);
    }
  }
  return s;
}

// ─── the section ────────────────────────────────────────────────────────

/** Rows in fold k of `folds` by row index (row i in fold i mod folds). */
function fold<T>(rows: readonly T[], k: number, folds: number): T[] {
  return rows.filter((_, i) => i % folds === k);
}

function meanSd(xs: number[]): string {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return `${mean.toFixed(3)} ± ${sd.toFixed(3)}`;
}

/**
 * The same figures on 5 folds by row index. The rules are not fitted per fold (there is nothing to
 * fit), so this is a check of spread: a large one, or one fold carrying the figure, is a warning.
 */
export function timeFolds(rt: readonly RtCase[], dk: readonly DucklingCase[], folds = 5): string[] {
  const spans: number[] = [];
  const values: number[] = [];
  const grains: number[] = [];
  for (let k = 0; k < folds; k++) {
    const r = scoreRecognizers(fold(rt, k, folds));
    const d = scoreDuckling(fold(dk, k, folds));
    spans.push(r.found / Math.max(1, r.gold));
    values.push(r.valueRight / Math.max(1, r.valued));
    grains.push(d.right / Math.max(1, d.cases));
  }
  const list = (xs: number[]) => xs.map((x) => x.toFixed(3)).join(' ');
  return [
    `${folds} folds by row index — RT span recall ${list(spans)} (${meanSd(spans)})`,
    `RT exact value ${list(values)} (${meanSd(values)})`,
    `Duckling value at grain ${list(grains)} (${meanSd(grains)})`,
  ];
}

export async function evaluateTimes(dataDir: string): Promise<EvalSection[]> {
  const dir = path.join(dataDir, 'time_expressions');
  const sections: EvalSection[] = [];
  const rtFile = findFile(dir, 'recognizers_text');
  const dkFile = findFile(dir, 'duckling');
  if (!rtFile && !dkFile) return [{ title: 'time expressions: no data', data: dir, metrics: [] }];
  const metrics: EvalMetric[] = [];
  const notes: string[] = ['development figures: the grammar was written while reading these sets; the 5-fold spread below shows whether a few rows carry them'];
  if (rtFile) {
    const rt = scoreRecognizers(readJsonl<RtCase>(rtFile));
    metrics.push(
      { name: 'RT span recall (overlap)', value: rt.found / rt.gold, goal: TIME_GOALS.spanRecall, n: rt.gold },
      { name: 'RT exact span', value: rt.exactSpan / rt.gold, n: rt.gold },
      { name: 'RT exact value', value: rt.valueRight / rt.valued, goal: TIME_GOALS.exactValue, n: rt.valued },
      { name: 'RT no false positive (empty cases)', value: 1 - rt.emptyWithMatches / Math.max(1, rt.emptyCases), n: rt.emptyCases },
    );
    notes.push(`Recognizers-Text: ${rt.cases} cases, ${rt.gold} labelled spans, ${rt.emptyWithMatches} of ${rt.emptyCases} no-time cases with a false positive`);
  }
  if (dkFile) {
    const dk = scoreDuckling(readJsonl<DucklingCase>(dkFile));
    metrics.push({ name: 'Duckling value at grain', value: dk.right / dk.cases, goal: TIME_GOALS.ducklingGrain, n: dk.cases });
    notes.push(`Duckling: ${dk.cases} phrases (${dk.noMatchRight} of ${dk.noMatchCases} "no match" phrases left alone)`);
  }
  if (rtFile && dkFile) notes.push(...timeFolds(readJsonl<RtCase>(rtFile), readJsonl<DucklingCase>(dkFile)));
  sections.push({ title: 'time expressions (lib/timescale/parse)', data: [rtFile, dkFile].filter(Boolean).join(', '), metrics, notes });
  return sections;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dataDir = args.find((a) => !a.startsWith('--')) ?? path.resolve(here, '..', '..', '..', 'shared', 'data', 'dev');
  const dir = path.join(dataDir, 'time_expressions');
  if (args.includes('--misses')) {
    const rtFile = findFile(dir, 'recognizers_text');
    const dkFile = findFile(dir, 'duckling');
    if (rtFile) for (const m of scoreRecognizers(readJsonl<RtCase>(rtFile)).misses) console.log(`RT ${m}`);
    if (dkFile) for (const m of scoreDuckling(readJsonl<DucklingCase>(dkFile)).misses) console.log(`DK ${m}`);
  }
  const sections = await evaluateTimes(dataDir);
  for (const s of sections) {
    console.log(s.title);
    for (const m of s.metrics) console.log(`  ${m.name.padEnd(36)} ${m.value.toFixed(3)}${m.goal ? `  (goal ≥${m.goal})` : ''}  n=${m.n}`);
    for (const n of s.notes ?? []) console.log(`  · ${n}`);
  }
}
