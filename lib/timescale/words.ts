/**
 * The timescale's interface words (en.yml): the estimate's basis and the draft-check findings on
 * promised times, which the agent reads in the panel in the browser's language. The phrases a
 * reply says ("by 5pm tomorrow", "within 2 business hours") are reply text, in the reply's
 * language, and stay in phrase.ts and estimate.ts.
 */
import type { DateTime } from 'luxon';
import { t, uiLanguage } from '../i18n';
import { clockText } from './phrase';
import type { TimescaleCategory } from './targets';

const ISSUES: Record<TimescaleCategory, () => string> = {
  delivery: () => t('lib.timescale.issues.delivery'),
  order: () => t('lib.timescale.issues.order'),
  refund: () => t('lib.timescale.issues.refund'),
  billing: () => t('lib.timescale.issues.billing'),
  damaged: () => t('lib.timescale.issues.damaged'),
  technical: () => t('lib.timescale.issues.technical'),
  account: () => t('lib.timescale.issues.account'),
  cancellation: () => t('lib.timescale.issues.cancellation'),
  service: () => t('lib.timescale.issues.service'),
  feedback: () => t('lib.timescale.issues.feedback'),
  other: () => t('lib.timescale.issues.other'),
};

/** "delivery issues", or just "issues" for other ones. */
export function issuesWords(category: TimescaleCategory): string {
  return ISSUES[category]();
}

/** "2 business days", "5 business hours", "30 minutes", in the interface's words. */
export function durationText(hours: number, dayHours: number): string {
  if (hours < 1) return t('lib.timescale.duration.minutes', Math.max(1, Math.ceil(hours * 60)));
  if (hours < dayHours) return t('lib.timescale.duration.hours', Math.ceil(hours));
  return t('lib.timescale.duration.days', Math.ceil(hours / dayHours - 0.05));
}

/** What an estimate rests on, one part at a time (estimate.ts joins them). */
export const basisWords = {
  history: (count: number, category: TimescaleCategory, p80Hours: number, dayHours: number) =>
    t('lib.timescale.basis.history', { count, issues: issuesWords(category), duration: durationText(p80Hours, dayHours) }),
  target: (team: boolean, category: TimescaleCategory, hours: number, dayHours: number) =>
    team
      ? t('lib.timescale.basis.teamTarget', { issues: issuesWords(category), duration: durationText(hours, dayHours) })
      : t('lib.timescale.basis.usualTarget', { issues: issuesWords(category), duration: durationText(hours, dayHours) }),
  margin: (percent: number) => t('lib.timescale.basis.margin', { percent }),
  noHistory: () => t('lib.timescale.basis.noHistory'),
};

/** A time of day as the interface says it: "3pm" in English, the browser's own form elsewhere. */
function clock(at: DateTime): string {
  const locale = uiLanguage();
  return locale.startsWith('en') ? clockText(at) : at.setLocale(locale).toLocaleString({ hour: 'numeric', minute: '2-digit' });
}

/** The findings' messages on a promised time. */
export const findingWords = {
  why: () => t('lib.timescale.finding.why'),
  vague: (text: string) => t('lib.timescale.finding.vague', { text }),
  closedDay: (day: DateTime, holiday: string | undefined) =>
    t('lib.timescale.finding.closedDay', {
      day: day.setLocale(uiLanguage()).toFormat('cccc d LLL'),
      reason: holiday ? t('lib.timescale.finding.holiday', { holiday }) : t('lib.timescale.finding.notWorkingDay'),
    }),
  outsideHours: (at: DateTime, open: DateTime | undefined, close: DateTime | undefined) =>
    open && close
      ? t('lib.timescale.finding.outsideHoursSpan', { time: clock(at), open: clock(open), close: clock(close) })
      : t('lib.timescale.finding.outsideHours', { time: clock(at) }),
  tooSoon: (basis: string) => t('lib.timescale.finding.tooSoon', { basis }),
};
