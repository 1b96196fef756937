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
usePanelStore.getState().setInsert(async (text) => {
  const { page } = usePanelStore.getState();
  if (page.kind !== 'conversation') return { ok: false, reason: 'There is no conversation open beside Tactful.' };
  try {
    return await sendMessage('insertText', { text }, page.tabId);
  } catch {
    return { ok: false, reason: "Tactful can't reach the helpdesk tab. Reload it and try again." };
  }
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
