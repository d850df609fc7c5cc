import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DashboardApp } from './app/DashboardApp.tsx';
import { detectLocale } from './i18n/index.ts';
import { bundledLoader } from './state/bundledData.ts';
import { StoreContext } from './state/StoreContext.tsx';
import { createDashboardStore } from './state/store.ts';
import './styles.css';

const prefersReducedMotion =
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const store = createDashboardStore({
  loader: bundledLoader,
  initial: { locale: detectLocale(navigator.languages ?? [navigator.language]) },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <DashboardApp animate={!prefersReducedMotion} />
      </StoreContext.Provider>
    </StrictMode>,
  );
}
