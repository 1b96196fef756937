import type { ReadResult } from '../messaging';

/**
 * What decides that the page changed: the conversation read and who read it. Not the timing, and
 * not the reply editor (the draft and the editor's state travel as `draftChanged`), so typing
 * never makes the content script send `pageChanged`.
 */
export function conversationKey({ snapshot, adapter, fallbackFrom, degraded }: ReadResult): string {
  if (!snapshot) return JSON.stringify({ adapter });
  const { composer: _editor, ...conversation } = snapshot;
  return JSON.stringify({ conversation, adapter, fallbackFrom, degraded });
}
