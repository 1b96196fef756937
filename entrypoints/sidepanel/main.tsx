import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ViewBoundary } from '@/components/ViewBoundary';
import { App } from '@/components/sidepanel/App';
import { PanelProvider } from '@/components/sidepanel/context';
import '@/components/sidepanel/panel.css';
import { database } from '@/lib/db';
import { createController } from './controller';

const pinned = Number(new URLSearchParams(location.search).get('tabId'));
const controller = createController({ db: database(), pinnedTabId: Number.isInteger(pinned) && pinned > 0 ? pinned : undefined });
window.addEventListener('unload', () => controller.stop());

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ViewBoundary name="Tactful's panel">
        <PanelProvider wiring={controller}>
          <App />
        </PanelProvider>
      </ViewBoundary>
    </StrictMode>,
  );
}
