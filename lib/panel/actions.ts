import type { DraftSpan, InsertResult } from '../conversation/draft';
import type { PhraseKind } from '../packs/schema';

/** What the agent can do from the panel; the controller carries it out (components only ask). */
export interface PanelActions {
  /** Write text into the helpdesk's reply editor; `phrase` (`pack/phrase`) when it is a pack phrase. */
  insert(text: string, phrase?: string): Promise<InsertResult>;
  /** Select a finding's words in the editor. */
  select(span: DraftSpan): Promise<InsertResult>;
  /** Replace a span of the draft (apply a rewrite), as one undoable edit. */
  replace(span: DraftSpan, text: string): Promise<InsertResult>;
  /** Put text on the clipboard; false when the browser refused. */
  copy(text: string): Promise<boolean>;
  /** The agent used this phrase: it ranks higher next time. */
  picked(pick: { key: string; kind: PhraseKind }): Promise<void>;
  /** Stop showing a finding for this conversation's draft (by `Finding.key`). */
  dismiss(key: string): void;
  /**
   * Ask the helpdesk to open the messages it shows folded (Gmail's collapsed messages): how many of
   * its controls were pressed, 0 when it had nothing to open. The new reading follows as the page changes.
   */
  expandMessages(): Promise<ExpandOutcome>;
  /** Read the followed tab again (after the agent turned Tactful on for its site). */
  refresh(): void;
  /** Reload a tab (one opened before Tactful was installed or updated). */
  reloadTab(tabId: number): Promise<void>;
  /** Remember a promise from the draft, to be reminded before it falls due (lib/promises). */
  rememberPromise?(promise: { text: string; dueAt: string }): Promise<PromiseOutcome>;
  /** The agent's word on a remembered promise: done (kept) or dismissed. */
  settlePromise?(id: string, state: 'kept' | 'dismissed'): Promise<PromiseOutcome>;
  /** Make this suggestion the one the keyboard shortcuts act on (`Suggestion.key`). */
  selectSuggestion(key: string): void;
  /** Open the browser's page where the agent changes Tactful's keyboard shortcuts. */
  openShortcutSettings(): Promise<void>;
}

export type ExpandOutcome = { ok: true; pressed: number } | { ok: false; reason: string };

export type PromiseOutcome = { ok: true } | { ok: false; reason: string };
