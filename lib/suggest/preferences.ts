/**
 * What this agent tends to pick, as counts: a picked phrase ranks higher next time. The model is
 * plain JSON passed in and returned (the panel stores it); it stays small and recent by halving
 * every count once the total passes a limit.
 */
import { z } from 'zod';
import type { PhraseKind } from '../packs/schema';
import type { PhrasePreferences } from './types';

const HALVE_AFTER = 500;

export function emptyPreferences(): PhrasePreferences {
  return { version: 1, picks: {}, kinds: {}, total: 0 };
}

const count = z.number().finite().nonnegative();
const preferencesSchema = z.object({
  version: z.literal(1),
  picks: z.record(z.string(), count),
  kinds: z.record(z.string(), count),
  total: count,
});

/**
 * Stored preferences as the model, checked: anything else (an older version, a hand-edited or
 * damaged value) gives the empty model and says what was wrong, so one bad value never breaks
 * the panel. Nothing stored at all is simply the empty model.
 */
export function parsePreferences(raw: unknown): { preferences: PhrasePreferences; problem?: string } {
  if (raw === null || raw === undefined) return { preferences: emptyPreferences() };
  const parsed = preferencesSchema.safeParse(raw);
  if (parsed.success) return { preferences: parsed.data as PhrasePreferences };
  const issue = parsed.error.issues[0];
  return { preferences: emptyPreferences(), problem: `${issue?.path.join('.') || 'preferences'}: ${issue?.message ?? 'invalid'}` };
}

export function phraseKey(packId: string, phraseId: string): string {
  return `${packId}/${phraseId}`;
}

/** The model after the agent used this phrase (inserted, copied, or sent in a draft). */
export function recordPick(prefs: PhrasePreferences | undefined, pick: { key: string; kind: PhraseKind }): PhrasePreferences {
  const base = prefs ?? emptyPreferences();
  let picks = { ...base.picks, [pick.key]: (base.picks[pick.key] ?? 0) + 1 };
  let kinds: Partial<Record<PhraseKind, number>> = { ...base.kinds, [pick.kind]: (base.kinds[pick.kind] ?? 0) + 1 };
  let total = base.total + 1;
  if (total > HALVE_AFTER) {
    const halve = <K extends string>(counts: Partial<Record<K, number>>) =>
      Object.fromEntries(
        Object.entries(counts)
          .map(([k, v]) => [k, Math.floor((v as number) / 2)] as const)
          .filter(([, v]) => v > 0),
      ) as Partial<Record<K, number>>;
    picks = halve(picks) as Record<string, number>;
    kinds = halve(kinds);
    total = Object.values(picks).reduce((sum, v) => sum + v, 0);
  }
  return { version: 1, picks, kinds, total };
}

/** How much the agent's own history lifts a phrase: grows with picks, with diminishing returns. */
export function preferenceBoost(prefs: PhrasePreferences | undefined, key: string): number {
  const count = prefs?.picks[key] ?? 0;
  return count > 0 ? Math.min(1.5, 0.7 * Math.log2(1 + count)) : 0;
}
