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
 *   side panel ──expandMessages──▶ content script  (the agent asked to open the messages the page folds)
 */
import { defineMessaging } from './wire';
import type { DraftMark, DraftSpan, DraftState, EditResult } from './conversation/draft';
import type { ReadRequest, ReadResult } from './conversation/reading';

// The payloads are domain types and live with their domain; re-exported for the wire's users.
export type { ReadRequest, ReadResult } from './conversation/reading';
export type { DraftMark, DraftSpan, DraftState, EditResult, InsertResult } from './conversation/draft';

export interface ProtocolMap {
  readPage(request: ReadRequest): ReadResult;
  pageChanged(result: ReadResult): void;
  insertText(request: { text: string }): EditResult;
  draftChanged(draft: DraftState): void;
  showFindings(request: { marks: DraftMark[] }): void;
  selectInDraft(span: DraftSpan): EditResult;
  replaceInDraft(request: DraftSpan & { text: string }): EditResult;
  /** How many of the helpdesk's controls were pressed (0: nothing to open); the new reading follows as pageChanged. */
  expandMessages(): { pressed: number };
}

export const { sendMessage, onMessage, removeAllListeners } = defineMessaging<ProtocolMap>();
