/**
 * Promises kept: the promises an agent makes (in messages they sent, or confirmed from their
 * draft) stored in the history database, settled as kept or missed, and reminded of before they
 * fall due. Pure parts: `found.ts` (finding), `settle.ts` (kept or missed), `schedule.ts` (when
 * to remind), `words.ts` (plain words). Effects: `store.ts` (the database) and `reminders.ts`
 * (alarms, notifications, the badge — the background's part). See README.md.
 */
export * from './found';
export * from './settle';
export * from './schedule';
export * from './words';
export * from './store';
