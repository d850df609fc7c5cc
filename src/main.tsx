import { StrictMode, Suspense, lazy } from 'react';
import type { ReactNode } from 'react';
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
import { usePrefersReducedMotion } from './components/charts/usePrefersReducedMotion.ts';
import './styles.css';
import './components/charts/chart.css';

/** Animation follows the reduced-motion setting, also when it changes while the page is open. */
function WithMotion({ children }: { children: (animate: boolean) => ReactNode }) {
  return <>{children(!usePrefersReducedMotion())}</>;
}

// The dashboard and the embed are separate chunks: an embed never downloads the dashboard.
const EmbedApp = lazy(() => import('./app/EmbedApp.tsx').then((m) => ({ default: m.EmbedApp })));
const UnknownEmbed = lazy(() =>
  import('./app/EmbedApp.tsx').then((m) => ({ default: m.UnknownEmbed })),
);

/**
 * The prerendered first view (both languages) stays only where it is shown:
 * the reader's language on the dashboard; none in an embed.
 */
function keepVisiblePrerender(isDashboard: boolean): void {
  for (const view of document.querySelectorAll<HTMLElement>('#root > .prerendered')) {
    if (!isDashboard || getComputedStyle(view).display === 'none') view.remove();
  }
}

async function start() {
  const { route, viewSearch } = parseRoute(window.location.search);
  keepVisiblePrerender(route.kind === 'dashboard');
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
  // The prerendered first view stays on screen until the dashboard can replace it whole:
  // its code and its data are loaded first, so no blank or "loading" frame comes between.
  const DashboardApp =
    route.kind === 'dashboard'
      ? (
          await Promise.all([
            import('./app/DashboardApp.tsx'),
            store.getState().ensureDataset('exports'),
            store.getState().ensureDataset('pmi'),
            store.getState().ensureDataset('context'),
          ])
        )[0].DashboardApp
      : null;
  createRoot(root).render(
    <StrictMode>
      <StoreContext.Provider value={store}>
        <Suspense fallback={null}>
          <WithMotion>
            {(animate) =>
              DashboardApp ? (
                <DashboardApp animate={animate} />
              ) : route.kind === 'embed' ? (
                <EmbedApp chart={route.chart} options={route.options} animate={animate} />
              ) : route.kind === 'embed-unknown' ? (
                <UnknownEmbed requested={route.requested} />
              ) : null
            }
          </WithMotion>
        </Suspense>
      </StoreContext.Provider>
    </StrictMode>,
  );
}

void start();
