import { browser } from 'wxt/browser';
import { readPage } from '@/lib/adapters/read-page';
import { composerHint } from '@/lib/adapters/shared';
import type { Adapter } from '@/lib/adapters/types';
import { findComposer, insertText, isEditorChrome } from '@/lib/compose';
import { watchDraft } from '@/lib/highlight';
import { onMessage, removeAllListeners, sendMessage, type EditResult, type ReadResult } from '@/lib/messaging';
import { conversationKey } from '@/lib/page/conversation-key';
import { expandMessages } from '@/lib/page/expand';
import { watchPage } from '@/lib/page/watcher';

/** Tactful's own element in the page (the marks over a textarea, lib/highlight/overlay.ts). */
const OWN_ELEMENT = 'TACTFUL-MARKS';

/**
 * Stops the copy of this script already running in the page, if any. Content scripts of one
 * extension share a JavaScript world of their own in each page, which the page's scripts cannot
 * see: the page can neither call this nor learn that Tactful runs (no message, no event of ours
 * reaches it), so it cannot stop Tactful either.
 */
const running = globalThis as { tactfulStop?: () => void };

/**
 * Runs inside the helpdesk page: the only code that touches its DOM. Small on purpose (no React,
 * no lexicons, no database — IndexedDB here would be the helpdesk's own). Each content-script
 * bundle passes the adapters it carries (see entrypoints/content and entrypoints/hosted.content).
 */
export function runContentScript(named: readonly Adapter[], fallback: Adapter): void {
  // The panel injects this script into a tab that may already have a copy: the older one stops.
  running.tactfulStop?.();
  const adapters = [...named, fallback];
  /** The adapter that read the page last: findComposer looks first where it says the reply editor is; it opens folded messages. */
  let reader: Adapter | undefined;
  const composerAt = () => (reader ? composerHint(reader, document) : undefined);
  const read = (adapter?: string): ReadResult => {
    const result = readPage(document, new URL(location.href), named, fallback, adapter ? { adapter } : {});
    reader = adapters.find((a) => a.id === result.adapter);
    return result;
  };

  const stop = () => {
    watcher.stop();
    draft.stop();
    removeAllListeners();
    if (running.tactfulStop === stop) delete running.tactfulStop;
  };
  // After Tactful is updated or reloaded this copy is orphaned (its runtime is gone): stop, quietly.
  const orphaned = () => {
    if (browser.runtime?.id) return false;
    stop();
    return true;
  };

  // The live draft check: the draft goes to the panel as the agent types; the panel's findings
  // come back to be underlined, selected or applied (lib/highlight).
  const draft = watchDraft(
    document,
    (state) => {
      if (orphaned()) return;
      // Nobody listening: the panel closed, so nobody will update the marks either. Take them away.
      sendMessage('draftChanged', state).catch(() => draft.show([]));
    },
    undefined,
    composerAt,
  );

  onMessage('readPage', ({ data }) => {
    draft.resend(); // a panel that just opened wants the draft too
    return read(data?.adapter);
  });
  onMessage('insertText', ({ data }) => insertIntoReply(data.text, composerAt()));
  onMessage('showFindings', ({ data }) => draft.show(data.marks));
  onMessage('selectInDraft', ({ data }) => draft.select(data));
  onMessage('replaceInDraft', ({ data }) => draft.replace(data));
  // The page changes as the helpdesk opens them: the watcher below reads it again and sends pageChanged.
  onMessage('expandMessages', () => expandMessages(document, reader));

  const watcher = watchPage({
    doc: document,
    // Each quiet period after the page changed: also look for a composer that came or went.
    read: () => {
      draft.check();
      return read();
    },
    // Only the conversation decides whether anything changed: not the timing, not the reply editor
    // (the draft and the editor travel as draftChanged), so typing never sends pageChanged.
    keyOf: conversationKey,
    // The agent typing, the editor's own floating UI and Tactful's marks over the editor are not
    // changes to the conversation.
    ignore: (node) => node === draft.editor() || node.nodeName === OWN_ELEMENT || isEditorChrome(node),
    onChange: (result) => {
      if (orphaned()) return;
      // Nobody listening (panel closed) is normal: stay quiet.
      sendMessage('pageChanged', result).catch(() => undefined);
    },
  });

  running.tactfulStop = stop;
  watcher.refresh();

  if (import.meta.env.MODE === 'e2e') exposeSelfTest(read);
}

/**
 * Test builds only (`--mode e2e`, never shipped): a page can ask for the snapshot with
 * `postMessage({ tactful: 'read' })` and gets `{ tactful: 'snapshot', result }` back. It lets a
 * browser test that has no driver for the extension (Firefox under web-ext) see what was read.
 */
function exposeSelfTest(read: () => ReadResult) {
  window.addEventListener('message', (event) => {
    if (event.source !== window || (event.data as { tactful?: string } | null)?.tactful !== 'read') return;
    window.postMessage({ tactful: 'snapshot', result: read() }, location.origin);
  });
}

/** Write into the reply editor: where the page's adapter says it is, else the focused or main one. */
async function insertIntoReply(text: string, composerAt: Element | string | undefined): Promise<EditResult> {
  const composer = findComposer(document, composerAt);
  if (!composer) {
    return { ok: false, why: 'noReplyBox' };
  }
  if (await insertText(composer, text)) return { ok: true };
  return { ok: false, why: 'notTaken' };
}
