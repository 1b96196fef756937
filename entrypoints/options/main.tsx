import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '@/components/options/Options';
import { ViewBoundary } from '@/components/ViewBoundary';
import '@/components/sidepanel/panel.css';
import '@/components/options/options.css';
import { i18n } from '#i18n';

document.title = i18n.t('options.title');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ViewBoundary name={i18n.t('options.page')}>
        <Options />
      </ViewBoundary>
    </StrictMode>,
  );
}
