/** The agent's picks, kept in `storage.local` and checked when read (a bad value gives the empty model). */
import { storage } from 'wxt/utils/storage';
import type { PhraseKind } from '@/lib/packs/schema';
import { parsePreferences, recordPick } from '@/lib/suggest/preferences';
import type { PhrasePreferences } from '@/lib/suggest/types';

/** Counts only, no text. */
const preferencesItem = storage.defineItem<unknown>('local:phrasePreferences', { fallback: null });

export async function loadPreferences(): Promise<PhrasePreferences> {
  return parsePreferences(await preferencesItem.getValue()).preferences;
}

export async function rememberPick(pick: { key: string; kind: PhraseKind }): Promise<PhrasePreferences> {
  const next = recordPick(await loadPreferences(), pick);
  await preferencesItem.setValue(next);
  return next;
}
