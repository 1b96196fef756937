import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/components/sidepanel/App';
import { usePanelStore } from '@/components/sidepanel/store';
import '@/components/sidepanel/panel.css';
import { database } from '@/lib/db';
import { describeStorageError, recordConversation } from '@/lib/history';
import { followTab } from './follow-tab';

const db = database();
const pinned = Number(new URLSearchParams(location.search).get('tabId'));

const following = followTab({
  pinnedTabId: Number.isInteger(pinned) && pinned > 0 ? pinned : undefined,
  onState(page) {
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
window.addEventListener('unload', () => following.stop());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App db={db} />
    </StrictMode>,
  );
}
