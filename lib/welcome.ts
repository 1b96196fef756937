/**
 * What the welcome page (first run) keeps beyond the agent's name and company
 * (lib/settings.ts): the agent's business hours and time zone, and whether they have been
 * through the welcome. Kept in `storage.local`, validated on the way in and out.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { t } from './i18n';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => t('lib.welcome.time') });

/** Whether the runtime knows this IANA time zone ("Europe/London"). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.length > 0;
  } catch {
    return false;
  }
}

export const businessHoursSchema = z
  .object({
    /** Working days, 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().int().min(0).max(6), { error: () => t('lib.welcome.days') }).max(7, { error: () => t('lib.welcome.days') }),
    /** Opening and closing time, local to `timeZone`, 24-hour "HH:MM". */
    start: time,
    end: time,
    timeZone: z.string().refine(isTimeZone, { error: () => t('lib.welcome.timeZone') }),
  })
  .refine((hours) => hours.start < hours.end, { path: ['end'], error: () => t('lib.welcome.afterOpening') });

export type BusinessHours = z.infer<typeof businessHoursSchema>;

/** The browser's own zone, or UTC when it reports none. */
export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

export function defaultBusinessHours(): BusinessHours {
  return { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: systemTimeZone() };
}

/** Every time zone the browser knows, for a picker (the given one first when it is missing). */
export function timeZones(current?: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = known.includes('UTC') ? known : [...known, 'UTC'];
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

export interface HoursProblem {
  field: keyof BusinessHours;
  message: string;
}

export function parseBusinessHours(raw: unknown): { hours: BusinessHours; problems: HoursProblem[] } {
  const result = businessHoursSchema.safeParse(raw);
  if (result.success) return { hours: { ...result.data, days: [...new Set(result.data.days)].sort() }, problems: [] };
  const problems = result.error.issues.map((issue) => ({ field: (issue.path[0] ?? 'days') as keyof BusinessHours, message: issue.message }));
  return { hours: defaultBusinessHours(), problems };
}

const hoursItem = storage.defineItem<unknown>('local:businessHours', { fallback: null });

/** The stored hours; the defaults (weekdays 9–5 in the browser's zone) when none or invalid. */
export async function loadBusinessHours(): Promise<BusinessHours> {
  const stored = await hoursItem.getValue();
  return stored === null ? defaultBusinessHours() : parseBusinessHours(stored).hours;
}

/** Call `onChange` with the hours whenever they are saved (returns: stop watching). */
export function watchBusinessHours(onChange: (hours: BusinessHours) => void): () => void {
  return hoursItem.watch((stored) => onChange(stored === null ? defaultBusinessHours() : parseBusinessHours(stored).hours));
}

/** Save the hours; refuses (naming the field) rather than storing something invalid. */
export async function saveBusinessHours(hours: BusinessHours): Promise<HoursProblem[]> {
  const parsed = parseBusinessHours(hours);
  if (parsed.problems.length > 0) return parsed.problems;
  await hoursItem.setValue(parsed.hours);
  return [];
}

/** When the agent finished or skipped the welcome (ISO 8601), or null. */
const welcomeItem = storage.defineItem<{ at: string; skipped: boolean } | null>('local:welcome', { fallback: null });

export async function welcomeDone(): Promise<{ at: string; skipped: boolean } | null> {
  return welcomeItem.getValue();
}

export async function markWelcomeDone(skipped: boolean, now = new Date()): Promise<void> {
  await welcomeItem.setValue({ at: now.toISOString(), skipped });
}

/** In the background: show the welcome once, when Tactful is first installed (not on updates). */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((error: unknown) => console.error('Tactful: could not open the welcome page', error));
  });
}
