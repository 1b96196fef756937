import { create } from 'zustand';
import type { DraftState } from '@/lib/conversation/draft';
import { builtinPacks } from '@/lib/packs/builtin';
import type { Pack } from '@/lib/packs/schema';
import { pageArrived, type Dismissed, type HistoryState, type PageState, type PanelInputs, type ShortcutLine } from '@/lib/panel';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { emptyPreferences } from '@/lib/suggest/preferences';
import { defaultTimescaleSettings, type TimescaleSettings } from '@/lib/timescale';
import type { PhrasePreferences } from '@/lib/suggest/types';

/**
 * What the panel knows, as data only (no functions): the followed tab's page and the agent's
 * draft there, the customer's history, the agent's settings and picks, the packs, the time. The
 * controller (entrypoints/sidepanel/controller.ts) writes it; lib/panel derives the view from it.
 * A cache: the page, storage and the database are the truth.
 */
export interface PanelState extends PanelInputs {
  /** The followed tab. */
  page: PageState;
  /** The agent's draft in that tab's reply editor, as last reported by `draftChanged`. */
  draft?: DraftState;
  /** The conversation's place in the customer's history. */
  history: HistoryState;
  /** The agent's settings and their picks. */
  settings: Settings;
  preferences: PhrasePreferences;
  packs: readonly Pack[];
  now: number;
  /** The team's calendar, from the hours the agent set. */
  timescale: TimescaleSettings;
  /** Findings the agent dismissed in the open conversation's draft. */
  dismissed?: Dismissed;
  /** The suggestion the keyboard shortcuts act on (`Suggestion.key`); the top one when unset. */
  selected?: string;
  /** The keyboard shortcuts as the browser has them bound, once read. */
  shortcuts?: ShortcutLine[];
  /** A shortcut asked to bring a part of the panel into view and focus; `seq` tells requests apart. */
  focusRequest?: { target: FocusTarget; seq: number };
  /** What the last shortcut did, said to the agent (`seq` tells a repeat from the same words). */
  notice?: { ok: boolean; text: string; seq: number };
}

export type FocusTarget = 'draft-check' | 'selected-suggestion';

export function initialPanelState(): PanelState {
  return { page: { kind: 'loading' }, history: {}, settings: DEFAULT_SETTINGS, preferences: emptyPreferences(), packs: builtinPacks(), now: Date.now(), timescale: defaultTimescaleSettings() };
}

export const usePanelStore = create<PanelState>(() => initialPanelState());

/* Writes, as plain functions beside the store (its state stays data). */

/** A new reading of the followed tab (history and draft follow the conversation). */
export function setPage(page: PageState): void {
  usePanelStore.setState((state) => pageArrived(state, page));
}

export function setDraft(draft: DraftState | undefined): void {
  usePanelStore.setState({ draft });
}

export function setHistory(history: HistoryState): void {
  usePanelStore.setState({ history });
}
