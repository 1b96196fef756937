/**
 * Suggestions (pure): which phrases from the agent's packs fit this customer now, filled in for
 * them, and a whole draft reply in the four-point shape. No storage, no DOM: the panel passes the
 * packs, settings and the agent's pick counts in, and stores what `recordPick` returns.
 */
export type * from './types';
export { suggest, rankCandidates } from './rank';
export { draftReply } from './draft';
export { emptyPreferences, recordPick, phraseKey, preferenceBoost } from './preferences';
export { conversationStage } from './stage';
export { templateValuesFor } from './variables';
export { contentWords, setSimilarity, isNearDuplicate, sharesWordRun, sameOpening } from './similarity';
