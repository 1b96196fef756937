/**
 * Plain words for what can go wrong with the database. Every failure is a whole transaction that
 * did not happen: IndexedDB rolls it back, so what was stored before is still there.
 */
import { t } from '../i18n';

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

/** Why a write failed, for the agent; `what` is what did not happen ("History wasn't saved" unless said). */
export function describeStorageError(error: unknown, what = t('lib.history.errors.notSaved')): string {
  if (isQuotaError(error)) return t('lib.history.errors.full', { what });
  const names = errorNames(error);
  if (names.includes('VersionError')) return t('lib.history.errors.newer', { what });
  if (names.includes('DatabaseClosedError')) return t('lib.history.errors.updatedElsewhere', { what });
  if (names.includes('InvalidStateError') && /closing|closed/i.test(String((error as ErrorLike).message))) {
    return t('lib.history.errors.closedElsewhere', { what });
  }
  return t('lib.history.errors.other', { what, error: error instanceof Error ? error.message : String(error) });
}

/** Shown while an upgrade waits for another tab that still has the old version open. */
export function blockedUpgradeMessage(): string {
  return t('lib.history.errors.blockedUpgrade');
}

/** Something the agent asked for that history cannot do, said in words they can act on. */
export class HistoryActionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryActionError';
  }
}
