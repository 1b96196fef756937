import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ViewBoundary } from '@/components/ViewBoundary';
import { App } from '@/components/sidepanel/App';
import { PanelProvider } from '@/components/sidepanel/context';
import '@/components/sidepanel/panel.css';
import { analyzeConversation } from '@/lib/analysis';
import { database } from '@/lib/db';
import { analyserOver, createPanelModel, MAIN_THREAD_CHARS } from '@/lib/panel';
import { createController } from './controller';
import { i18n } from '#i18n';

const pinned = Number(new URLSearchParams(location.search).get('tabId'));
// Long conversations are read in a Worker (lib/panel/off-thread.ts); if it can't run, here.
const analyser = analyserOver(
  () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
  async (snapshot) => analyzeConversation(snapshot),
);
const controller = createController({
  db: database(),
  pinnedTabId: Number.isInteger(pinned) && pinned > 0 ? pinned : undefined,
  model: createPanelModel({ mainThreadChars: MAIN_THREAD_CHARS }),
  analyse: analyser.analyse,
});
window.addEventListener('unload', () => {
  controller.stop();
  analyser.stop();
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ViewBoundary name={i18n.t('panel.page')}>
        <PanelProvider wiring={controller}>
          <App />
        </PanelProvider>
      </ViewBoundary>
    </StrictMode>,
  );
}
