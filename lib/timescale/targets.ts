/**
 * How fast a team answers and resolves, in business hours, per channel and issue category.
 *
 * First response, from published expectations: e-mail within one business day (most customers
 * expect an answer within 24 hours); live chat within minutes; social media within about an hour;
 * phone at once. Resolution defaults are this product's starting points for each category — a
 * team sets its own in the options page or in a pack's `timescaleTargets`.
 *
 * Precedence, lowest first: these defaults, the agent's settings, the pack.
 */
import type { PackCategory, PackChannel, TimescaleTarget, TimescaleTargets } from '../packs/schema';

export type TimescaleChannel = PackChannel | 'unknown';
export type TimescaleCategory = PackCategory;

/** Business hours in one business day as the defaults count them (09:00–17:00). */
export const BUSINESS_DAY_HOURS = 8;

export const FIRST_RESPONSE_HOURS: Record<TimescaleChannel, number> = {
  email: BUSINESS_DAY_HOURS,
  unknown: BUSINESS_DAY_HOURS,
  chat: 5 / 60,
  social: 1,
  phone: 0,
};

/** Resolution in business hours per category: what a careful team can usually keep. */
export const RESOLUTION_HOURS: Record<TimescaleCategory, number> = {
  delivery: 2 * BUSINESS_DAY_HOURS,
  order: 1 * BUSINESS_DAY_HOURS,
  refund: 3 * BUSINESS_DAY_HOURS,
  billing: 2 * BUSINESS_DAY_HOURS,
  damaged: 2 * BUSINESS_DAY_HOURS,
  technical: 3 * BUSINESS_DAY_HOURS,
  account: 1 * BUSINESS_DAY_HOURS,
  cancellation: 1 * BUSINESS_DAY_HOURS,
  service: 2 * BUSINESS_DAY_HOURS,
  feedback: 1 * BUSINESS_DAY_HOURS,
  other: 2 * BUSINESS_DAY_HOURS,
};

export interface ResolvedTarget {
  firstResponseHours: number;
  resolutionHours: number;
  /** Where each figure came from. */
  source: 'default' | 'settings' | 'pack';
  note?: string;
}

function pick(targets: TimescaleTargets | undefined, category: TimescaleCategory): TimescaleTarget | undefined {
  return targets?.[category] ?? targets?.default;
}

/** The target for a category on a channel, with settings and then a pack laid over the defaults. */
export function targetFor(
  category: TimescaleCategory,
  channel: TimescaleChannel,
  settingsTargets?: TimescaleTargets,
  packTargets?: TimescaleTargets,
): ResolvedTarget {
  const resolved: ResolvedTarget = {
    firstResponseHours: FIRST_RESPONSE_HOURS[channel],
    resolutionHours: RESOLUTION_HOURS[category],
    source: 'default',
  };
  for (const [layer, source] of [
    [pick(settingsTargets, category), 'settings'],
    [pick(packTargets, category), 'pack'],
  ] as const) {
    if (!layer) continue;
    if (layer.firstResponseHours !== undefined) resolved.firstResponseHours = layer.firstResponseHours;
    if (layer.resolutionHours !== undefined) resolved.resolutionHours = layer.resolutionHours;
    if (layer.note) resolved.note = layer.note;
    resolved.source = source;
  }
  return resolved;
}
