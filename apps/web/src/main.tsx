// First: before any zod schema is built (see the file).
import '@parcours/journey/no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './i18n';
import { App, preloadFor } from './ui/App';
import './styles.css';

// The page's chunks and its language's strings download side by side; React renders once the strings are there.
preloadFor(window.location.pathname);
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// Strings that failed to download (offline, a new deployment) leave keys on screen rather than a blank page.
setupI18n().then(render, render);
