/**
 * A timescale the agent can promise and keep: the later of the team's target and what similar
 * issues really took in this agent's history (the 80th percentile of resolved contacts of the
 * same category, plus a margin), rounded to a promise a person would say, with its basis in
 * words and a short list of alternatives.
 */
import { DateTime } from 'luxon';
import { createCalendar, type Calendar } from './calendar';
import { byTimePhrase, ceilHour, endOfDayPhrase, roundPromise } from './phrase';
import type { TimescaleSettings } from './settings';
import { targetFor, type ResolvedTarget, type TimescaleCategory, type TimescaleChannel } from './targets';
import type { TimescaleTargets } from '../packs/schema';
import { basisWords } from './words';

/** One past contact: when it was opened and, if it was, when it was resolved. */
export interface HistoryContact {
  category: TimescaleCategory;
  channel?: TimescaleChannel;
  openedAt: string | Date;
  resolvedAt?: string | Date | null;
}

export interface EstimateInput {
  category: TimescaleCategory;
  channel: TimescaleChannel;
  now: Date;
  settings: TimescaleSettings;
  history?: readonly HistoryContact[];
  /** A pack's `timescaleTargets` (they override the settings' and the defaults). */
  packTargets?: TimescaleTargets;
  /** The customer's zone, when known: the promise is then said in their time. */
  customerTimeZone?: string;
  /** A calendar already built from `settings` (saves rebuilding holidays per call). */
  calendar?: Calendar;
}

export type TimescaleOptionKind = 'estimate' | 'end-of-today' | 'next-morning' | 'end-of-next-day' | 'end-of-week';

export interface TimescaleOption {
  kind: TimescaleOptionKind;
  /** ISO instant (UTC). */
  due: string;
  phrase: string;
  /** At or after the estimate: a promise history says the team can keep. */
  realistic: boolean;
}

export interface HistoryBasis {
  /** Resolved contacts of this category that were counted. */
  n: number;
  /** 80th percentile of their business hours to resolution. */
  p80Hours: number;
}

export interface Estimate {
  /** When the promise falls due (ISO instant, UTC). */
  due: string;
  /** "by 3pm tomorrow (Tue 24 Nov)": reads after a verb; what `{{timescale}}` becomes. */
  phrase: string;
  /** Why this time, in words. */
  basis: string;
  /** Business hours from now the promise allows before rounding. */
  businessHours: number;
  target: ResolvedTarget;
  history?: HistoryBasis;
  /** When the first reply is due on this channel. */
  firstResponse: { due: string; phrase: string };
  /** The estimate first, then other times the agent may pick, each marked realistic or not. */
  options: TimescaleOption[];
}

/** Fewer resolved contacts than this and history is not a basis (the target alone is). */
export const MIN_HISTORY = 5;
const PERCENTILE = 0.8;

function toDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Nearest-rank percentile of sorted-or-not numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

/** Mean open hours of the team's working days: what "a business day" is for this team. */
export function businessDayHours(settings: TimescaleSettings): number {
  const days = Object.values(settings.hours).filter((d) => d !== null);
  if (days.length === 0) return 8;
  const minutes = days.map((d) => {
    const [oh, om] = d.open.split(':').map(Number);
    const [ch, cm] = d.close.split(':').map(Number);
    return ch! * 60 + cm! - (oh! * 60 + om!);
  });
  return minutes.reduce((a, b) => a + b, 0) / minutes.length / 60;
}

/** "2 business days", "5 business hours", "30 minutes". */
export function durationWords(hours: number, dayHours: number): string {
  if (hours < 1) {
    const minutes = Math.max(1, Math.ceil(hours * 60));
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  if (hours < dayHours) {
    const h = Math.ceil(hours);
    return `${h} business hour${h === 1 ? '' : 's'}`;
  }
  const days = Math.ceil(hours / dayHours - 0.05);
  return `${days} business day${days === 1 ? '' : 's'}`;
}

/** What similar resolved contacts took, in business hours on this calendar. */
export function historyBasis(history: readonly HistoryContact[], category: TimescaleCategory, calendar: Calendar): HistoryBasis | undefined {
  const hours: number[] = [];
  for (const contact of history) {
    if (contact.category !== category || !contact.resolvedAt) continue;
    const opened = toDate(contact.openedAt);
    const resolved = toDate(contact.resolvedAt);
    if (Number.isNaN(opened.getTime()) || Number.isNaN(resolved.getTime()) || resolved < opened) continue;
    hours.push(calendar.businessHoursBetween(opened, resolved));
  }
  if (hours.length < MIN_HISTORY) return undefined;
  return { n: hours.length, p80Hours: percentile(hours, PERCENTILE) };
}

export function estimate(input: EstimateInput): Estimate {
  const { now, settings, category, channel } = input;
  const calendar = input.calendar ?? createCalendar(settings);
  const target = targetFor(category, channel, settings.targets, input.packTargets);
  const dayHours = businessDayHours(settings);
  const basis = input.history ? historyBasis(input.history, category, calendar) : undefined;

  const fromHistory = basis ? basis.p80Hours * (1 + settings.margin) : 0;
  const hours = Math.max(target.resolutionHours, fromHistory);
  const raw = calendar.addBusinessHours(now, hours);
  const promise = roundPromise(raw, calendar, { now, customerZone: input.customerTimeZone });

  const words: string[] = [];
  if (basis) {
    words.push(basisWords.history(basis.n, category, basis.p80Hours, dayHours));
  }
  const targetWords = basisWords.target(target.source !== 'default', category, target.resolutionHours, dayHours);
  if (!basis || fromHistory <= target.resolutionHours) words.push(targetWords);
  if (basis && fromHistory > target.resolutionHours) words.push(basisWords.margin(Math.round(settings.margin * 100)));
  if (!basis) words.push(basisWords.noHistory());
  const basisText = words.join('; ').replace(/^./, (c) => c.toUpperCase());

  const firstDue = calendar.addBusinessHours(now, target.firstResponseHours);
  const firstResponse = {
    due: firstDue.toISOString(),
    phrase: target.firstResponseHours < 1 ? `within ${durationWords(target.firstResponseHours, dayHours)}` : roundPromise(firstDue, calendar, { now, customerZone: input.customerTimeZone }).phrase,
  };

  return {
    due: promise.due.toISOString(),
    phrase: promise.phrase,
    basis: basisText,
    businessHours: hours,
    target,
    history: basis,
    firstResponse,
    options: timescaleOptions(promise.due, promise.phrase, calendar, now, input.customerTimeZone),
  };
}

function timescaleOptions(due: Date, phrase: string, calendar: Calendar, now: Date, customerZone?: string): TimescaleOption[] {
  const zone = customerZone ?? calendar.zone;
  const showZone = !!customerZone && customerZone !== calendar.zone;
  const speak = (at: Date, endOfDay: boolean) =>
    endOfDay && !showZone ? endOfDayPhrase(at, { now, zone }) : byTimePhrase(at, { now, zone, showZone });
  const options: TimescaleOption[] = [{ kind: 'estimate', due: due.toISOString(), phrase, realistic: true }];
  const add = (kind: TimescaleOptionKind, at: Date, endOfDay: boolean) => {
    if (at <= now || options.some((o) => o.due === at.toISOString())) return;
    options.push({ kind, due: at.toISOString(), phrase: speak(at, endOfDay), realistic: at >= due });
  };
  const today = calendar.spanOn(calendar.dateOf(now));
  if (today && now < today.close) add('end-of-today', today.close, true);
  const nextDay = calendar.spanOn(calendar.dateOf(calendar.nextOpen(today && now < today.close ? today.close : now)));
  const nextSpan = nextDay ?? calendar.spanOn(calendar.dateOf(calendar.nextOpen(now)));
  if (nextSpan) {
    const morning = ceilHour(new Date(Math.min(nextSpan.open.getTime() + 3 * 3_600_000, nextSpan.close.getTime())), calendar.zone);
    add('next-morning', morning, false);
    add('end-of-next-day', nextSpan.close, true);
  }
  // The last business day of this week (or of next week, when this one is over).
  const local = DateTime.fromJSDate(now, { zone: calendar.zone });
  for (const weekStart of [local.startOf('week'), local.startOf('week').plus({ weeks: 1 })]) {
    let last: Date | undefined;
    for (let i = 0; i < 7; i++) {
      const span = calendar.spanOn(weekStart.plus({ days: i }).toISODate()!);
      if (span) last = span.close;
    }
    if (last && last > now) {
      add('end-of-week', last, true);
      break;
    }
  }
  const [first, ...rest] = options;
  return [first!, ...rest.sort((a, b) => a.due.localeCompare(b.due))];
}

/** What `{{timescale}}` becomes in a phrase or a drafted reply ("by 3pm tomorrow (Tue 24 Nov)"). */
export function timescaleText(input: EstimateInput | Estimate): string {
  return 'phrase' in input ? input.phrase : estimate(input).phrase;
}
