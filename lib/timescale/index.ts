/**
 * Realistic timescales: the team's calendar, business-time arithmetic, estimates with their basis,
 * the times a draft promises and whether the calendar lets us keep them. Pure: the time and the
 * settings are always arguments, so the panel, the CLI and tests share it.
 */
export * from './settings';
export * from './calendar';
export * from './targets';
export * from './phrase';
export * from './estimate';
export * from './promises';
export { findTimes, referenceFromIso, type TimeMatch, type TimeKind, type TimeValue, type TimeReference, type Grain } from './parse';
