// First: before any zod schema is built (see the file).
import '@parcours/journey/no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './i18n';
import { App, preloadFor } from './ui/App';
import './styles.css';

preloadFor(window.location.pathname);
setupI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
