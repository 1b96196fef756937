/**
 * `tactful times < lines.jsonl`: the time expressions in each `{"id","text","reference"}` line,
 * where `reference` is an ISO 8601 datetime with offset — the text is read as written at that
 * moment, in that offset. Each output line is `{"id","matches":[{"text","start","end","kind","value"}]}`:
 * `start`/`end` are UTF-16 offsets (end exclusive), `kind` is date, datetime, duration, range or
 * set, and `value` is `YYYY-MM-DD`, an ISO datetime with offset, an ISO 8601 duration, or
 * `{"start","end"}`. A bad line is reported on stderr with its number and skipped (exit code 1).
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { findTimes, referenceFromIso, type TimeKind, type TimeValue } from '../timescale/parse';

export interface TimesOutputLine {
  id: string | number;
  matches: { text: string; start: number; end: number; kind: TimeKind; value: TimeValue; open?: 'before' | 'after' }[];
}

export function parseTimesLine(line: string): { id: string | number; text: string; reference: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected an object like {"id": "…", "text": "…", "reference": "2026-11-23T10:00:00+00:00"}' };
  const row = value as Record<string, unknown>;
  if (typeof row.id !== 'string' && typeof row.id !== 'number') return { error: 'field "id" must be a string or a number' };
  if (typeof row.text !== 'string') return { error: 'field "text" must be a string' };
  if (typeof row.reference !== 'string' || !/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(row.reference)) {
    return { error: 'field "reference" must be an ISO 8601 datetime with an offset, such as "2026-11-23T10:00:00+01:00"' };
  }
  return { id: row.id, text: row.text, reference: row.reference };
}

export function timesLine(id: string | number, text: string, reference: string): TimesOutputLine {
  const matches = findTimes(text, referenceFromIso(reference)).map((m) => ({
    text: m.text,
    start: m.start,
    end: m.end,
    kind: m.kind,
    value: m.value,
    ...(m.open ? { open: m.open } : {}),
  }));
  return { id, matches };
}

export async function runTimes(input: Readable, output: Writable, errors: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = parseTimesLine(line);
    if ('error' in parsed) {
      bad++;
      errors.write(`tactful times: line ${lineNumber}: ${parsed.error}\n`);
      continue;
    }
    try {
      output.write(JSON.stringify(timesLine(parsed.id, parsed.text, parsed.reference)) + '\n');
    } catch (error) {
      bad++;
      errors.write(`tactful times: line ${lineNumber}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (bad > 0) errors.write(`tactful times: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
  return bad > 0 ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: tactful times < lines.jsonl\n  each line {"id","text","reference"} → {"id","matches":[{"text","start","end","kind","value"}]}');
    return 0;
  }
  return runTimes(process.stdin, process.stdout, process.stderr);
}
