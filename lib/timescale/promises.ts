/**
 * The times an agent promises in a draft, checked against the team's calendar: a time outside
 * business hours, a day the team is closed, a promise sooner than similar issues really take, or
 * no time at all ("ASAP") — each a finding in the guard's shape, with a realistic time to put
 * instead (docs/principles.md §4: a timescale the customer can hold us to, and that we keep).
 */
import { DateTime } from 'luxon';
import type { Finding, TextRange } from '../guard/types';
import { createCalendar, type Calendar } from './calendar';
import { estimate as makeEstimate, type Estimate, type EstimateInput } from './estimate';
import { findTimes, type TimeMatch } from './parse';
import { byTimePhrase, endOfDayPhrase } from './phrase';
import type { TimescaleSettings } from './settings';
import { findingWords } from './words';

export interface PromiseContext {
  now: Date;
  settings: TimescaleSettings;
  calendar?: Calendar;
  /** The estimate for this conversation, when its category is known (enables "too soon"). */
  estimate?: Estimate;
  /** Or what to build it from. */
  estimateInput?: Omit<EstimateInput, 'now' | 'settings' | 'calendar'>;
}

/** A time the draft commits to. */
export interface DraftPromise {
  text: string;
  range: TextRange;
  /** When it falls due (ISO instant); absent for a promise with no time ("ASAP"). */
  due?: string;
  /** An update ("I'll get back to you by …") rather than the outcome ("… will be refunded by …"). */
  update: boolean;
  match?: TimeMatch;
}

export type PromiseFinding = Finding & { due?: string };

/** Words that commit to no time at all. */
const VAGUE_WORDS = [
  'asap', String.raw`a\.s\.a\.p\.?`, 'as soon as (?:possible|we can|I can)', 'soon', 'shortly', 'in due course',
  'at some point', 'in a bit', 'in a while', 'before long', 'any (?:day|time) now',
];
const VAGUE_RE = new RegExp(String.raw`\b(?:${VAGUE_WORDS.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|')})(?![a-z])`, 'gi');

/** A sentence that commits the team to something in the future. */
const FUTURE_RE = /\b(?:will|shall|going\s+to|expect|should|aim|promise|plan|can|could)\b|'ll\b|\b(?:by|within|before|until|no\s+later\s+than)\b/i;
/** A promise of news rather than of the outcome. */
const UPDATE_RE = /\b(?:update|get\s+back|reply|respond|call|ring|phone|let\s+you\s+know|be\s+in\s+touch|hear\s+from|contact|follow\s+up|check\s+in|email|e-mail|write)\b/i;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('!', start - 1), text.lastIndexOf('?', start - 1), text.lastIndexOf('\n', start - 1)) + 1;
  const stops = ['.', '!', '?', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

function closeOfLastBusinessDayBefore(calendar: Calendar, exclusiveEnd: DateTime, notBefore: DateTime): Date | undefined {
  let d = exclusiveEnd.minus({ days: 1 });
  for (let i = 0; i < 40 && d >= notBefore.startOf('day'); i++, d = d.minus({ days: 1 })) {
    const span = calendar.spanOn(d.toISODate()!);
    if (span) return span.close;
  }
  return undefined;
}

/** When a found time falls due on the team's calendar. */
export function dueOf(match: TimeMatch, now: Date, calendar: Calendar): Date | undefined {
  const zone = calendar.zone;
  const local = (v: string) => DateTime.fromISO(v, { zone });
  if (match.businessDays !== undefined && match.kind !== 'set') return calendar.addBusinessDays(now, match.businessDays);
  const v = match.value;
  if (match.kind === 'set') return undefined;
  if (match.kind === 'duration' && typeof v === 'string') {
    const d = DateTime.fromJSDate(now, { zone }).plus(luxonDuration(v));
    return d.isValid ? d.toJSDate() : undefined;
  }
  if (match.kind === 'date' && typeof v === 'string') {
    // "before 1 December": the close of the last business day before it.
    if (match.open === 'before') return closeOfLastBusinessDayBefore(calendar, local(v), DateTime.fromJSDate(now, { zone })) ?? local(v).toJSDate();
    const span = calendar.spanOn(v);
    return span ? span.close : local(v).endOf('day').toJSDate();
  }
  if (match.kind === 'datetime' && typeof v === 'string') {
    if (match.endOf === 'day') {
      const span = calendar.spanOn(v.slice(0, 10));
      return span ? span.close : local(v).toJSDate();
    }
    return local(v).toJSDate();
  }
  if (typeof v === 'string') return undefined;
  if (/^P/.test(v.end)) {
    const d = DateTime.fromJSDate(now, { zone }).plus(luxonDuration(v.end));
    return d.isValid ? d.toJSDate() : undefined;
  }
  if (v.end.length > 10) return local(v.end).toJSDate();
  // A whole week/month/…, or the end of one: the close of its last open day.
  const periodLike = match.endOf !== undefined || ['week', 'month', 'quarter', 'year'].includes(match.grain);
  if (periodLike) return closeOfLastBusinessDayBefore(calendar, local(v.end), DateTime.fromJSDate(now, { zone })) ?? local(v.end).toJSDate();
  const span = calendar.spanOn(v.end);
  return span ? span.close : local(v.end).endOf('day').toJSDate();
}

function luxonDuration(iso: string): Record<string, number> {
  const m = /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m) return {};
  const keys = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'];
  return Object.fromEntries(keys.map((k, i) => [k, Number(m[i + 1] ?? 0)]).filter(([, n]) => n));
}

/** The times a draft commits to, in order; past mentions and recurring times are left out. */
export function findPromises(text: string, ctx: { now: Date; settings: TimescaleSettings; calendar?: Calendar }): DraftPromise[] {
  const calendar = ctx.calendar ?? createCalendar(ctx.settings);
  const out: DraftPromise[] = [];
  for (const match of findTimes(text, { instant: ctx.now, zone: calendar.zone })) {
    if (match.kind === 'set') continue;
    const sentence = sentenceAround(text, match.start, match.end);
    if (!match.deadline && !FUTURE_RE.test(sentence)) continue;
    const due = dueOf(match, ctx.now, calendar);
    if (!due || due < ctx.now) continue;
    out.push({ text: match.text, range: { start: match.start, end: match.end }, due: due.toISOString(), update: UPDATE_RE.test(sentence), match });
  }
  for (const m of text.matchAll(VAGUE_RE)) {
    const range = { start: m.index, end: m.index + m[0].length };
    if (out.some((p) => p.range.start < range.end && range.start < p.range.end)) continue;
    out.push({ text: m[0], range, update: UPDATE_RE.test(sentenceAround(text, range.start, range.end)) });
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** The span a "by …" rewrite replaces: the time plus a deadline word written just before it. */
function replaceRange(text: string, range: TextRange): TextRange {
  const before = /\b(?:by|before|until|till|within|in|on|at|no\s+later\s+than)\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, range.start - 24), range.start));
  return before ? { start: range.start - before[0].length, end: range.end } : range;
}

/** Findings on the times a draft promises, each with a realistic time to put instead. */
export function checkPromises(text: string, ctx: PromiseContext): PromiseFinding[] {
  const calendar = ctx.calendar ?? createCalendar(ctx.settings);
  const { now } = ctx;
  const est = ctx.estimate ?? (ctx.estimateInput ? makeEstimate({ ...ctx.estimateInput, now, settings: ctx.settings, calendar }) : undefined);
  const zone = calendar.zone;
  const findings: PromiseFinding[] = [];
  const realistic = (update: boolean): string[] => {
    if (!update && est) return [est.phrase, ...est.options.filter((o) => o.realistic && o.kind !== 'estimate').map((o) => o.phrase)].slice(0, 3);
    const close = calendar.closeOfDay(now);
    const next = calendar.addBusinessDays(now, 1);
    const phrases = [
      calendar.isOpen(now) && close.getTime() - now.getTime() > 3_600_000 ? endOfDayPhrase(close, { now, zone }) : undefined,
      endOfDayPhrase(next, { now, zone }),
    ].filter((p): p is string => !!p);
    return phrases;
  };
  /** A nearer alternative is only offered when history says it can be kept (or it is an update). */
  const keepable = (p: DraftPromise, at: Date, phrase: string): string[] => (!p.update && est && at < new Date(est.due) ? [] : [phrase]);
  const push = (p: DraftPromise, ruleId: string, message: string, suggestions: string[]) => {
    const replaces = replaceRange(text, p.range);
    findings.push({
      ruleId,
      // Position-free, as the guard's keys are: dismissing it survives typing elsewhere.
      key: `${ruleId}:${p.text.toLowerCase().replace(/\s+/g, ' ')}`,
      category: 'vague-time',
      range: p.range,
      replaces,
      message,
      why: findingWords.why(),
      severity: 'warning',
      suggestions: [...new Set(suggestions)].slice(0, 3),
      ...(p.due ? { due: p.due } : {}),
    });
  };

  for (const p of findPromises(text, { now, settings: ctx.settings, calendar })) {
    if (!p.due) {
      push(p, 'timescale/vague', findingWords.vague(p.text), realistic(p.update));
      continue;
    }
    const due = new Date(p.due);
    const dueLocal = DateTime.fromJSDate(due, { zone });
    const day = dueLocal.toISODate()!;
    const holiday = calendar.holidayOn(day);
    const wholeDay = p.match?.kind === 'date' || p.match?.endOf !== undefined || (p.match?.kind === 'range' && typeof p.match.value !== 'string' && p.match.value.end.length === 10);
    if (!calendar.spanOn(day) && (wholeDay || !calendar.isOpen(due))) {
      const nextClose = calendar.closeOfDay(due);
      push(
        p,
        'timescale/closed-day',
        findingWords.closedDay(dueLocal, holiday),
        [...keepable(p, nextClose, endOfDayPhrase(nextClose, { now, zone })), ...realistic(p.update)],
      );
      continue;
    }
    if (!wholeDay && !calendar.isOpen(due) && p.match?.kind !== 'duration' && !(p.match?.kind === 'range' && p.match.deadline && /^P|within/i.test(p.match.text))) {
      const span = calendar.spanOn(day);
      const before = span && due < span.open;
      const altAt = before ? calendar.addBusinessHours(span.open, 1) : span && now < span.close ? span.close : calendar.addBusinessDays(due, 0);
      const alt = before ? byTimePhrase(altAt, { now, zone }) : endOfDayPhrase(altAt, { now, zone });
      const [open, close] = span ? [span.open, span.close].map((d) => DateTime.fromJSDate(d, { zone })) : [];
      push(p, 'timescale/outside-hours', findingWords.outsideHours(dueLocal, open, close), [...keepable(p, altAt, alt), ...realistic(p.update)]);
      continue;
    }
    if (!p.update && est && due < new Date(est.due)) {
      push(p, 'timescale/too-soon', findingWords.tooSoon(est.basis), realistic(false));
    }
  }
  return findings.sort((a, b) => a.range.start - b.range.start);
}
