/**
 * The agent's phrase use in the history database (table `phraseStats`): per pack phrase, how often
 * it was inserted and how much it was edited (lib/packs/usage.ts says how that is measured).
 * Counts and ids only: no phrase text, no reply text, no customer. The export is the same counts,
 * for the agent to hand to their team lead.
 */
import type { PhraseStatRecord, TactfulDatabase } from '../db';

export const PHRASE_USE_FORMAT = 'tactful-phrase-use';
export const PHRASE_USE_VERSION = 1;

/** `pack/phrase` → its two ids (pack and phrase ids never contain "/"). */
export function splitPhraseKey(key: string): { packId: string; phraseId: string } | null {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return null;
  return { packId: key.slice(0, slash), phraseId: key.slice(slash + 1) };
}

/** One insertion of a pack phrase. */
export async function recordPhraseInserted(db: TactfulDatabase, key: string, at: Date): Promise<void> {
  const ids = splitPhraseKey(key);
  if (!ids) return;
  const when = at.toISOString();
  await db.transaction('rw', db.phraseStats, async () => {
    const row = await db.phraseStats.get(key);
    await db.phraseStats.put(
      row
        ? { ...row, inserted: row.inserted + 1, lastUsedAt: when }
        : { id: key, ...ids, inserted: 1, measured: 0, editTotal: 0, unedited: 0, firstUsedAt: when, lastUsedAt: when },
    );
  });
}

/** How much one insertion was edited (0..1); an insertion never recorded is ignored. */
export async function recordPhraseEdit(db: TactfulDatabase, key: string, ratio: number): Promise<void> {
  if (!Number.isFinite(ratio)) return;
  const edit = Math.min(1, Math.max(0, ratio));
  await db.transaction('rw', db.phraseStats, async () => {
    const row = await db.phraseStats.get(key);
    if (!row) return;
    await db.phraseStats.put({ ...row, measured: row.measured + 1, editTotal: row.editTotal + edit, unedited: row.unedited + (edit === 0 ? 1 : 0) });
  });
}

export interface PhraseUse {
  key: string;
  packId: string;
  phraseId: string;
  inserted: number;
  measured: number;
  /** Mean edit ratio of the measured insertions, 0..1 (undefined when none was measured). */
  averageEdit?: number;
  /** Measured insertions sent word for word. */
  unedited: number;
  firstUsedAt: string;
  lastUsedAt: string;
}

function toUse(row: PhraseStatRecord): PhraseUse {
  return {
    key: row.id,
    packId: row.packId,
    phraseId: row.phraseId,
    inserted: row.inserted,
    measured: row.measured,
    ...(row.measured > 0 ? { averageEdit: row.editTotal / row.measured } : {}),
    unedited: row.unedited,
    firstUsedAt: row.firstUsedAt,
    lastUsedAt: row.lastUsedAt,
  };
}

/** Every phrase used, most inserted first (then most recent). */
export async function phraseUse(db: TactfulDatabase): Promise<PhraseUse[]> {
  const rows = await db.phraseStats.toArray();
  return rows.map(toUse).sort((a, b) => b.inserted - a.inserted || (a.lastUsedAt < b.lastUsedAt ? 1 : a.lastUsedAt > b.lastUsedAt ? -1 : 0) || (a.key < b.key ? -1 : 1));
}

export interface PhraseUseExport {
  format: typeof PHRASE_USE_FORMAT;
  version: typeof PHRASE_USE_VERSION;
  exportedAt: string;
  /** The first and last day a phrase was inserted (YYYY-MM-DD), when any was. */
  from?: string;
  to?: string;
  phrases: { pack: string; phrase: string; inserted: number; measured: number; averageEdit: number | null; unedited: number }[];
}

/** The counts for a team lead: pack and phrase ids with numbers, nothing anyone wrote. */
export async function exportPhraseUse(db: TactfulDatabase, now: Date = new Date()): Promise<PhraseUseExport> {
  const uses = await phraseUse(db);
  const days = uses.flatMap((u) => [u.firstUsedAt.slice(0, 10), u.lastUsedAt.slice(0, 10)]).sort();
  return {
    format: PHRASE_USE_FORMAT,
    version: PHRASE_USE_VERSION,
    exportedAt: now.toISOString(),
    ...(days.length > 0 ? { from: days[0], to: days[days.length - 1] } : {}),
    phrases: uses.map((u) => ({
      pack: u.packId,
      phrase: u.phraseId,
      inserted: u.inserted,
      measured: u.measured,
      averageEdit: u.averageEdit === undefined ? null : Math.round(u.averageEdit * 100) / 100,
      unedited: u.unedited,
    })),
  };
}

export async function clearPhraseUse(db: TactfulDatabase): Promise<void> {
  await db.phraseStats.clear();
}
