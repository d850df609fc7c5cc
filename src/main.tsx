import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { parseRoute } from './app/route.ts';
import { embedRouteSearch } from './app/route.ts';
import { detectLocale } from './i18n/index.ts';
import { bundledLoader } from './state/bundledData.ts';
import { StoreContext } from './state/StoreContext.tsx';
import { createDashboardStore } from './state/store.ts';
import { decodeViewState } from './state/urlState.ts';
import { loadDecodeContext, startUrlSync, storedLocale } from './state/urlSync.ts';
import { startServiceWorker } from './app/serviceWorker.ts';
import './styles.css';

const prefersReducedMotion =
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

// The dashboard and the embed are separate chunks: an embed never downloads the dashboard.
const DashboardApp = lazy(() =>
  import('./app/DashboardApp.tsx').then((m) => ({ default: m.DashboardApp })),
);
const EmbedApp = lazy(() => import('./app/EmbedApp.tsx').then((m) => ({ default: m.EmbedApp })));
const UnknownEmbed = lazy(() =>
  import('./app/EmbedApp.tsx').then((m) => ({ default: m.UnknownEmbed })),
);

async function start() {
  const { route, viewSearch } = parseRoute(window.location.search);
  const context = await loadDecodeContext(bundledLoader);
  const { state } = decodeViewState(viewSearch, context);
  // Language: the link's, else the one chosen on an earlier visit, else the browser's.
  const linkHasLanguage = /(^|&)lang=/.test(viewSearch);
  const locale = linkHasLanguage
    ? state.locale
    : (storedLocale() ?? detectLocale(navigator.languages ?? [navigator.language]));
  const store = createDashboardStore({ loader: bundledLoader, initial: { ...state, locale } });

  if (route.kind === 'embed') {
    startUrlSync(store, {
      chart: route.chart,
      routeSearch: embedRouteSearch(route.chart, route.options),
    });
  } else if (route.kind === 'dashboard') {
    startUrlSync(store);
    startServiceWorker();
  }

  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <Suspense fallback={null}>
          {route.kind === 'dashboard' ? (
            <DashboardApp animate={!prefersReducedMotion} />
          ) : route.kind === 'embed' ? (
            <EmbedApp chart={route.chart} options={route.options} animate={!prefersReducedMotion} />
          ) : (
            <UnknownEmbed requested={route.requested} />
          )}
        </Suspense>
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void start();
