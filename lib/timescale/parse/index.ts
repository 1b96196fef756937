/**
 * Finding time expressions in English text and resolving them against the moment the text was
 * written: "by Friday", "within 24 hours", "tomorrow morning", "in 2–3 business days", "end of
 * the week", "next Tuesday at 10", "every Monday".
 *
 * Dates and clock times come from chrono-node; this module adds what it misses — durations, ranges
 * of durations, business days, ends and beginnings of periods, whole weeks/months/quarters/years,
 * recurring times and named holidays — and resolves ambiguity the same way throughout (see
 * README: a bare weekday or date means the next one; "last"/"ago" look back).
 */
import * as chrono from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { DateTime } from 'luxon';
import { holidayDates, holidayNames } from './holidays';
import {
  DAY_OF_MONTH,
  oneOf,
  MONTH,
  NUM,
  RELATIVE,
  UNIT_SECONDS,
  UNIT_WORD,
  WEEKDAY,
  ZONE_OFFSETS,
  ZONE_WORD,
  dayOfMonthValue,
  monthNumber,
  numberValue,
  relativeStep,
  unitInfo,
  weekdayNumber,
  type Unit,
} from './words';

export type TimeKind = 'date' | 'datetime' | 'duration' | 'range' | 'set';
export type Grain = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
export type TimeValue = string | { start: string; end: string };

export interface TimeReference {
  /** When the text was written. */
  instant: Date;
  /** The writer's zone: an IANA name or a fixed offset ("UTC-2"). */
  zone: string;
}

export interface TimeMatch {
  text: string;
  /** UTF-16 offsets, `end` exclusive. */
  start: number;
  end: number;
  kind: TimeKind;
  /** `YYYY-MM-DD`, an ISO datetime with offset, an ISO 8601 duration, or a range of those. */
  value: TimeValue;
  grain: Grain;
  /** Counted in business days ("in 3 working days"): a calendar should recount it. */
  businessDays?: number;
  /** "end of the day/week/month": the calendar's close is what a reader means. */
  endOf?: 'day' | 'week' | 'month' | 'quarter' | 'year';
  /** A deadline word before it ("by Friday", "before 5pm", "within 2 days"). */
  deadline?: boolean;
  /**
   * Open on one side: "before 2010" / "until 7am" (`before`: `value` is the end, exclusive) or
   * "after 6pm" / "since March" (`after`: `value` is the start). `value` is then that bound alone.
   */
  open?: 'before' | 'after';
}

interface Clock {
  hour: number;
  minute: number;
  second: number;
  /** "3pm", "15:00": the half of the day is known. */
  meridiem: boolean;
  /** Written in another zone ("8h30 PST"): hour and minute are that zone's wall clock. */
  zone?: string;
}

type Candidate = TimeMatch & {
  priority: number;
  /** Where the words it stands on begin ("for 3 hours" claims "for" but reports "3 hours"). */
  claimStart?: number;
  /** A length of time ("3 days", "5 days before"): it can count from a date beside it. */
  length?: { amount: number; unit: Unit; business: boolean; dir?: 1 | -1 };
  /** A clock time with no date of its own ("at 3pm"): it can join a date beside it. */
  clock?: Clock;
  /** A whole day with no time ("Friday"): it can take a clock time or a part of the day. */
  day?: DateTime;
  /** A part of a day ("morning"), with the hours it spans. */
  part?: { name: string; from: number; to: number; day: DateTime; explicitDay: boolean };
  /** A whole week ("next week"): a weekday after it falls inside it. */
  week?: DateTime;
  /** Clock times from–to on a day not yet known ("5 to 6pm"). */
  clockRange?: { from: DateTime; to: DateTime };
};

const ISO = { suppressMilliseconds: true } as const;
const fmtDate = (d: DateTime) => d.toISODate()!;
const fmtDateTime = (d: DateTime) => d.toISO(ISO)!;

/** A date range of whole days/weeks/…: start inclusive, end exclusive (the next period's start). */
function dateRange(start: DateTime, end: DateTime): { start: string; end: string } {
  return { start: fmtDate(start), end: fmtDate(end) };
}

function durationIso(amount: number, unit: Unit): string {
  if (Number.isInteger(amount)) {
    if (unit === 'year') return `P${amount}Y`;
    if (unit === 'quarter') return `P${amount * 3}M`;
    if (unit === 'month') return `P${amount}M`;
    if (unit === 'week') return `P${amount}W`;
    if (unit === 'day') return `P${amount}D`;
  }
  if ((unit === 'year' || unit === 'month' || unit === 'quarter') && Number.isInteger(amount * 12)) {
    const months = Math.round(amount * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1));
    const y = Math.floor(months / 12);
    const m = months % 12;
    return months === 0 ? 'P0D' : `P${y ? `${y}Y` : ''}${m ? `${m}M` : ''}`;
  }
  // Below a day, or a fraction of a larger unit: hours, minutes and seconds.
  let secs = Math.round(amount * UNIT_SECONDS[unit]);
  const h = Math.floor(secs / 3600);
  secs -= h * 3600;
  const m = Math.floor(secs / 60);
  const s = secs - m * 60;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

function grainOf(unit: Unit): Grain {
  return unit;
}

/** Add business days (Mon–Fri) to a date: a calendar-free reading; the team calendar refines it. */
function addWeekdays(from: DateTime, days: number): DateTime {
  let d = from;
  let left = Math.abs(Math.round(days));
  const step = days < 0 ? -1 : 1;
  while (left > 0) {
    d = d.plus({ days: step });
    if (d.weekday <= 5) left--;
  }
  return d;
}

function plus(now: DateTime, amount: number, unit: Unit, business: boolean): DateTime {
  if (business) return addWeekdays(now, amount);
  if (unit === 'quarter') return now.plus({ months: amount * 3 });
  if (!Number.isInteger(amount)) return now.plus({ seconds: Math.round(amount * UNIT_SECONDS[unit]) });
  return now.plus({ [`${unit}s`]: amount });
}

function startOfUnit(d: DateTime, unit: Unit): DateTime {
  if (unit === 'quarter') return d.startOf('quarter');
  return d.startOf(unit);
}

function pointValue(d: DateTime, unit: Unit): { kind: TimeKind; value: string; grain: Grain } {
  return unit === 'second' || unit === 'minute' || unit === 'hour'
    ? { kind: 'datetime', value: fmtDateTime(d), grain: unit }
    : { kind: 'date', value: fmtDate(d), grain: 'day' };
}

// ─── durations: "24 hours", "2–3 business days", "an hour and a half", "within 5 minutes" ──────

/** Single-letter units only straight after digits ("24h", "30m"); never after a space ("1990 s"). */
const SHORT_UNIT = String.raw`(?:h|m|s|d|w|y)`;
const ONE_DURATION = String.raw`(?:(?:${NUM})(?:\s+and\s+a\s+(?:half|quarter))?\s*-?\s*${UNIT_WORD}(?![a-z])|\d+(?:\.\d+)?${SHORT_UNIT}(?![a-z\d]))`;
const PREFIX = oneOf([
  'in the (?:next|coming)', 'within the (?:next|coming)', 'over the (?:next|coming)', 'during the (?:next|coming)',
  'the next', 'the last', 'the past', 'in', 'within', 'inside of', 'inside', 'after', 'over', 'for', 'under',
  'in under', 'in less than', 'less than', 'no more than', 'no later than', 'at least', 'more than', 'about', 'around',
  'approximately', 'roughly', 'up to', 'next', 'last', 'past', 'previous', 'the previous',
]);
const SUFFIX = String.raw`(?:ago|from\s+now|from\s+right\s+now|from\s+today|from\s+tomorrow|after\s+tomorrow|after\s+today|later|hence|before|earlier|time|after\s+that)`;
const DURATION_RE = new RegExp(
  // Not \b: "½ hour" starts with a character that is not a word character.
  String.raw`(?<![\w½])(?:(${PREFIX})\s+)?(${NUM})(?:\s*(?:-|–|—|to|or)\s*(${NUM}))?(\s+and\s+a\s+(?:half|quarter))?\s*-?\s*(${UNIT_WORD}|(?<=\d)${SHORT_UNIT})(?![a-z\d])` +
    String.raw`((?:,?\s+(?:and\s+)?${ONE_DURATION})?(?:\s+and\s+(?:a\s+)?(?:half|quarter))?)` +
    String.raw`(?:\s+(${SUFFIX})(?![a-z]))?`,
  'gi',
);
const ONE_DURATION_RE = new RegExp(String.raw`^,?\s*(?:and\s+)?(${NUM})(\s+and\s+a\s+(?:half|quarter))?\s*-?\s*(${UNIT_WORD}|(?<=\d)${SHORT_UNIT})(?![a-z])`, 'i');

/** "1 hour 30", "2 hours ten": minutes after hours with no unit. */
const TRAILING_MINUTES_RE = /^\s+(?:and\s+)?(\d{1,2}|ten|fifteen|twenty|thirty|forty|forty-five|fifty)(?![\w:])/i;

function seconds(amountRaw: string, half: string | undefined, unitRaw: string): { secs: number; unit: Unit; amount: number; business: boolean } | undefined {
  const n = numberValue(amountRaw);
  const info = unitInfo(unitRaw);
  if (n === undefined || !info) return undefined;
  const extra = half ? (/quarter/i.test(half) ? 0.25 : 0.5) : 0;
  const amount = (n + extra) * info.times;
  return { secs: amount * UNIT_SECONDS[info.unit], unit: info.unit, amount, business: info.business };
}

/** Prefixes that make a length a span from now: "within 2 days", "in less than an hour". */
const UP_TO_PREFIXES = [
  'within', 'within the next', 'within the coming', 'inside', 'inside of', 'under', 'in under', 'in less than',
  'no more than', 'no later than', 'over the next', 'during the next', 'over the coming', 'during the coming',
];

function durationCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DURATION_RE)) {
    const [whole, prefixRaw, aRaw, bRaw, half, unitRaw, restRaw, suffixRaw] = m;
    const first = seconds(aRaw!, half, unitRaw!);
    if (!first) continue;
    // A bare article or word number with no context is too weak on its own ("a day" is fine,
    // "one second thought" is not a duration) — accept it, the unit word is what carries it.
    let { secs, unit, amount } = first;
    const business = first.business;
    let end = m.index + whole.length;
    let upper: number | undefined;
    if (bRaw) {
      const b = numberValue(bRaw);
      if (b !== undefined && b > (numberValue(aRaw!) ?? 0)) upper = b * (unitInfo(unitRaw!)?.times ?? 1);
    }
    const rest = restRaw?.trim();
    if (rest) {
      const half2 = /and\s+(?:a\s+)?(half|quarter)$/i.exec(rest);
      const part = half2 ? null : ONE_DURATION_RE.exec(rest);
      if (part) {
        const second = seconds(part[1]!, part[2], part[3]!);
        if (second) {
          secs += second.secs;
          if (UNIT_SECONDS[second.unit] < UNIT_SECONDS[unit]) unit = second.unit;
          amount = secs / UNIT_SECONDS[unit];
        }
      } else if (half2) {
        secs += (half2[1] === 'quarter' ? 0.25 : 0.5) * UNIT_SECONDS[unit];
        amount = secs / UNIT_SECONDS[unit];
      }
    }
    if (!rest && !suffixRaw && unit === 'hour') {
      const t = TRAILING_MINUTES_RE.exec(text.slice(end));
      if (t) {
        const mins = numberValue(t[1]!.replace('-', ' ')) ?? 0;
        if (mins > 0 && mins < 60) {
          secs += mins * 60;
          unit = 'minute';
          amount = secs / 60;
          end += t[0].length;
        }
      }
    }
    const prefix = (prefixRaw ?? '').toLowerCase().replace(/\s+/g, ' ');
    const suffix = (suffixRaw ?? '').toLowerCase().replace(/\s+/g, ' ');
    let start = m.index;
    const base: { priority: number; grain: Grain; businessDays?: number; claimStart?: number } = { priority: 2, grain: grainOf(unit), ...(business ? { businessDays: upper ?? amount } : {}) };
    const spanText = () => text.slice(start, end);

    if (suffix === 'ago' || suffix === 'before' || suffix === 'earlier') {
      const at = plus(now, -amount, unit, business);
      const length = suffix === 'ago' || upper !== undefined ? undefined : { amount, unit, business, dir: -1 as const };
      out.push({ ...base, text: spanText(), start, end, ...pointValue(at, unit), ...(length ? { length } : {}) });
      continue;
    }
    if (/^(?:from tomorrow|after tomorrow)$/.test(suffix)) {
      const at = plus(now.plus({ days: 1 }), amount, unit, business);
      out.push({ ...base, text: spanText(), start, end, ...pointValue(at, unit) });
      continue;
    }
    if (/^(?:from now|from right now|from today|after today|later|hence|after that)$/.test(suffix) || prefix === 'after') {
      const at = plus(now, amount, unit, business);
      out.push({ ...base, text: spanText(), start, end, ...pointValue(at, unit) });
      continue;
    }
    if (/^(?:in|in the next|in the coming)$/.test(prefix)) {
      if (upper !== undefined) {
        const a = plus(now, amount, unit, business);
        const b = plus(now, upper, unit, business);
        const small = UNIT_SECONDS[unit] < UNIT_SECONDS.day;
        out.push({ ...base, text: spanText(), start, end, kind: 'range', value: small ? { start: fmtDateTime(a), end: fmtDateTime(b) } : dateRange(a, b), deadline: true });
      } else if (prefix === 'in') {
        out.push({ ...base, text: spanText(), start, end, ...pointValue(plus(now, amount, unit, business), unit) });
      } else {
        const b = plus(now, amount, unit, business);
        const value = UNIT_SECONDS[unit] < UNIT_SECONDS.day ? { start: fmtDateTime(now), end: fmtDateTime(b) } : dateRange(now, b);
        out.push({ ...base, text: spanText(), start, end, kind: 'range', value, deadline: true });
      }
      continue;
    }
    if (UP_TO_PREFIXES.includes(prefix)) {
      const b = plus(now, upper ?? amount, unit, business);
      const small = UNIT_SECONDS[unit] < UNIT_SECONDS.day;
      out.push({ ...base, text: spanText(), start, end, kind: 'range', value: small ? { start: fmtDateTime(now), end: fmtDateTime(b) } : dateRange(now, b), deadline: true });
      continue;
    }
    if (/^(?:next|the next)$/.test(prefix)) {
      // "the next 3 days": whole units from the next one on.
      const from = business ? addWeekdays(now.startOf('day'), 1) : plus(startOfUnit(now, unit), 1, unit, false);
      const to = business ? addWeekdays(from, amount - 1).plus({ days: 1 }) : plus(from, amount, unit, false);
      const small = UNIT_SECONDS[unit] < UNIT_SECONDS.day;
      out.push({ ...base, text: spanText(), start, end, kind: 'range', value: small ? { start: fmtDateTime(from), end: fmtDateTime(to) } : dateRange(from, to) });
      continue;
    }
    if (/^(?:last|past|the last|the past|previous|the previous)$/.test(prefix)) {
      const small = UNIT_SECONDS[unit] < UNIT_SECONDS.day;
      const to = small ? now : startOfUnit(now, unit === 'day' ? 'day' : unit);
      const from = business ? addWeekdays(to, -amount) : plus(to, -amount, unit, false);
      out.push({ ...base, text: spanText(), start, end, kind: 'range', value: small ? { start: fmtDateTime(from), end: fmtDateTime(to) } : dateRange(from, to) });
      continue;
    }
    // A length of time: "for 3 hours", "24 hours", "about two weeks". "for" is not part of it.
    const claimStart = start;
    if (prefix === 'for') start += (prefixRaw ?? '').length + 1;
    while (/\s/.test(text[start] ?? '')) start++;
    base.claimStart = claimStart;
    if (upper !== undefined) {
      out.push({ ...base, text: spanText(), start, end, kind: 'range', value: { start: durationIso(amount, unit), end: durationIso(upper, unit) } });
    } else {
      out.push({ ...base, text: spanText(), start, end, kind: 'duration', value: durationIso(amount, unit), length: { amount, unit, business } });
    }
  }
  return out;
}

// ─── recurring times: "every day", "weekly", "each Monday", "twice a week" ──────────────────

const SET_RE = new RegExp(
  String.raw`\b(?:(?:every|each)\s+(?:other\s+)?(?:(${NUM})\s+)?(${UNIT_WORD}|${WEEKDAY}|morning|afternoon|evening|night)` +
    String.raw`|(daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly|biweekly|fortnightly)` +
    String.raw`|(?:once|twice|(?:${NUM})\s+times)\s+(?:a|an|per|every|each)\s+(${UNIT_WORD}))(?![a-z])`,
  'gi',
);

function setCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SET_RE)) {
    const [whole, countRaw, what, adverb, perUnit] = m;
    let value: string | undefined;
    let grain: Grain = 'day';
    if (adverb) {
      const a = adverb.toLowerCase();
      const map: Record<string, [string, Grain]> = {
        daily: ['P1D', 'day'], nightly: ['P1D', 'day'], weekly: ['P1W', 'week'], monthly: ['P1M', 'month'],
        yearly: ['P1Y', 'year'], annually: ['P1Y', 'year'], hourly: ['PT1H', 'hour'], quarterly: ['P3M', 'quarter'],
        biweekly: ['P2W', 'week'], fortnightly: ['P2W', 'week'],
      };
      [value, grain] = map[a] ?? ['P1D', 'day'];
    } else if (perUnit) {
      const info = unitInfo(perUnit);
      if (info) {
        value = durationIso(info.times, info.unit);
        grain = info.unit;
      }
    } else if (what) {
      const info = unitInfo(what);
      const other = /\bother\b/i.test(whole) ? 2 : 1;
      if (info) {
        const n = (countRaw ? (numberValue(countRaw) ?? 1) : 1) * info.times * other;
        value = durationIso(n, info.unit);
        grain = info.unit;
      } else if (weekdayNumber(what) !== undefined) {
        value = `P${other}W`;
        grain = 'week';
      } else {
        value = 'P1D';
      }
    }
    if (!value) continue;
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'set', value, grain, priority: 3 });
  }
  return out;
}

// ─── whole periods: "next week", "this month", "last quarter", "Q3 2024", "this weekend" ──────

const PERIOD_RE = new RegExp(
  String.raw`\b(?:(?:in|during|for|over)\s+)?(?:(${RELATIVE})\s+)` +
    String.raw`(week(?:end)?|work\s?week|working\s+week|business\s+week|fortnight|month|quarter|calendar\s+year|year|day)(?![a-z])(?:\s+after\s+next)?` +
    String.raw`|\b(?:(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:quarter|qtr)|q([1-4]))(?:\s+(?:of\s+)?(?:(\d{4})|(this|next|last)\s+year))?(?![a-z\d])`,
  'gi',
);

function periodCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PERIOD_RE)) {
    const [whole, rel, unitRaw, ordinal, qDigit, qYear, qRel] = m;
    const lead = /^(?:in|during|for|over)\s+/i.exec(whole);
    const start = m.index + (lead && unitRaw ? lead[0].length : 0);
    const claimStart = m.index;
    const end = m.index + whole.length;
    if (unitRaw) {
      let step: number = relativeStep(rel);
      if (/after\s+next$/i.test(whole)) step = 2;
      const u = unitRaw.toLowerCase().replace(/\s+/g, ' ');
      let value: { start: string; end: string };
      let grain: Grain;
      if (u === 'day') {
        // "the day", "this day": today; "the next day": tomorrow; "the previous day": yesterday.
        if (/^(?:the\s+)?(?:last|past)$/i.test((rel ?? '').trim())) continue;
        const d = now.startOf('day').plus({ days: step });
        out.push({ text: whole, start, end, claimStart, kind: 'date', value: fmtDate(d), grain: 'day', priority: 2, day: d });
        continue;
      }
      if (u === 'weekend') {
        // This weekend is the coming Saturday and Sunday (the present one on a weekend).
        let sat = now.startOf('week').plus({ days: 5 });
        sat = sat.plus({ weeks: step });
        value = dateRange(sat, sat.plus({ days: 2 }));
        grain = 'day';
      } else if (u === 'fortnight') {
        const from = step < 0 ? now.startOf('week').minus({ weeks: 2 }) : now.startOf('week').plus({ weeks: step > 0 ? 1 : 0 });
        value = dateRange(from, from.plus({ weeks: 2 }));
        grain = 'week';
      } else if (u === 'work week' || u === 'workweek' || u === 'business week' || u === 'working week') {
        const from = now.startOf('week').plus({ weeks: step });
        value = dateRange(from, from.plus({ days: 5 }));
        grain = 'week';
      } else {
        const unit = (u === 'calendar year' ? 'year' : u) as Unit;
        const from = plus(startOfUnit(now, unit), step, unit, false);
        value = dateRange(from, plus(from, 1, unit, false));
        grain = unit;
      }
      const week = u === 'week' ? DateTime.fromISO(value.start, { zone: now.zone }) : undefined;
      out.push({ text: whole, start, end, claimStart, kind: 'range', value, grain, priority: 2, ...(week ? { week } : {}) });
      continue;
    }
    const q = qDigit ? Number(qDigit) : ({ first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 } as Record<string, number>)[ordinal!.toLowerCase()]!;
    let year = now.year;
    if (qYear) year = Number(qYear);
    else if (qRel) year += relativeStep(qRel);
    const from = DateTime.fromObject({ year, month: (q - 1) * 3 + 1, day: 1 }, { zone: now.zone });
    out.push({ text: whole, start, end, kind: 'range', value: dateRange(from, from.plus({ months: 3 })), grain: 'quarter', priority: 2 });
  }
  return out;
}

// ─── ends and beginnings: "end of the week", "by end of day", "EOD", "beginning of next month" ─

const EDGE_RE = new RegExp(
  String.raw`\b(?:(?:by|at|before|until|till|towards?|around|for|in)\s+)?(?:the\s+)?(end|beginning|start|middle|mid|close|early|late)(?:\s+|-)` +
    String.raw`(?:of\s+)?(?:(${RELATIVE})\s+)?` +
    String.raw`(business\s+day|working\s+day|day|week|month|quarter|year|today|tomorrow|tonight|${WEEKDAY}|${MONTH}|\d{4})(?![a-z\d])` +
    String.raw`|\b(?:(?:by|at|before|until|till)\s+)?(?:the\s+)?(eod|cob|eob|eow|eom|eoy|eoq|boy|bom|close\s+of\s+(?:business|play)|end\s+of\s+(?:business|play))(?![a-z])`,
  'gi',
);

function edgeCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EDGE_RE)) {
    const [whole, edgeRaw, rel, whatRaw, abbr] = m;
    const start = m.index;
    const end = start + whole.length;
    const deadline = /^(?:by|before|until|till)\b/i.test(whole);
    let edge = (edgeRaw ?? '').toLowerCase();
    let what = (whatRaw ?? '').toLowerCase().replace(/\s+/g, ' ');
    const step = relativeStep(rel);
    if (abbr) {
      const a = abbr.toLowerCase().replace(/\s+/g, ' ');
      edge = a.startsWith('b') ? 'beginning' : 'end';
      const periods: Record<string, string> = { eow: 'week', eom: 'month', eoy: 'year', eoq: 'quarter', boy: 'year', bom: 'month' };
      what = periods[a] ?? 'business day';
    }
    if (edge === 'close') edge = 'end';
    if (edge === 'start') edge = 'beginning';
    if (edge === 'mid') edge = 'middle';
    // "early March", "late 2019": the first or last third, as "the beginning/end of".
    if (edge === 'early') edge = 'beginning';
    if (edge === 'late') edge = 'end';
    const base = { text: whole, start, end, priority: 3, deadline };
    // One day: its end is a deadline at midnight (a calendar reads it as the close of business).
    const dayOf = (): DateTime | undefined => {
      if (what === 'day' || what === 'today' || what === 'business day' || what === 'working day' || what === 'tonight') return now.plus({ days: step > 0 ? 1 : step < 0 ? -1 : 0 });
      if (what === 'tomorrow') return now.plus({ days: 1 });
      const wd = new RegExp(String.raw`^${WEEKDAY}$`, 'i').test(what) ? weekdayNumber(what) : undefined;
      if (wd !== undefined) {
        let d = now.startOf('day');
        const delta = (wd - d.weekday + 7) % 7;
        d = d.plus({ days: delta });
        if (step > 0 && delta === 0) d = d.plus({ weeks: 1 });
        if (step < 0) d = d.minus({ weeks: delta === 0 ? 1 : 1 });
        return d;
      }
      return undefined;
    };
    const isWeekday = new RegExp(String.raw`^${WEEKDAY}$`, 'i').test(what);
    const day = isWeekday || ['day', 'today', 'business day', 'working day', 'tonight', 'tomorrow'].includes(what) ? dayOf() : undefined;
    if (day) {
      const d = day.startOf('day');
      if (edge === 'end') {
        const at = d.set({ hour: 23, minute: 59, second: 59 });
        out.push({ ...base, kind: 'datetime', value: fmtDateTime(at), grain: 'second', endOf: 'day' });
      } else if (edge === 'beginning') {
        out.push({ ...base, kind: 'range', value: { start: fmtDateTime(d.set({ hour: 8 })), end: fmtDateTime(d.set({ hour: 12 })) }, grain: 'hour' });
      } else {
        out.push({ ...base, kind: 'datetime', value: fmtDateTime(d.set({ hour: 12 })), grain: 'hour' });
      }
      continue;
    }
    let period: DateTime;
    let unit: 'week' | 'month' | 'quarter' | 'year';
    const month = monthNumber(what);
    if (/^\d{4}$/.test(what)) {
      unit = 'year';
      period = DateTime.fromObject({ year: Number(what), month: 1, day: 1 }, { zone: now.zone });
    } else if (month !== undefined && what !== 'mon') {
      unit = 'month';
      period = DateTime.fromObject({ year: now.year, month, day: 1 }, { zone: now.zone });
      if (step > 0 || (step === 0 && period.endOf('month') < now && !rel)) period = period.plus({ years: 1 });
      if (step < 0) period = period.minus({ years: period < now ? 0 : 1 });
    } else if (what === 'week' || what === 'month' || what === 'quarter' || what === 'year') {
      unit = what;
      period = plus(startOfUnit(now, unit), step, unit, false);
    } else continue;
    const next = plus(period, 1, unit, false);
    let value: { start: string; end: string };
    if (unit === 'week') {
      value = edge === 'end'
        ? dateRange(period.plus({ days: 4 }), next)
        : edge === 'beginning' ? dateRange(period, period.plus({ days: 3 })) : dateRange(period.plus({ days: 2 }), period.plus({ days: 5 }));
    } else if (unit === 'month') {
      // A month in thirds: the 1st–10th, the 11th–20th, the 21st to its end.
      value = edge === 'end'
        ? dateRange(period.set({ day: 21 }), next)
        : edge === 'beginning' ? dateRange(period, period.set({ day: 11 })) : dateRange(period.set({ day: 11 }), period.set({ day: 21 }));
    } else if (unit === 'quarter') {
      value = edge === 'end'
        ? dateRange(period.plus({ months: 2 }), next)
        : edge === 'beginning' ? dateRange(period, period.plus({ months: 1 })) : dateRange(period.plus({ months: 1 }), period.plus({ months: 2 }));
    } else {
      // A year in thirds: January–April, May–August, September–December.
      value = edge === 'end'
        ? dateRange(period.set({ month: 9 }), next)
        : edge === 'beginning' ? dateRange(period, period.set({ month: 5 })) : dateRange(period.set({ month: 5 }), period.set({ month: 9 }));
    }
    out.push({ ...base, kind: 'range', value, grain: unit === 'week' ? 'day' : unit === 'year' ? 'month' : 'day', ...(edge === 'end' ? { endOf: unit } : {}) });
  }
  return out;
}

// ─── the rest or the part gone: "later this week", "earlier this year", "the rest of the month" ─

const REST_RE = /\b(?:(later|earlier)\s+(?:on\s+)?(?:this|in\s+the)|(?:the\s+)?(?:rest|remainder|remaining)\s+of\s+the)\s+(week|month|year)(?![a-z])/gi;

/** Where the later half of a period starts: Thursday, the 16th, 1 July. */
function laterHalf(period: DateTime, unit: 'week' | 'month' | 'year'): DateTime {
  return unit === 'week' ? period.plus({ days: 3 }) : unit === 'month' ? period.set({ day: 16 }) : period.set({ month: 7 });
}

function restCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(REST_RE)) {
    const [whole, which, unitRaw] = m;
    const unit = unitRaw!.toLowerCase() as 'week' | 'month' | 'year';
    const period = startOfUnit(now, unit);
    const next = plus(period, 1, unit, false);
    const today = now.startOf('day');
    let value: { start: string; end: string };
    if (/^earlier$/i.test(which ?? '')) value = dateRange(period, today);
    else if (which) value = dateRange(DateTime.max(today, laterHalf(period, unit)), next);
    else value = dateRange(today, next);
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value, grain: 'day', priority: 3 });
  }
  return out;
}

// ─── named holidays: "Thanksgiving", "next Easter", "Christmas Eve 2025" ──────────────────────

let holidayRe: RegExp | undefined;
function holidayPattern(): RegExp {
  if (!holidayRe) {
    const names = holidayNames().map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+').replace(/-/g, '[-\\s]'));
    holidayRe = new RegExp(String.raw`\b(?:(${RELATIVE})\s+)?(${names.join('|')})(?:\s+(?:of\s+)?(\d{4}))?(?![a-z])`, 'gi');
  }
  return holidayRe;
}

function holidayCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  if (!/[a-z]{4}/i.test(text)) return out;
  for (const m of text.matchAll(holidayPattern())) {
    const [whole, rel, name, yearRaw] = m;
    const step = relativeStep(rel);
    let found: { start: string; days: number } | undefined;
    if (yearRaw) found = holidayDates(name!, Number(yearRaw));
    else {
      const today = fmtDate(now);
      const years = step < 0 ? [now.year, now.year - 1] : [now.year, now.year + 1];
      for (const y of years) {
        const h = holidayDates(name!, y);
        if (!h) continue;
        if (step < 0 ? h.start < today : h.start >= today) {
          found = h;
          break;
        }
      }
    }
    if (!found) continue;
    const first = DateTime.fromISO(found.start, { zone: now.zone });
    const start = m.index + (rel && /^the$/i.test(rel.trim()) ? 0 : 0);
    if (found.days > 1) out.push({ text: whole, start, end: start + whole.length, kind: 'range', value: dateRange(first, first.plus({ days: found.days })), grain: 'day', priority: 2 });
    else out.push({ text: whole, start, end: start + whole.length, kind: 'date', value: found.start, grain: 'day', priority: 2 });
  }
  return out;
}

// ─── chrono-node: dates and clock times ──────────────────────────────────────────────────

const BACKWARD = /^(?:last|past|previous|prior|this\s+past|yesterday)\b|\bago$|\bbefore\s+yesterday$/i;

function chronoCandidates(text: string, now: DateTime): Candidate[] {
  const reference = { instant: now.toJSDate(), timezone: now.offset };
  const forward = chrono.casual.parse(text, reference, { forwardDate: true });
  // Read again without looking forward only when something looks back.
  const plain = forward.some((f) => BACKWARD.test(f.text)) ? chrono.casual.parse(text, reference) : [];
  const out: Candidate[] = [];
  for (const f of forward) {
    const r = BACKWARD.test(f.text) ? (plain.find((p) => p.index === f.index && p.text === f.text) ?? f) : f;
    // A single-letter unit after a space ("1990 s", "7 m") is not a length of time.
    if (/^\d+\s+[a-z]$/i.test(r.text)) continue;
    const c = fromChrono(r, now, text.slice(r.index + r.text.length, r.index + r.text.length + 6));
    if (!c) continue;
    // "this September", "coming Thursday": chrono leaves the word before the date out.
    const before = /\b(this|coming|upcoming|the\s+coming)\s+$/i.exec(text.slice(Math.max(0, c.start - 14), c.start));
    if (before && c.day === undefined && c.kind === 'range' && c.grain === 'month' && /^this$/i.test(before[1]!) && typeof c.value !== 'string') {
      const month = DateTime.fromISO(c.value.start, { zone: now.zone }).set({ year: now.year });
      c.value = dateRange(month, month.plus({ months: 1 }));
      c.start -= before[0].length;
    } else if (before && c.day && /^[a-z]+$/i.test(c.text) && weekdayNumber(c.text) !== undefined) {
      const wd = weekdayNumber(c.text)!;
      const d = /^this$/i.test(before[1]!)
        ? now.startOf('week').plus({ days: wd - 1 })
        : now.startOf('day').plus({ days: (wd - now.weekday + 7) % 7 || 7 });
      c.day = d;
      c.value = fmtDate(d);
      c.start -= before[0].length;
    }
    out.push(c);
  }
  return out;
}

function componentsToValue(c: ParsedComponents, now: DateTime): { kind: 'date' | 'datetime'; value: string; at: DateTime; grain: Grain } {
  const hasTime = c.isCertain('hour') || c.isCertain('minute') || [...c.tags()].some((t) => /Time|casualReference\/(?:now|morning|afternoon|evening|noon|midnight|tonight)/i.test(t));
  if (!hasTime) {
    const at = DateTime.fromObject({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! }, { zone: now.zone });
    return { kind: 'date', value: fmtDate(at), at, grain: 'day' };
  }
  const at = DateTime.fromJSDate(c.date(), { zone: now.zone });
  const grain: Grain = c.isCertain('second') && (c.get('second') ?? 0) !== 0 ? 'second' : c.isCertain('minute') && (c.get('minute') ?? 0) !== 0 ? 'minute' : 'hour';
  return { kind: 'datetime', value: fmtDateTime(at.set({ millisecond: 0 })), at, grain };
}

function fromChrono(r: ParsedResult, now: DateTime, after = ''): Candidate | undefined {
  const start = r.index;
  const end = r.index + r.text.length;
  const s = r.start;
  const base = { text: r.text, start, end, priority: 1 };
  const thisOne = /^this\s/i.test(r.text);
  // A month or a year on its own is the whole month or year ("this September": this year's).
  if (!r.end && !s.isCertain('day') && !s.isCertain('weekday') && !s.isCertain('hour')) {
    if (s.isCertain('month')) {
      const year = thisOne && !s.isCertain('year') ? now.year : s.get('year')!;
      const from = DateTime.fromObject({ year, month: s.get('month')!, day: 1 }, { zone: now.zone });
      return { ...base, kind: 'range', value: dateRange(from, from.plus({ months: 1 })), grain: 'month' };
    }
    if (s.isCertain('year') && !/\b(?:week|day|hour|minute|second)s?\b/i.test(r.text)) {
      const from = DateTime.fromObject({ year: s.get('year')!, month: 1, day: 1 }, { zone: now.zone });
      return { ...base, kind: 'range', value: dateRange(from, from.plus({ years: 1 })), grain: 'year' };
    }
  }
  const a = componentsToValue(s, now);
  if (r.end) {
    const b = componentsToValue(r.end, now);
    // "from 10:30 to 3": an end with no am/pm before the start is the afternoon's.
    const minutes = (t: DateTime) => t.hour * 60 + t.minute;
    if (b.kind === 'datetime' && a.kind === 'datetime' && minutes(b.at) < minutes(a.at) && !r.end.isCertain('meridiem') && b.at.hour < 12) {
      const later = a.at.set({ hour: b.at.hour + 12, minute: b.at.minute, second: b.at.second });
      if (later > a.at) {
        b.at = later;
        b.value = fmtDateTime(later.set({ millisecond: 0 }));
      }
    }
    const both = a.kind === 'datetime' || b.kind === 'datetime';
    const av = both && a.kind === 'date' ? fmtDateTime(a.at) : a.value;
    const bv = both && b.kind === 'date' ? fmtDateTime(b.at) : b.value;
    return { ...base, kind: 'range', value: { start: av, end: bv }, grain: a.grain };
  }
  // "this Friday" is this week's Friday, even when it has passed.
  if (thisOne && a.kind === 'date' && s.isCertain('weekday') && !s.isCertain('day')) {
    const d = now.startOf('week').plus({ days: ((s.get('weekday') ?? 1) + 6) % 7 });
    return { ...base, kind: 'date', value: fmtDate(d), grain: 'day', day: d };
  }
  const dateKnown = s.isCertain('day') || s.isCertain('weekday') || /\b(?:today|tomorrow|tonight|yesterday|now)\b/i.test(r.text);
  if (a.kind === 'datetime' && !dateKnown) {
    const clock: Clock = { hour: a.at.hour, minute: a.at.minute, second: a.at.second, meridiem: s.isCertain('meridiem') || a.at.hour > 12 || a.at.hour === 0 };
    // No am/pm: the sooner of the two readings still ahead ("3:30" at 10am is 3:30pm).
    const value = clock.meridiem || /^\s*[ap]\.?m\b/i.test(after) ? a.value : fmtDateTime(nextReading(now, clock.hour, clock.minute).set({ second: clock.second }));
    return { ...base, kind: 'datetime', value, grain: a.grain, clock };
  }
  return { ...base, kind: a.kind, value: a.value, grain: a.grain, ...(a.kind === 'date' ? { day: a.at } : {}) };
}

// ─── clock times chrono misses: "20 past 8", "a quarter to five", "half past 3 pm" ──────────

const HOUR_WORD = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)`;
const PAST_RE = new RegExp(
  String.raw`\b(?:at\s+)?(a\s+quarter|quarter|half|${NUM})(?:\s+(?:minutes?|mins?))?\s+(past|after|to|before|til)\s+(${HOUR_WORD})(?:\s*(am|pm|a\.m\.|p\.m\.|o'?clock))?(?![a-z\d])`,
  'gi',
);

/** "9h30", "15h", "at 7", "around 1030", "11ish": clock times written without a colon. */
const H_CLOCK = String.raw`(\d{1,2})h(\d{2})?(?:\s*(${ZONE_WORD})(?![a-z]))?`;
const H_CLOCK_RE = new RegExp(String.raw`\b${H_CLOCK}(?:\s*(?:-|–|to|until|till)\s*${H_CLOCK})?(?![\w:])`, 'gi');

/** The fixed zone of an abbreviation ("PST" → "UTC-8"), if it is one we know. */
function fixedZone(zoneRaw: string | undefined): string | undefined {
  const offset = zoneRaw ? ZONE_OFFSETS[zoneRaw.toLowerCase()] : undefined;
  if (offset === undefined) return undefined;
  const abs = Math.abs(offset);
  return `UTC${offset < 0 ? '-' : '+'}${Math.floor(abs)}${abs % 1 ? `:${String(Math.round((abs % 1) * 60)).padStart(2, '0')}` : ''}`;
}

/** A wall-clock time written in another zone ("15h00 GMT"), said in the reference's zone. */
function inZone(day: DateTime, hour: number, minute: number, zoneRaw: string | undefined): DateTime {
  const zone = fixedZone(zoneRaw);
  if (!zone) return day.set({ hour, minute });
  return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone }).setZone(day.zone);
}
/** Words after a number that make it an amount, not a clock time ("at 5 stars", "around 20 people"). */
const AMOUNT_AFTER = ['%', 'percent', 'per', 'times', 'of', 'out', 'stars?', 'pounds?', 'dollars?', 'euros?', 'items?', 'people'];
const BARE_CLOCK_RE = new RegExp(
  String.raw`\b(at|around|about|circa|@)\s*(\d{1,2})(\d{2})?(?:\s*ish)?(?![\w:.,/%-]|\s*(?:${AMOUNT_AFTER.join('|')})(?![a-z]))` +
    String.raw`|\b(\d{1,2})ish(?![a-z])`,
  'gi',
);

/** The next moment, from now, that a clock time with no am/pm can mean: "at 3" at 10am is 3pm. */
function nextReading(now: DateTime, hour: number, minute: number): DateTime {
  const day = now.startOf('day');
  const readings = hour >= 1 && hour <= 12 ? [hour % 12, (hour % 12) + 12] : [hour];
  for (const offset of [0, 1]) {
    for (const h of readings) {
      const t = day.plus({ days: offset }).set({ hour: h, minute });
      if (t >= now) return t;
    }
  }
  return day.set({ hour, minute });
}

function bareClock(now: DateTime, hour: number, minute: number, h24: boolean, grain: Grain): Pick<Candidate, 'kind' | 'value' | 'grain' | 'clock'> {
  const at = h24 || hour === 0 || hour > 12 ? now.startOf('day').set({ hour, minute }) : nextReading(now, hour, minute);
  const meridiem = h24 || hour === 0 || hour > 12;
  return { kind: 'datetime', value: fmtDateTime(at), grain, clock: { hour: meridiem ? hour : at.hour, minute, second: 0, meridiem } };
}

function clockCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(H_CLOCK_RE)) {
    const [whole, h1, m1, z1, h2, m2, z2] = m;
    // "15h" alone is fifteen hours; a clock needs minutes ("9h30"), a zone or a second clock ("9h-11h").
    if (!m1 && !h2 && !z1) continue;
    const a = { hour: Number(h1), minute: Number(m1 ?? 0) };
    if (a.hour > 23 || a.minute > 59) continue;
    const day = now.startOf('day');
    // One zone written at the end is for both ends: "9h30 - 11h CST".
    const from = inZone(day, a.hour, a.minute, z1 ?? z2);
    if (!h2) {
      const found = bareClock(now, from.hour, from.minute, true, 'minute');
      const zone = fixedZone(z1);
      // Joined to a day, the zone's wall clock is placed on that day (its offset may differ).
      const clock = zone ? { hour: a.hour, minute: a.minute, second: 0, meridiem: true, zone } : found.clock;
      out.push({ text: whole, start: m.index, end: m.index + whole.length, priority: 3, ...found, clock });
      continue;
    }
    const b = { hour: Number(h2), minute: Number(m2 ?? 0) };
    if (b.hour > 24 || b.minute > 59 || b.hour * 60 + b.minute <= a.hour * 60 + a.minute) continue;
    const to = inZone(day, b.hour, b.minute, z2 ?? z1);
    const value = { start: fmtDateTime(from), end: fmtDateTime(to) };
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value, grain: 'minute', priority: 3, clockRange: { from, to } });
  }
  for (const m of text.matchAll(BARE_CLOCK_RE)) {
    const [whole, lead, hRaw, minRaw, ishHour] = m;
    const hour = Number(hRaw ?? ishHour);
    const minute = Number(minRaw ?? 0);
    if (hour > 23 || minute > 59) continue;
    // "about 2019" is a year, "about 930" too loose: four figures only after "at"/"around"/"@".
    if (minRaw && (/^(?:about|circa)$/i.test(lead!) || /^(?:19|20)\d\d$/.test(hRaw! + minRaw))) continue;
    out.push({ text: whole, start: m.index, end: m.index + whole.length, priority: 0, ...bareClock(now, hour, minute, false, minRaw ? 'minute' : 'hour') });
  }
  for (const m of text.matchAll(PAST_RE)) {
    const [whole, amountRaw, rel, hourRaw, mer] = m;
    const amountWord = amountRaw!.toLowerCase().replace(/\s+/g, ' ');
    const minutes = amountWord.endsWith('quarter') ? 15 : amountWord === 'half' ? 30 : numberValue(amountWord);
    // "5 to 6" is a range; "ten to six", "20 minutes to 6", "a quarter to 6" are clock times.
    if (/^(?:to|before|til)$/i.test(rel!) && /^\d+$/.test(amountWord) && !/\bmin/i.test(whole)) continue;
    const hw = hourRaw!.toLowerCase();
    let hour = hw === 'noon' ? 12 : hw === 'midnight' ? 0 : numberValue(hw);
    if (minutes === undefined || hour === undefined || minutes >= 60 || hour > 23 || !Number.isInteger(minutes)) continue;
    const merW = (mer ?? '').toLowerCase();
    if (/^p/.test(merW) && hour < 12) hour += 12;
    if (/^a/.test(merW) && hour === 12) hour = 0;
    let total = hour * 60 + (/^(?:to|before|til)$/i.test(rel!) ? -minutes : minutes);
    total = (total + 1440) % 1440;
    const at = now.startOf('day').set({ hour: Math.floor(total / 60), minute: total % 60 });
    const clock: Clock = { hour: at.hour, minute: at.minute, second: 0, meridiem: !!/^[ap]/.test(merW) || hw === 'noon' || hw === 'midnight' || hour > 12 };
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'datetime', value: fmtDateTime(at), grain: 'minute', priority: 2, clock });
  }
  return out;
}

// ─── parts of the day: "this morning", "tomorrow afternoon", "Monday evening", "tonight" ───────

/** Hours of each part of the day (start inclusive, end exclusive; 24 is midnight). */
const PARTS: Record<string, [number, number]> = {
  morning: [8, 12],
  afternoon: [12, 16],
  evening: [16, 20],
  night: [20, 24],
  tonight: [20, 24],
  daytime: [8, 18],
  lunch: [12, 14],
  lunchtime: [12, 14],
};

const PART_RE = new RegExp(
  String.raw`\b(?:(today|tomorrow|yesterday|this|last|${WEEKDAY})(?:\s+in)?\s+)?(?:(early|late|later|mid)\s+(?:in\s+)?)?(?:in\s+the\s+|the\s+)?` +
    String.raw`(morning|afternoon|evening|night|daytime|lunchtime|lunch|tonight)(?![a-z])`,
  'gi',
);

function partCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PART_RE)) {
    const [whole, dayRaw, edge, partRaw] = m;
    const part = partRaw!.toLowerCase();
    const dayWord = (dayRaw ?? '').toLowerCase();
    let day = now.startOf('day');
    if (dayWord === 'tomorrow') day = day.plus({ days: 1 });
    else if (dayWord === 'yesterday' || (dayWord === 'last' && /^(?:night|evening)$/.test(part))) day = day.minus({ days: 1 });
    else if (dayWord === 'last') continue;
    else if (dayWord && dayWord !== 'today' && dayWord !== 'this') {
      const wd = weekdayNumber(dayWord);
      if (wd === undefined) continue;
      day = day.plus({ days: (wd - day.weekday + 7) % 7 || 7 });
    }
    let [from, to] = PARTS[part]!;
    const e = (edge ?? '').toLowerCase();
    const half = Math.max(1, Math.floor((to - from) / 2));
    if (e === 'early') to = from + half;
    else if (e === 'late' || e === 'later') from = to - half;
    const endAt = to === 24 ? day.set({ hour: 23, minute: 59, second: 59 }) : day.set({ hour: to });
    out.push({
      text: whole,
      start: m.index,
      end: m.index + whole.length,
      kind: 'range',
      value: { start: fmtDateTime(day.set({ hour: from })), end: fmtDateTime(endAt) },
      grain: 'hour',
      priority: 2,
      part: { name: part, from, to, day, explicitDay: !!dayWord && dayWord !== 'this' },
      ...(part === 'night' && !dayWord && !edge ? { priority: 0 } : {}),
    });
  }
  return out;
}

// ─── days chrono misses: "the 15th", "first Tuesday of October", "last day of the month" ───────

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, fifth: 5, '5th': 5, last: -1 };
const NTH_RE = new RegExp(
  String.raw`\b(?:the\s+)?(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\s+(${WEEKDAY}|day)\s+(?:of|in)\s+` +
    String.raw`(?:(?:the|this)\s+month|(next|last)\s+month|(${MONTH})(?:\s+(\d{4}))?)(?![a-z\d])` +
    String.raw`|\b(?:(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)?|on\s+(\d{1,2})(?:st|nd|rd|th))(?![\w:/.-])`,
  'gi',
);

function nthCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NTH_RE)) {
    const [whole, ordRaw, whatRaw, relMonth, monthRaw, yearRaw, theDay, onDay] = m;
    const dayOfMonth = theDay ?? onDay;
    let d: DateTime | undefined;
    if (dayOfMonth) {
      const n = Number(dayOfMonth);
      if (n < 1 || n > 31) continue;
      d = now.startOf('month').set({ day: n });
      if (d.day !== n) continue;
      if (d < now.startOf('day')) d = now.startOf('month').plus({ months: 1 }).set({ day: n });
    } else {
      let month = now.startOf('month');
      if (relMonth) month = month.plus({ months: relativeStep(relMonth) });
      else if (monthRaw) {
        month = DateTime.fromObject({ year: yearRaw ? Number(yearRaw) : now.year, month: monthNumber(monthRaw)!, day: 1 }, { zone: now.zone });
        if (!yearRaw && month.endOf('month') < now) month = month.plus({ years: 1 });
      }
      const ord = ORDINALS[ordRaw!.toLowerCase()]!;
      const what = whatRaw!.toLowerCase();
      if (what === 'day') d = ord < 0 ? month.endOf('month').startOf('day') : month.plus({ days: ord - 1 });
      else {
        const wd = weekdayNumber(what)!;
        if (ord < 0) {
          d = month.endOf('month').startOf('day');
          d = d.minus({ days: (d.weekday - wd + 7) % 7 });
        } else {
          d = month.plus({ days: (wd - month.weekday + 7) % 7 + (ord - 1) * 7 });
          if (d.month !== month.month) continue;
        }
      }
    }
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'date', value: fmtDate(d), grain: 'day', priority: 2, day: d });
  }
  return out;
}

// ─── ranges chrono misses: "5 to 6pm", "between 9 and 11", "2014-2018", "from May to July" ───

const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d{2})?|${'(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)'})`;
const MERIDIEM = String.raw`(?:am|pm|a\.m\.?|p\.m\.?|o'?clock)`;
const CLOCK_RANGE_RE = new RegExp(
  String.raw`\b(?:(from|between)\s+)?(${CLOCK})\s*(${MERIDIEM})?\s*(?:-|–|to|and|until|till|through)\s*(${CLOCK})\s*(${MERIDIEM})?` +
    String.raw`(?![a-z\d/:-])(?!\s*(?:${UNIT_WORD}|%|per|times)\b)(?:\s+(?:in\s+the\s+)?(morning|afternoon|evening|night)(?![a-z]))?`,
  'gi',
);
const YEAR_RANGE_RE = /\b(?:(from|between)\s+)?((?:1[89]|20)\d{2})\s*(?:-|–|to|through|and|until|till)\s*((?:1[89]|20)\d{2})(?![\d/-])/gi;
const MONTH_RANGE_RE = new RegExp(String.raw`\b(?:(from|between)\s+)?(${MONTH})\s*(?:-|–|to|through|and|until|till)\s*(${MONTH})(?:\s+(\d{4}))?(?![a-z\d])`, 'gi');
const YEAR_MONTH_RE = new RegExp(String.raw`\b(?:((?:1[89]|20)\d{2})[-/](0?[1-9]|1[0-2])|(${MONTH})\s*[/-]\s*((?:1[89]|20)\d{2}))(?![\d/-])`, 'gi');
const ALL_RE = /\b(?:all|the\s+whole|the\s+entire)\s+(day|night|week|month|year)(?![a-z])/gi;
const SHORT_MERIDIEM_RE = /\b(?:(at|@)\s*)?(\d{1,2})(?::(\d{2}))?\s?([ap])\.?(?![a-z\d])/gi;

function clockValue(raw: string): { hour: number; minute: number } | undefined {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(raw.trim());
  if (m) {
    const hour = Number(m[1]);
    const minute = Number(m[2] ?? 0);
    return hour <= 24 && minute < 60 ? { hour, minute } : undefined;
  }
  const n = numberValue(raw);
  return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 12 ? { hour: n, minute: 0 } : undefined;
}

function rangeCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  const day = now.startOf('day');
  for (const m of text.matchAll(CLOCK_RANGE_RE)) {
    const [whole, lead, aRaw, aMerRaw, bRaw, bMerRaw, partRaw] = m;
    const afterNoon = !!partRaw && !/morning/i.test(partRaw);
    const aMer = aMerRaw ?? (partRaw ? (afterNoon ? 'pm' : 'am') : undefined);
    const bMer = bMerRaw ?? (partRaw ? (afterNoon ? 'pm' : 'am') : undefined);
    const a = clockValue(aRaw!);
    const b = clockValue(bRaw!);
    if (!a || !b) continue;
    const colon = /[:.]/.test(aRaw! + bRaw!);
    // Bare numbers ("5-6") are only times with a word that says so.
    // … or straight after a day: "Monday 11-4".
    const afterDay = new RegExp(String.raw`\b${WEEKDAY}\s+$`, 'i').test(text.slice(Math.max(0, m.index - 12), m.index));
    if (!lead && !aMer && !bMer && !colon && !afterDay) continue;
    const pm = (x: string | undefined) => !!x && /^p/i.test(x);
    const am = (x: string | undefined) => !!x && /^a/i.test(x);
    let ah = a.hour;
    let bh = b.hour;
    if (pm(bMer) && bh < 12) bh += 12;
    if (am(bMer) && bh === 12) bh = 0;
    if (pm(aMer) && ah < 12) ah += 12;
    if (!aMer && pm(bMer) && ah + 12 <= bh) ah += 12;
    // An end with no am/pm that would come before the start is the afternoon's: "8am until 6".
    if (!bMer && bh < ah && bh < 12) bh += 12;
    if (bh < ah || ah > 23 || bh > 24) continue;
    const from = day.set({ hour: ah, minute: a.minute });
    const to = bh === 24 ? day.set({ hour: 23, minute: 59, second: 59 }) : day.set({ hour: bh, minute: b.minute });
    const value = { start: fmtDateTime(from), end: fmtDateTime(to) };
    const grain = colon ? 'minute' : 'hour';
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value, grain, priority: 2, clockRange: { from, to } });
  }
  for (const m of text.matchAll(YEAR_RANGE_RE)) {
    const [whole, lead, y1, y2] = m;
    // "2007 and 2009" lists two years; only "between 2007 and 2009" is a span.
    if (/\sand\s/i.test(whole) && !/^between$/i.test(lead ?? '')) continue;
    if (Number(y2) <= Number(y1)) continue;
    const from = DateTime.fromObject({ year: Number(y1), month: 1, day: 1 }, { zone: now.zone });
    const to = DateTime.fromObject({ year: Number(y2), month: 1, day: 1 }, { zone: now.zone });
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value: dateRange(from, to), grain: 'year', priority: 2 });
  }
  for (const m of text.matchAll(MONTH_RANGE_RE)) {
    const [whole, , m1, m2, yearRaw] = m;
    const a = monthNumber(m1!)!;
    const b = monthNumber(m2!)!;
    if (a === b) continue;
    let year = yearRaw ? Number(yearRaw) : now.year;
    if (yearRaw && b < a) year -= 1;
    const from = DateTime.fromObject({ year, month: a, day: 1 }, { zone: now.zone });
    const to = DateTime.fromObject({ year: b < a ? year + 1 : year, month: b, day: 1 }, { zone: now.zone });
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value: dateRange(from, to), grain: 'month', priority: 2 });
  }
  for (const m of text.matchAll(YEAR_MONTH_RE)) {
    const [whole, y1, mo1, mName, y2] = m;
    const year = Number(y1 ?? y2);
    const month = mo1 ? Number(mo1) : monthNumber(mName!)!;
    const from = DateTime.fromObject({ year, month, day: 1 }, { zone: now.zone });
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value: dateRange(from, from.plus({ months: 1 })), grain: 'month', priority: 2 });
  }
  for (const m of text.matchAll(ALL_RE)) {
    const unit = m[1]!.toLowerCase();
    const iso = { day: 'P1D', night: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' }[unit]!;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'duration', value: iso, grain: unit === 'night' ? 'day' : (unit as Grain), priority: 2 });
  }
  for (const m of text.matchAll(SHORT_MERIDIEM_RE)) {
    const [whole, at, hRaw, minRaw, ap] = m;
    // "7a" alone is too often a label; with "at" or minutes it is a time.
    if (!at && !minRaw) continue;
    let hour = Number(hRaw);
    if (hour > 12) continue;
    if (/p/i.test(ap!) && hour < 12) hour += 12;
    if (/a/i.test(ap!) && hour === 12) hour = 0;
    const t = day.set({ hour, minute: Number(minRaw ?? 0) });
    const clock = { hour, minute: t.minute, second: 0, meridiem: true };
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'datetime', value: fmtDateTime(t), grain: minRaw ? 'minute' : 'hour', priority: 2, clock });
  }
  return out;
}

// ─── days of one month: "April 9th through 17th", "between the 9th and the 17th of April" ───────

const DAY_TO = String.raw`\s*(?:-|–|to|through|thru|till|until|and)\s*(?:the\s+)?`;
/** After a month, "and" lists two days ("May 3 and 9"); only "between" makes it a span. */
const DAY_TO_AFTER_MONTH = String.raw`\s*(?:-|–|to|through|thru|till|until)\s*(?:the\s+)?`;
const DAY_RANGE_RE = new RegExp(
  String.raw`\b(${MONTH})\s+(?:the\s+)?(${DAY_OF_MONTH})${DAY_TO_AFTER_MONTH}(${DAY_OF_MONTH})(?:,?\s+(\d{4}))?(?![\w/:.])` +
    String.raw`|\b(?:(from|between)\s+)?(?:the\s+)?(${DAY_OF_MONTH})${DAY_TO}(${DAY_OF_MONTH})\s+(?:of\s+)?(${MONTH})(?:,?\s+(\d{4}))?(?![a-z\d])`,
  'gi',
);

function dayRangeCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DAY_RANGE_RE)) {
    const [whole, month1, a1, b1, year1, lead, a2, b2, month2, year2] = m;
    const a = dayOfMonthValue(a1 ?? a2!);
    const b = dayOfMonthValue(b1 ?? b2!);
    const month = monthNumber(month1 ?? month2!);
    // Bare numbers need a word that makes them days: "between 3 and 12 of May", not "3-12 May" alone.
    if (!a || !b || !month || b <= a || (month2 && !lead && /^\d+$/.test(a2!) && /^\d+$/.test(b2!) && !/-|–/.test(whole))) continue;
    const yearRaw = year1 ?? year2;
    let from = DateTime.fromObject({ year: yearRaw ? Number(yearRaw) : now.year, month, day: a }, { zone: now.zone });
    let to = from.set({ day: b });
    // No year: the next time it comes round (it may be under way).
    if (!yearRaw && to < now.startOf('day')) {
      from = from.plus({ years: 1 });
      to = to.plus({ years: 1 });
    }
    if (!from.isValid || !to.isValid || to.day !== b) continue;
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value: dateRange(from, to), grain: 'day', priority: 3 });
  }
  return out;
}

// ─── years and weeks of a year: "in 2019", "since 2014", "first week of 2021", "week 10" ──────

/** Words that make a four-figure number a year ("in 2019", "since 2014", "the year 2020"). */
const YEAR_LEADS = [
  'in', 'since', 'from', 'before', 'after', 'by', 'until', 'till', 'during', 'of', 'and', 'or',
  'later than', 'earlier than', 'greater than', '(?:the\\s+)?(?:calendar\\s+)?year',
];
const YEAR_RE = new RegExp(String.raw`\b(?:(${oneOf(YEAR_LEADS)})\s+)?((?:1[89]|20)\d{2})(?:\s*(a\.?d\.?|c\.?e\.?)(?![a-z]))?(?![\w/:-])`, 'gi');
const WEEK_OF_RE = /\b(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+of\s+((?:1[89]|20)\d{2})(?![\w/-])|\bweek\s+(\d{1,2})(?:\s+of\s+((?:1[89]|20)\d{2}))?(?![\w:/.-])/gi;

function yearCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(YEAR_RE)) {
    const [whole, lead, yearRaw, era] = m;
    // A bare four-digit number is too often an amount or an id: a year needs a word that says so.
    if (!lead && !era) continue;
    // "2007 and 2009": the second year of a list, when the first is one.
    if (lead && /^(?:and|or)$/i.test(lead) && !/(?:1[89]|20)\d{2}\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const from = DateTime.fromObject({ year: Number(yearRaw), month: 1, day: 1 }, { zone: now.zone });
    const start = lead && /^(?:in|from|during|of|by|and|or)$/i.test(lead) ? m.index + lead.length + 1 : m.index;
    out.push({ text: whole, start, end: m.index + whole.length, claimStart: m.index, kind: 'range', value: dateRange(from, from.plus({ years: 1 })), grain: 'year', priority: 0 });
  }
  for (const m of text.matchAll(WEEK_OF_RE)) {
    const [whole, ord, ofYear, weekNo, weekYear] = m;
    let monday: DateTime;
    if (ord) {
      const year = Number(ofYear);
      const n = ORDINALS[ord.toLowerCase()]!;
      monday = n < 0
        ? DateTime.fromObject({ year, month: 12, day: 31 }, { zone: now.zone }).startOf('week')
        : DateTime.fromObject({ weekYear: year, weekNumber: n, weekday: 1 }, { zone: now.zone });
    } else {
      const n = Number(weekNo);
      if (n < 1 || n > 53) continue;
      monday = DateTime.fromObject({ weekYear: weekYear ? Number(weekYear) : now.weekYear, weekNumber: n, weekday: 1 }, { zone: now.zone });
    }
    if (!monday.isValid) continue;
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'range', value: dateRange(monday, monday.plus({ weeks: 1 })), grain: 'week', priority: 2, week: monday });
  }
  return out;
}

// ─── lengths counted from a date: "3 days from Tuesday", "for 2 hours from 2pm", "from 18 Dec for 10 days" ─

const OFFSET_GAP_RE = /^\s+(from|after|before|since)\s+(?:the\s+)?$/i;
const SPAN_AFTER_LENGTH_RE = /^\s*,?\s*(?:starting|beginning|commencing)(?:\s+(?:on|from|at))?\s+$/i;
/** "for 1 week, from 20 Dec": with "for", "from" starts the span rather than counting from it. */
const FOR_FROM_GAP_RE = /^\s*,?\s*from\s+(?:the\s+)?$/i;
const SPAN_BEFORE_LENGTH_RE = /^\s*,?\s*$/;

/** Where a date or a moment starts, when it is one. */
function anchorOf(c: Candidate, now: DateTime): { at: DateTime; date: boolean } | undefined {
  if (c.length || typeof c.value !== 'string' || (c.kind !== 'date' && c.kind !== 'datetime')) return undefined;
  const at = DateTime.fromISO(c.value, { zone: now.zone });
  return at.isValid ? { at, date: c.kind === 'date' } : undefined;
}

function lengthValue(at: DateTime, date: boolean, length: NonNullable<Candidate['length']>, sign: number): DateTime {
  void date;
  return plus(at, sign * length.amount, length.unit, length.business);
}

function spanValue(from: DateTime, date: boolean, length: NonNullable<Candidate['length']>): { kind: TimeKind; value: TimeValue; grain: Grain } {
  const to = lengthValue(from, date, length, 1);
  const whole = date && UNIT_SECONDS[length.unit] >= UNIT_SECONDS.day;
  return { kind: 'range', value: whole ? dateRange(from, to) : { start: fmtDateTime(from), end: fmtDateTime(to) }, grain: whole ? 'day' : grainOf(length.unit) };
}

/** Items whose key lies in [lo, hi], from a list sorted by that key (binary search: no n² scans). */
function keyed<T>(sorted: readonly T[], key: (t: T) => number, lo: number, hi: number): T[] {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (key(sorted[mid]!) < lo) a = mid + 1;
    else b = mid;
  }
  const out: T[] = [];
  for (let i = a; i < sorted.length && key(sorted[i]!) <= hi; i++) out.push(sorted[i]!);
  return out;
}

/** A date moved by whole days or more stays a date; by hours or less it becomes a moment. */
function offsetValue(t: DateTime, date: boolean, length: NonNullable<Candidate['length']>): { kind: TimeKind; value: string; grain: Grain } {
  return date && UNIT_SECONDS[length.unit] >= UNIT_SECONDS.day
    ? { kind: 'date', value: fmtDate(t), grain: 'day' }
    : { kind: 'datetime', value: fmtDateTime(t), grain: grainOf(length.unit) };
}

/** Lengths of time joined to a date or moment beside them, as extra (longer) candidates. */
function lengthCandidates(candidates: Candidate[], text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  const lengths = candidates.filter((c) => c.length);
  if (lengths.length === 0) return out;
  const anchors = candidates.map((c) => ({ c, a: anchorOf(c, now) })).filter((x) => x.a);
  const byStart = [...anchors].sort((x, y) => x.c.start - y.c.start);
  const byEnd = [...anchors].sort((x, y) => x.c.end - y.c.end);
  for (const d of lengths) {
    const length = d.length!;
    const hasFor = d.claimStart !== undefined && d.claimStart < d.start && /^for\b/i.test(text.slice(d.claimStart));
    for (const { c, a } of keyed(byStart, (x) => x.c.start, d.end, d.end + 30)) {
      const { at, date } = a!;
      // The length first: "3 days from Tuesday", "5 days before New Year", "3 days starting Monday".
      // chrono keeps "from" in "from 10 am": read it as part of the gap.
      const fromWord = /^from\s+/i.exec(c.text);
      const gap = text.slice(d.end, c.start) + (fromWord ? fromWord[0] : '');
      const offset = OFFSET_GAP_RE.exec(gap.length > 0 && !/\s$/.test(gap) ? `${gap} ` : gap);
      const from = d.claimStart ?? d.start;
      if (length.dir && /^\s+$/.test(gap)) {
        const t = lengthValue(at, date, length, length.dir);
        out.push({ text: '', start: d.start, end: c.end, claimStart: from, priority: 4, ...offsetValue(t, date, length) });
      } else if (!length.dir && d.kind === 'duration' && (SPAN_AFTER_LENGTH_RE.test(gap) || (hasFor && FOR_FROM_GAP_RE.test(gap)))) {
        out.push({ text: '', start: from, end: c.end, priority: 4, ...spanValue(at, date, length) });
      } else if (!length.dir && d.kind === 'duration' && offset && !hasFor) {
        const t = lengthValue(at, date, length, /^before$/i.test(offset[1]!) ? -1 : 1);
        out.push({ text: '', start: d.start, end: c.end, claimStart: from, priority: 4, ...offsetValue(t, date, length) });
      }
    }
    // The date first: "from 18 Dec for 10 days", "this Friday for a week".
    for (const { c, a } of hasFor ? keyed(byEnd, (x) => x.c.end, d.claimStart! - 4, d.claimStart!) : []) {
      const { at, date } = a!;
      if (hasFor && date && d.kind === 'duration' && d.claimStart! >= c.end && d.claimStart! - c.end <= 4 && SPAN_BEFORE_LENGTH_RE.test(text.slice(c.end, d.claimStart))) {
        out.push({ text: '', start: c.claimStart ?? c.start, end: d.end, priority: 4, ...spanValue(at, date, length) });
      }
    }
  }
  return out;
}

// ─── counting weekdays: "3 Fridays from now", "Friday after next" ──────────────────────────────

const WEEKDAYS_ON_RE = new RegExp(
  String.raw`\b(?:(${NUM})\s+(${WEEKDAY})s\s+from\s+(?:now|today)|(${WEEKDAY})\s+after\s+next)(?![a-z])`,
  'gi',
);

function weekdayCountCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  // A cheap look first: the full pattern tries every number word at every word.
  if (!/\bfrom\s+(?:now|today)|\bafter\s+next/i.test(text)) return out;
  for (const m of text.matchAll(WEEKDAYS_ON_RE)) {
    const [whole, countRaw, plural, single] = m;
    const n = countRaw ? numberValue(countRaw) : 2;
    const wd = weekdayNumber(plural ?? single!);
    if (n === undefined || !Number.isInteger(n) || n < 1 || n > 52 || wd === undefined) continue;
    // The n-th one after today: "2 Sundays from now" on a Tuesday is the Sunday after next.
    const first = now.startOf('day').plus({ days: (wd - now.weekday + 7) % 7 || 7 });
    const d = first.plus({ weeks: n - 1 });
    out.push({ text: whole, start: m.index, end: m.index + whole.length, kind: 'date', value: fmtDate(d), grain: 'day', priority: 3, day: d });
  }
  return out;
}

// ─── a weekday with a day of the month: "Friday 31", "Mon 13th", "on Sunday the 14th" ──────────

const WEEKDAY_DAY_RE = new RegExp(
  String.raw`\b(on\s+)?(${WEEKDAY}),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?(?![\w:/.])(?!\s*[-–]\s*\d)(?!\s*(?:of\s+)?${MONTH}(?![a-z]))(?!\s*(?:am|pm|a\.m|p\.m|o'?clock)(?![a-z]))`,
  'gi',
);

function weekdayDayCandidates(text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  if (!/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+(?:the\s+)?\d/i.test(text)) return out;
  for (const m of text.matchAll(WEEKDAY_DAY_RE)) {
    const [whole, on, wdRaw, dayRaw] = m;
    const wd = weekdayNumber(wdRaw!);
    const n = Number(dayRaw);
    if (wd === undefined || n < 1 || n > 31) continue;
    // The next month (this one included, from today) whose n-th falls on that weekday.
    const today = now.startOf('day');
    let found: DateTime | undefined;
    for (let i = 0; i < 28 && !found; i++) {
      const d = today.startOf('month').plus({ months: i }).set({ day: n });
      if (d.day === n && d.weekday === wd && d >= today) found = d;
    }
    if (!found) continue;
    const start = m.index + (on ? on.length : 0);
    out.push({ text: whole, start, end: m.index + whole.length, claimStart: m.index, kind: 'date', value: fmtDate(found), grain: 'day', priority: 3, day: found });
  }
  return out;
}

// ─── from one time to another: "between now and 15 November", "between January and now" ─────────

const BETWEEN_LEAD_RE = /\b(between|from)\s+$/i;
const BETWEEN_GAP_RE = /^\s+(?:and|to|until|till|through)\s+$/i;

/** Two times joined by "between … and …" or "from … to …" where one side is a moment ("now", "yesterday"). */
function betweenCandidates(candidates: Candidate[], text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  if (!/\b(?:between|from)\s/i.test(text)) return out;
  const points = candidates.filter((c) => !c.length && c.kind !== 'duration' && c.kind !== 'set');
  const byStart = [...points].sort((x, y) => x.start - y.start);
  for (const a of points) {
    const lead = BETWEEN_LEAD_RE.exec(text.slice(Math.max(0, a.start - 10), a.start));
    if (!lead) continue;
    for (const b of keyed(byStart, (x) => x.start, a.end + 1, a.end + 10)) {
      if (!BETWEEN_GAP_RE.test(text.slice(a.end, b.start))) continue;
      const aStart = typeof a.value === 'string' ? a.value : a.value.start;
      const bEnd = typeof b.value === 'string' ? b.value : b.value.start;
      // Whole days when either side is a day ("between now and Friday"), else moments.
      const days = aStart.length === 10 || bEnd.length === 10;
      const s = DateTime.fromISO(aStart, { zone: now.zone });
      const e = DateTime.fromISO(bEnd, { zone: now.zone });
      if (!s.isValid || !e.isValid || e < s) continue;
      const value = days ? dateRange(s, e) : { start: fmtDateTime(s), end: fmtDateTime(e) };
      const start = a.start - lead[0].length;
      // A reading of the whole phrase by one rule ("between the 9th and 12th of May") wins a tie.
      out.push({ text: '', start, end: b.end, kind: 'range', value, grain: days ? 'day' : a.grain, priority: 2 });
    }
  }
  return out;
}

// ─── joining neighbours: "Friday" + "at 3pm", "next week" + "Tuesday", "7" + "in the evening" ─

const JOIN_GAP = /^\s*,?\s*(?:at|@|on|in|for|around|by|from)?\s*$/i;

function withClock(day: DateTime, clock: Clock): DateTime {
  if (clock.zone) {
    const { year, month, day: d } = day;
    const at = DateTime.fromObject({ year, month, day: d, hour: clock.hour, minute: clock.minute, second: clock.second }, { zone: clock.zone });
    return at.setZone(day.zone);
  }
  return day.set({ hour: clock.hour, minute: clock.minute, second: clock.second, millisecond: 0 });
}

function joinPair(a: Candidate, b: Candidate, now: DateTime): Candidate | undefined {
  const span = { start: a.start, end: b.end, text: '', priority: 3, claimStart: a.claimStart ?? a.start };
  const dateFirst = a.day ? a : b.day ? b : undefined;
  const clockOne = a.clock ? a : b.clock ? b : undefined;
  if (dateFirst && clockOne && dateFirst !== clockOne) {
    const at = withClock(dateFirst.day!, clockOne.clock!);
    return { ...span, kind: 'datetime', value: fmtDateTime(at), grain: clockOne.grain, day: undefined };
  }
  const partOne = a.part ? a : b.part ? b : undefined;
  if (partOne && clockOne && partOne !== clockOne) {
    const c = clockOne.clock!;
    let hour = c.hour;
    if (!c.meridiem && hour < 12 && partOne.part!.from >= 12) hour += 12;
    const at = partOne.part!.day.set({ hour, minute: c.minute, second: c.second });
    return { ...span, kind: 'datetime', value: fmtDateTime(at), grain: clockOne.grain };
  }
  if (partOne && dateFirst && partOne !== dateFirst && !partOne.part!.explicitDay) {
    const day = dateFirst.day!;
    const { from, to } = partOne.part!;
    const endAt = to === 24 ? day.set({ hour: 23, minute: 59, second: 59 }) : day.set({ hour: to });
    return { ...span, kind: 'range', value: { start: fmtDateTime(day.set({ hour: from })), end: fmtDateTime(endAt) }, grain: 'hour', part: { ...partOne.part!, day, explicitDay: true } };
  }
  const rangeOne = a.clockRange ? a : b.clockRange ? b : undefined;
  if (rangeOne && (dateFirst || partOne) && rangeOne !== (dateFirst ?? partOne)) {
    const other = dateFirst && dateFirst !== rangeOne ? dateFirst : partOne!;
    const day = other.day ?? other.part!.day;
    let { from, to } = rangeOne.clockRange!;
    if (!other.day && other.part && other.part.from >= 12 && from.hour < 12) {
      from = from.plus({ hours: 12 });
      if (to.hour < 12 || to.hour === 12) to = to.plus({ hours: to.hour === 12 ? 0 : 12 });
    }
    const on = (t: DateTime) => day.set({ hour: t.hour, minute: t.minute, second: t.second });
    return { ...span, kind: 'range', value: { start: fmtDateTime(on(from)), end: fmtDateTime(on(to)) }, grain: rangeOne.grain };
  }
  const weekOne = a.week ? a : undefined;
  if (weekOne && b.day && /^(?:mon|tue|wed|thu|fri|sat|sun)/i.test(b.text.replace(/^on\s+/i, ''))) {
    const d = weekOne.week!.plus({ days: b.day.weekday - 1 });
    return { ...span, kind: 'date', value: fmtDate(d), grain: 'day', day: d };
  }
  // "next week on Tuesday 9am": the weekday and its time move into that week.
  const weekday = weekdayNumber(b.text.replace(/^on\s+/i, ''));
  if (weekOne && b.kind === 'datetime' && typeof b.value === 'string' && weekday !== undefined && /^(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)/i.test(b.text)) {
    const t = DateTime.fromISO(b.value, { zone: now.zone });
    const d = weekOne.week!.plus({ days: weekday - 1 }).set({ hour: t.hour, minute: t.minute, second: t.second });
    return { ...span, kind: 'datetime', value: fmtDateTime(d), grain: b.grain };
  }
  void now;
  return undefined;
}

function join(matches: Candidate[], text: string, now: DateTime): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && JOIN_GAP.test(text.slice(prev.end, m.claimStart ?? m.start))) {
      const joined = joinPair(prev, m, now);
      if (joined) {
        out[out.length - 1] = joined;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

// ─── putting it together ───────────────────────────────────────────────────────

const DEADLINE_BEFORE = /\b(?:by|before|until|till|no\s+later\s+than|within|ahead\s+of)\s+(?:the\s+)?$/i;

// ─── open ranges: "before 2010", "after 6pm", "since March", "as late as 7am" ─────────────────

/** Words that leave a time open before it. "by" is a deadline, not an open range (it includes the day). */
const OPEN_BEFORE = ['before', 'prior to', 'earlier than', 'until', 'till', 'til', 'up to', 'as late as'];
/** Words that open it after the time's end ("after 2018" is from 2019 on) … */
const OPEN_AFTER_END = ['after', 'later than', 'greater than', 'more than', 'any time after', 'anytime after'];
/** … or from its start ("since 2018" takes 2018 in). */
const OPEN_AFTER_START = ['since', 'starting', 'starting on', 'starting from', 'beginning on', 'beginning from', 'as early as'];
const alternatives = (words: string[]) => words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const OPEN_LEAD_RE = new RegExp(
  String.raw`(?:^|[^a-z])(${alternatives(OPEN_BEFORE)}|${alternatives(OPEN_AFTER_END)}|${alternatives(OPEN_AFTER_START)})\s+(?:the\s+)?$`,
  'i',
);
const OPEN_INNER_RE = new RegExp(String.raw`^(${alternatives(OPEN_BEFORE)}|${alternatives(OPEN_AFTER_END)}|${alternatives(OPEN_AFTER_START)})\s+(?:the\s+)?`, 'i');

/** The match made open when a word before it says so; `undefined` when it stays as it is. */
function openEnded(match: TimeMatch, text: string): TimeMatch | undefined {
  if (match.kind === 'duration' || match.kind === 'set' || match.businessDays !== undefined) return undefined;
  const v = match.value;
  if (typeof v !== 'string' && /^P/.test(v.start)) return undefined;
  const inner = OPEN_INNER_RE.exec(match.text);
  const lead = inner ? undefined : OPEN_LEAD_RE.exec(text.slice(Math.max(0, match.start - 24), match.start));
  const word = (inner?.[1] ?? lead?.[1])?.toLowerCase().replace(/\s+/g, ' ');
  if (!word) return undefined;
  const open: 'before' | 'after' = OPEN_BEFORE.includes(word) ? 'before' : 'after';
  const fromEnd = OPEN_AFTER_END.includes(word);
  // "before the end of December" runs up to the period's end.
  const bound = typeof v === 'string' ? v : (open === 'after' && fromEnd) || (open === 'before' && match.endOf) ? v.end : v.start;
  // A whole period opens at its edge ("after 2018": 2019-01-01); a day or a moment at itself.
  const sliceStart = Math.max(0, match.start - 24);
  const start = lead ? sliceStart + lead.index + lead[0].toLowerCase().indexOf(lead[1]!.toLowerCase()) : match.start;
  return {
    ...match,
    start: Math.min(start, match.start),
    kind: bound.length > 10 ? 'datetime' : 'date',
    value: bound,
    grain: bound.length > 10 ? match.grain : typeof v === 'string' ? match.grain : 'day',
    open,
  };
}

/** Every time expression in `text`, left to right, none overlapping. */
export function findTimes(text: string, reference: TimeReference): TimeMatch[] {
  const now = DateTime.fromJSDate(reference.instant, { zone: reference.zone });
  if (!now.isValid) throw new Error(`unknown time zone "${reference.zone}"`);
  const candidates = [
    ...chronoCandidates(text, now),
    ...durationCandidates(text, now),
    ...setCandidates(text),
    ...periodCandidates(text, now),
    ...edgeCandidates(text, now),
    ...restCandidates(text, now),
    ...holidayCandidates(text, now),
    ...clockCandidates(text, now),
    ...partCandidates(text, now),
    ...nthCandidates(text, now),
    ...rangeCandidates(text, now),
    ...yearCandidates(text, now),
    ...dayRangeCandidates(text, now),
    ...weekdayDayCandidates(text, now),
  ];
  candidates.push(...weekdayCountCandidates(text, now));
  candidates.push(...lengthCandidates(candidates, text, now), ...betweenCandidates(candidates, text, now));
  const from = (c: Candidate) => c.claimStart ?? c.start;
  // Longest first; on equal length the more specific recogniser (ours over chrono's reading).
  candidates.sort((x, y) => y.end - from(y) - (x.end - from(x)) || y.priority - x.priority || from(x) - from(y));
  const taken: Candidate[] = [];
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    if (taken.some((t) => from(c) < t.end && from(t) < c.end)) continue;
    taken.push(c);
  }
  taken.sort((x, y) => x.start - y.start);
  return join(taken, text, now).map(({ priority: _p, claimStart: _c, clock: _k, day: _d, part: _r, week: _w, clockRange: _cr, length: _l, ...match }) => {
    const deadline = match.deadline || DEADLINE_BEFORE.test(text.slice(Math.max(0, match.start - 20), match.start));
    const opened = openEnded(match, text) ?? match;
    return { ...opened, text: text.slice(opened.start, opened.end), ...(deadline ? { deadline: true } : {}) };
  });
}

/** The reference of an ISO datetime with offset ("2013-02-12T04:30:00-02:00"): its instant and fixed zone. */
export function referenceFromIso(iso: string): TimeReference {
  const d = DateTime.fromISO(iso, { setZone: true });
  if (!d.isValid) throw new Error(`not an ISO 8601 datetime: "${iso}"`);
  return { instant: d.toJSDate(), zone: d.zone.name === 'UTC' ? 'UTC' : `UTC${d.toFormat('ZZ')}` };
}
