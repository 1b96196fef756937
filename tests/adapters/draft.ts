import type { Adapter } from '../../lib/adapters/types';
import { findComposer, readDraft } from '../../lib/compose';
import { composerHint } from '../../lib/adapters/shared';

/**
 * The draft as the content script reads it (one line break between paragraphs), from the editor the
 * adapter says is the one in front; trimmed, as fixtures indent their markup.
 */
export function draftIn(doc: Document, adapter: Adapter): string {
  const editor = findComposer(doc, composerHint(adapter, doc));
  return editor ? readDraft(editor).trim() : '';
}
