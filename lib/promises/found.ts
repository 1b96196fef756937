/**
 * Finding the promises an agent made: in the messages they sent (read from the page) and in the
 * draft they are writing. The same time finder as the draft check (`findPromises`), so what the
 * panel flags and what it remembers agree. Pure: the time and the calendar are arguments.
 */
import type { ConversationSnapshot } from '../conversation/types';
import { maskQuotedText } from '../guard/text';
import { ownText, splitSentences, type TextRange } from '../language';
import { createCalendar, findPromises, type Calendar, type TimescaleSettings } from '../timescale';

/** How much of a message is read, and how long a stored promise may be. */
const MAX_MESSAGE_CHARS = 10_000;
const MAX_PROMISE_CHARS = 300;

export interface PromiseContext {
  settings: TimescaleSettings;
  calendar?: Calendar;
}

/** A promise with a time, as found in a text. */
export interface TextPromise {
  /** The sentence that makes the promise ("I'll update you by 3pm tomorrow."). */
  text: string;
  /** The time expression in it ("by 3pm tomorrow" → "3pm tomorrow"). */
  words: string;
  /** Offsets of `words` in the text read. */
  range: TextRange;
  /** When it falls due (ISO instant). */
  dueAt: string;
}

/** A promise found in a message the agent sent. */
export interface SentPromise extends TextPromise {
  /** When the message was sent: the promise was made then. */
  madeAt: string;
}

/** Lower case, single spaces, no closing punctuation: how two copies of one promise compare. */
export function normalizePromise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!?\s]+$/, '');
}

/**
 * One promise per conversation and wording: the same sentence read again (a reload, a later
 * snapshot, the sent copy of a confirmed draft, a reply quoting it) is the same promise.
 */
export function promiseId(contactId: string, text: string): string {
  return `${contactId}|${normalizePromise(text)}`;
}

/** The sentence around `range`, trimmed and capped. */
function sentenceOf(text: string, range: TextRange): string {
  const sentence = splitSentences(text).find((s) => s.start <= range.start && range.start < s.end) ?? range;
  let words = text.slice(sentence.start, Math.max(sentence.end, range.end)).replace(/\s+/g, ' ').trim();
  if (words.length > MAX_PROMISE_CHARS) words = `${words.slice(0, MAX_PROMISE_CHARS - 1).trimEnd()}…`;
  return words;
}

/**
 * The promises with a time in a text written at `now`: only the writer's own words (cut at quoted
 * history and quoted lines), each once per sentence. Vague ones ("ASAP") have no time to remind
 * of and are left to the draft check.
 */
export function promisesInText(text: string, now: Date, ctx: PromiseContext): TextPromise[] {
  const own = text.slice(0, ownText(text, MAX_MESSAGE_CHARS).end);
  const masked = maskQuotedText(own);
  const calendar = ctx.calendar ?? createCalendar(ctx.settings);
  const out: TextPromise[] = [];
  const seen = new Set<string>();
  for (const p of findPromises(masked, { now, settings: ctx.settings, calendar })) {
    if (!p.due) continue;
    const sentence = sentenceOf(masked, p.range);
    const key = normalizePromise(sentence);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push({ text: sentence, words: p.text, range: p.range, dueAt: p.due });
  }
  return out;
}

/**
 * The promises in the agent's sent messages. A message read without a time is skipped: "by
 * tomorrow" means nothing without knowing when it was written.
 */
export function promisesInSnapshot(snapshot: ConversationSnapshot, ctx: PromiseContext): SentPromise[] {
  const calendar = ctx.calendar ?? createCalendar(ctx.settings);
  const out: SentPromise[] = [];
  const seen = new Set<string>();
  for (const message of snapshot.messages) {
    if (message.role !== 'agent' || !message.at) continue;
    const at = new Date(message.at);
    if (Number.isNaN(at.getTime())) continue;
    for (const p of promisesInText(message.text, at, { ...ctx, calendar })) {
      const key = normalizePromise(p.text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...p, madeAt: at.toISOString() });
    }
  }
  return out;
}
