/**
 * Plain words for what can go wrong with the database. Every failure is a whole transaction that
 * did not happen: IndexedDB rolls it back, so what was stored before is still there.
 */

interface ErrorLike {
  name?: string;
  message?: string;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown[];
}

/** Every error name in the chain: Dexie wraps the browser's error (`inner`), bulk writes list theirs (`failures`). */
export function errorNames(error: unknown, depth = 0): string[] {
  if (!error || typeof error !== 'object' || depth > 5) return [];
  const e = error as ErrorLike;
  return [
    ...(typeof e.name === 'string' ? [e.name] : []),
    ...errorNames(e.inner, depth + 1),
    ...errorNames(e.cause, depth + 1),
    ...(Array.isArray(e.failures) ? e.failures.flatMap((f) => errorNames(f, depth + 1)) : []),
  ];
}

/** A full disk or quota, however it surfaces: the write's own error, or the transaction it aborted. */
export function isQuotaError(error: unknown): boolean {
  if (errorNames(error).includes('QuotaExceededError')) return true;
  const message = (error as ErrorLike | null)?.message ?? '';
  return /quota/i.test(message);
}

const FULL = "the browser's storage for Tactful is full. Free some disk space or erase old history; nothing already saved was lost.";

/** Why a write failed, for the agent. */
export function describeStorageError(error: unknown, what = "History wasn't saved"): string {
  if (isQuotaError(error)) return `${what}: ${FULL}`;
  const names = errorNames(error);
  if (names.includes('VersionError')) return `${what}: this history was written by a newer version of Tactful. Update Tactful (or reload the page after it updated); nothing was changed.`;
  if (names.includes('DatabaseClosedError')) return `${what}: Tactful was updated in another tab. Reload this page; nothing already saved was lost.`;
  if (names.includes('InvalidStateError') && /closing|closed/i.test(String((error as ErrorLike).message))) {
    return `${what}: the database was closed by another tab. Reload this page; nothing already saved was lost.`;
  }
  return `${what}: ${error instanceof Error ? error.message : String(error)}`;
}

/** Shown while an upgrade waits for another tab that still has the old version open. */
export const BLOCKED_UPGRADE_MESSAGE =
  'Tactful is updating its history, but another Tactful tab or panel still has the old version open. Close or reload the other Tactful tabs; nothing is lost meanwhile.';

/** Something the agent asked for that history cannot do, said in words they can act on. */
export class HistoryActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryActionError';
  }
}
