/**
 * The agent's draft in the helpdesk's reply editor, and what the panel does with it: marks to
 * underline, spans to select or replace. It travels on its own, apart from the conversation.
 */
import type { EditorKind } from './types';

/** The agent's draft, as `lib/compose`'s readDraft gives it: offsets below are into this text. */
export interface DraftState {
  found: boolean;
  kind?: EditorKind;
  text: string;
}

/** A stretch of the draft to underline. */
export interface DraftMark {
  start: number;
  end: number;
  /** The guard category, which decides the colour ('fault', 'blame', …). */
  category: string;
  severity: 'error' | 'warning' | 'info';
}

/** A range of the draft, with the text the panel saw there (so stale offsets are caught). */
export interface DraftSpan {
  start: number;
  end: number;
  expected: string;
}

/** What writing into the editor came to: done, or why not, in words for the agent. */
export type InsertResult = { ok: true } | { ok: false; reason: string };

/**
 * Why the page did not take an edit. The content script answers with this code, not with words:
 * the words live with the panel (lib/conversation/words.ts), which keeps the catalogue out of the
 * script that runs in every helpdesk page.
 */
export type EditFailure = 'noReplyBox' | 'notTaken' | 'stale';

/** What the content script answers to an edit: done, or the code of why not. */
export type EditResult = { ok: true } | { ok: false; why: EditFailure };
