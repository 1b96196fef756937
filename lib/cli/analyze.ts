/**
 * `tactful analyze`: one JSON line of analysis per `{"id","text"}` line on stdin. A bad line gets a
 * message on stderr naming its line number; the rest are still analysed, and the exit code is 1.
 */
import { createInterface } from 'node:readline';
import { analyzeMessage } from '../analysis';
import type { MessageAnalysis } from '../analysis';

export interface AnalyzeLine {
  id: string | number;
  /** What the message is: question, problem, complaint, chase, thanks, no-request. */
  kind: MessageAnalysis['kind'];
  emotion: { label: string; intensity: number };
  polarity: MessageAnalysis['polarity'];
  complaint: boolean;
  severity: number;
  category: string;
  urgency: number;
}

export function analysisLine(id: string | number, text: string): AnalyzeLine {
  const a = analyzeMessage(text);
  return {
    id,
    kind: a.kind,
    emotion: { label: a.emotion.label, intensity: a.emotion.intensity },
    polarity: a.polarity,
    complaint: a.complaint,
    severity: a.severity,
    category: a.category.label,
    urgency: a.urgency.score,
  };
}

/** The input line's problem, or the parsed message. */
export function readInputLine(line: string): { id: string | number; text: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'expected an object {"id","text"}' };
  const { id, text } = value as { id?: unknown; text?: unknown };
  if (typeof id !== 'string' && typeof id !== 'number') return { error: '"id" must be a string or a number' };
  if (typeof text !== 'string') return { error: '"text" must be a string' };
  return { id, text };
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: tactful analyze < messages.jsonl\n  each line {"id","text"}; prints one analysis line per message');
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNumber = 0;
  let bad = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    const input = readInputLine(line);
    if ('error' in input) {
      bad++;
      process.stderr.write(`analyze: line ${lineNumber}: ${input.error}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(analysisLine(input.id, input.text))}\n`);
  }
  if (bad > 0) process.stderr.write(`analyze: ${bad} bad line${bad === 1 ? '' : 's'} skipped\n`);
  return bad > 0 ? 1 : 0;
}
