import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Welcome } from '@/components/welcome/Welcome';
import '@/components/sidepanel/panel.css';
import '@/components/welcome/welcome.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Welcome />
    </StrictMode>,
  );
}
