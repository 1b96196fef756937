/**
 * How time-critical the message is: a deadline in the customer's life ("my flight is tomorrow"),
 * health or safety, a business that has stopped, or a plea for speed. Anxiety adds a little.
 *
 * A deadline cue shows the whole time expression, not just the words that announced it: "I need it
 * before Saturday" gives "need it before Saturday", "my flight is tomorrow" the whole phrase, so the
 * agent sees the date the customer is up against.
 */
import { noisyOr } from './emotion';
import type { LexiconHits } from './lexicon-hits';
import { isClauseEnd, type Token } from './tokenize';
import type { UrgencyCue, UrgencyReading } from './types';

const ANXIETY_SHARE = 0.3;
/** How far past a deadline cue the time expression may reach (tokens). */
const TIME_REACH = 6;
/** Words that are the time itself ("Saturday", "tomorrow", "24 hours", "end of day", "the 14th"). */
const TIME_HEADS = new Set([
  'weekend', 'morning', 'afternoon', 'evening', 'night', 'tonight', 'noon', 'midday', 'midnight', 'day', 'week', 'month',
  'year', 'hours', 'hour', 'hrs', 'hr', 'days', 'minutes', 'mins', 'eod', 'cob', 'latest', 'am', 'pm', "o'clock",
  'christmas', 'easter',
]);
const TIME_CLASSES = ['weekday', 'day', 'month', 'number'];
/** Words that may stand between a deadline cue and its time ("my flight is on Friday", "by the end of the week"). */
const TIME_LINKS = new Set([
  'the', 'of', 'at', 'by', 'before', 'on', 'within', 'in', 'until', 'till', 'this', 'next', 'coming', 'is', "it's", 'are',
  'end', 'first', 'thing', 'same', 'a', 'an', 'very', 'just', 'only', 'leaves', 'departs', 'starts',
]);

function isTimeHead(token: Token): boolean {
  if (token.kind !== 'word') return false;
  if (TIME_HEADS.has(token.text)) return true;
  return token.classes !== undefined && token.classes.some((c) => TIME_CLASSES.includes(c));
}

/** The token index after the time expression that follows `to` (or `to` when none does). */
function timeExpressionEnd(tokens: readonly Token[], to: number): number {
  let end = to;
  for (let i = to; i < tokens.length && i < end + TIME_REACH; i++) {
    const token = tokens[i] as Token;
    if (isClauseEnd(token) || token.kind !== 'word') break;
    if (isTimeHead(token)) end = i + 1;
    else if (!TIME_LINKS.has(token.text)) break;
  }
  return end;
}

export function readUrgency(text: string, tokens: readonly Token[], hits: LexiconHits, anxiety: number): UrgencyReading {
  const ranges = hits.urgency.map((m) => ({
    from: m.from,
    to: m.payload.cue === 'deadline' ? timeExpressionEnd(tokens, m.to) : m.to,
    kind: m.payload.cue,
    weight: m.payload.weight,
  }));
  // A deadline cue that now reaches over the next one ("my flight is tomorrow" and "tomorrow") is one cue.
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && last.kind === r.kind && r.from < last.to) {
      last.to = Math.max(last.to, r.to);
      last.weight = Math.max(last.weight, r.weight);
    } else merged.push({ ...r });
  }
  const cues: UrgencyCue[] = merged.map((r) => {
    const start = tokens[r.from]?.start ?? 0;
    const end = tokens[r.to - 1]?.end ?? start;
    return { start, end, text: text.slice(start, end), kind: r.kind, weight: r.weight };
  });
  const score = noisyOr([...cues.map((c) => c.weight), anxiety * ANXIETY_SHARE]);
  return { score: Math.round(Math.min(1, score) * 1000) / 1000, cues };
}
