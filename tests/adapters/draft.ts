import type { Adapter } from '../../lib/adapters/types';
import { findComposer, readDraft } from '../../lib/compose';

/**
 * The draft as the content script reads it (one line break between paragraphs), from the editor the
 * adapter's composer selector names; trimmed, as fixtures indent their markup.
 */
export function draftIn(doc: Document, adapter: Adapter): string {
  const editor = findComposer(doc, adapter.selectors.composer);
  return editor ? readDraft(editor).trim() : '';
}
