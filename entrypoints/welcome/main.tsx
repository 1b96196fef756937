import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Welcome } from '@/components/welcome/Welcome';
import '@/components/sidepanel/panel.css';
import '@/components/welcome/welcome.css';
import { i18n } from '#i18n';

document.title = i18n.t('welcome.title');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Welcome />
    </StrictMode>,
  );
}
