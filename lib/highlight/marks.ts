/**
 * The pure part of drawing the guard's marks: which colour wins where marks overlap, how marks
 * follow an edit until the panel sends new ones, and how a textarea's text is cut for its overlay.
 */
import type { DraftMark } from '../messaging';

export type Severity = DraftMark['severity'];

/** Most severe first: where marks overlap, the first one here decides the colour. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export const COLORS: Record<Severity, string> = { error: '#d93025', warning: '#e37400', info: '#1a73e8' };

/** The underline for a severity, as a CSS `text-decoration` value. */
export const underline = (severity: Severity) => `underline wavy ${COLORS[severity]}`;

/** The one stylesheet put into an editor's document: a `::highlight()` rule per severity. */
export const HIGHLIGHT_CSS = SEVERITIES.map((s) => `::highlight(tactful-${s}){text-decoration:${underline(s)};text-decoration-skip-ink:none}`).join('');

/**
 * Carry marks made on `before` over to `after`, as live ranges would: marks wholly before the
 * changed stretch stay, marks wholly after it move with it, marks the edit touched are dropped.
 */
export function shiftMarks(marks: DraftMark[], before: string, after: string): DraftMark[] {
  if (before === after) return marks;
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < max - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  const changedEnd = before.length - tail;
  const delta = after.length - before.length;
  return marks.flatMap((m) => (m.end <= head ? [m] : m.start >= changedEnd ? [{ ...m, start: m.start + delta, end: m.end + delta }] : []));
}

export interface Segment {
  text: string;
  /** The most severe mark covering this stretch; none for unmarked text. */
  severity?: Severity;
}

/** The text cut into unmarked and marked stretches, in order; joined they give the text back. */
export function segments(text: string, marks: readonly DraftMark[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const severity = SEVERITIES.find((s) => marks.some((m) => m.severity === s && m.start <= i && i < m.end));
    const last = out.at(-1);
    if (last && last.severity === severity) last.text += text[i];
    else out.push({ text: text[i]!, severity });
  }
  return out;
}
