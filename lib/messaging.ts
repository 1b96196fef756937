/**
 * Every message between Tactful's contexts, declared once. Nothing else calls
 * `runtime.sendMessage`/`tabs.sendMessage` directly.
 *
 *   side panel ──readPage──▶ content script        (ask for the conversation now)
 *   content script ──pageChanged──▶ side panel     (the conversation on the page changed)
 *   side panel ──insertText──▶ content script      (write into the helpdesk's reply editor)
 *   content script ──draftChanged──▶ side panel    (the agent typed in the reply editor)
 *   side panel ──showFindings──▶ content script    (underline the guard's findings in the editor)
 *   side panel ──selectInDraft──▶ content script   (select a finding's words in the editor)
 *   side panel ──replaceInDraft──▶ content script  (apply a suggested rewrite, one undoable edit)
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ConversationSnapshot, EditorKind } from './conversation/types';

export interface ReadRequest {
  /** Read with this adapter instead of choosing one (the `tactful read --adapter` option). */
  adapter?: string;
}

export interface ReadResult {
  snapshot: ConversationSnapshot | null;
  /** Id of the adapter that read the page, when one recognised it. */
  adapter?: string;
  /** A named adapter recognised the page but could not read it; the generic reader did. */
  fallbackFrom?: string;
  /** Milliseconds the read took inside the page. */
  ms: number;
  /** Adapters that threw, with their message: reported, never fatal. */
  errors: { adapter: string; message: string }[];
}

export type InsertResult = { ok: true } | { ok: false; reason: string };

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

export interface ProtocolMap {
  readPage(request: ReadRequest): ReadResult;
  pageChanged(result: ReadResult): void;
  insertText(request: { text: string }): InsertResult;
  draftChanged(draft: DraftState): void;
  showFindings(request: { marks: DraftMark[] }): void;
  selectInDraft(span: DraftSpan): InsertResult;
  replaceInDraft(request: DraftSpan & { text: string }): InsertResult;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
