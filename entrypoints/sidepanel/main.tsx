import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/components/sidepanel/App';
import { usePanelStore } from '@/components/sidepanel/store';
import '@/components/sidepanel/panel.css';
import { ConversationMemory } from '@/lib/conversation/remember';
import { database } from '@/lib/db';
import { describeStorageError, recordConversation } from '@/lib/history';
import { sendMessage } from '@/lib/messaging';
import { followTab } from './follow-tab';

const db = database();
const pinned = Number(new URLSearchParams(location.search).get('tabId'));

const memory = new ConversationMemory();

const following = followTab({
  pinnedTabId: Number.isInteger(pinned) && pinned > 0 ? pinned : undefined,
  onDraft: (draft) => usePanelStore.getState().setDraft(draft),
  onState(state) {
    let page = state;
    if (page.kind === 'conversation') {
      const { snapshot, fromEarlierView } = memory.fill(page.snapshot);
      page = { ...page, snapshot, fromEarlierView };
    }
    usePanelStore.getState().setPage(page);
    if (page.kind !== 'conversation') return;
    recordConversation(db, page.snapshot, new Date()).then(
      (recorded) => {
        if (usePanelStore.getState().page === page) usePanelStore.getState().setHistory(recorded ?? {});
      },
      (error: unknown) => usePanelStore.getState().setHistory({ error: describeStorageError(error) }),
    );
  },
});

usePanelStore.getState().setRefresh(() => following.refresh());
/** Ask the followed tab's content script; a tab that can't be reached gets a plain reason. */
async function askTab<T>(ask: (tabId: number) => Promise<T>, unreachable: T): Promise<T> {
  const { page } = usePanelStore.getState();
  if (page.kind !== 'conversation') return unreachable;
  try {
    return await ask(page.tabId);
  } catch {
    return unreachable;
  }
}
const UNREACHABLE = { ok: false as const, reason: "Tactful can't reach the helpdesk tab. Reload it and try again." };
usePanelStore.getState().setTab({
  insert: (text) => askTab((tabId) => sendMessage('insertText', { text }, tabId), UNREACHABLE),
  mark: (marks) => askTab((tabId) => sendMessage('showFindings', { marks }, tabId), undefined),
  select: (span) => askTab((tabId) => sendMessage('selectInDraft', span, tabId), UNREACHABLE),
  replace: (span, text) => askTab((tabId) => sendMessage('replaceInDraft', { ...span, text }, tabId), UNREACHABLE),
});
window.addEventListener('unload', () => following.stop());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={db} />
    </StrictMode>,
  );
}
