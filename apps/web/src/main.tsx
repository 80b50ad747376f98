import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupI18n } from './i18n';
import { installProbe } from './sync/testHook';
import { App } from './ui/App';
import './styles.css';

setupI18n();
installProbe(window);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
