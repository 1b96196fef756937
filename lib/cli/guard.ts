/**
 * `tactful guard < drafts.jsonl`: the draft guard from the command line. Each input line is
 * `{"id", "text"}` (optionally `customerName`, `mirrorPhrases`); each output line is the id, its
 * findings and the four checklist points. A bad line is reported on stderr with its line number
 * and skipped; the exit code is 1 if any line was bad.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { checkDraft } from '../guard';
import type { GuardContext } from '../guard/types';

export interface GuardOutputLine {
  id: string | number;
  findings: { ruleId: string; category: string; start: number; end: number; message: string; suggestions: string[] }[];
  checklist: { heard: boolean; timescale: boolean; owner: boolean; updates: boolean };
}

/** Parse one input line into an id, a draft and its context, or say what is wrong with it. */
export function parseDraftLine(line: string): { id: string | number; text: string; ctx: GuardContext } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected an object like {"id": "…", "text": "…"}' };
  const row = value as Record<string, unknown>;
  if (typeof row.id !== 'string' && typeof row.id !== 'number') return { error: 'field "id" must be a string or a number' };
  if (typeof row.text !== 'string') return { error: 'field "text" must be a string' };
  const ctx: GuardContext = {};
  if (row.customerName !== undefined) {
    if (typeof row.customerName !== 'string') return { error: 'field "customerName" must be a string' };
    ctx.customerName = row.customerName;
  }
  if (row.mirrorPhrases !== undefined) {
    if (!Array.isArray(row.mirrorPhrases) || !row.mirrorPhrases.every((p) => typeof p === 'string')) return { error: 'field "mirrorPhrases" must be an array of strings' };
    ctx.mirrorPhrases = row.mirrorPhrases as string[];
  }
  return { id: row.id, text: row.text, ctx };
}

export function guardLine(id: string | number, text: string, ctx: GuardContext = {}): GuardOutputLine {
  const result = checkDraft(text, ctx);
  return {
    id,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      start: f.range.start,
      end: f.range.end,
      message: f.message,
      suggestions: f.suggestions,
    })),
    checklist: {
      heard: result.checklist.heard.ok,
      timescale: result.checklist.timescale.ok,
      owner: result.checklist.owner.ok,
      updates: result.checklist.updates.ok,
    },
  };
}

export async function runGuard(input: Readable, output: Writable, errors: Writable): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const parsed = parseDraftLine(line);
    if ('error' in parsed) {
      bad++;
      errors.write(`tactful guard: line ${lineNumber}: ${parsed.error}\n`);
      continue;
    }
    output.write(JSON.stringify(guardLine(parsed.id, parsed.text, parsed.ctx)) + '\n');
  }
  if (bad > 0) errors.write(`tactful guard: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
  return bad > 0 ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm run tactful -- guard < drafts.jsonl\n  one {"id","text"} draft per line in; one {"id","findings","checklist"} line out');
    return 0;
  }
  if (args.length > 0) {
    console.error(`tactful guard: unexpected argument "${args[0]}" (drafts are read from standard input)`);
    return 2;
  }
  return runGuard(process.stdin, process.stdout, process.stderr);
}
