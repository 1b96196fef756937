import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Options } from '@/components/options/Options';
import { ViewBoundary } from '@/components/ViewBoundary';
import '@/components/sidepanel/panel.css';
import '@/components/options/options.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ViewBoundary name="Tactful's options">
        <Options />
      </ViewBoundary>
    </StrictMode>,
  );
}
