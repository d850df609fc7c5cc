import { StrictMode, Suspense, lazy, useEffect } from 'react';
import { useHydrated } from './components/useHydrated.ts';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import decodeContext from 'virtual:decode-context';
import { parseRoute } from './state/route.ts';
import { embedRouteSearch } from './state/route.ts';
import type { Route } from './state/route.ts';
import { createTranslator, detectLocale } from './i18n/index.ts';
import { ReloadNotice } from './components/ReloadNotice.tsx';
import { loadChunk } from './lib/lazyChunk.ts';
import { bundledDatasets } from './state/bundledData.ts';
import { StoreProvider } from './state/StoreContext.tsx';
import { createDashboardStore } from './state/store.ts';
import type { DatasetStates } from './state/store.ts';
import { decodeViewState } from './state/urlState.ts';
import { reportIgnoredParams, startUrlSync, storedLocale } from './state/urlSync.ts';
import type { DatasetId } from './domain/bundle.ts';
import { CHART_IDS } from './domain/chartModel.ts';
import { CHARTS } from './features/charts/registry.ts';
import { loadChartPanels } from './features/charts/ChartPanel.tsx';
import type { Locale } from './i18n/locales.ts';
import { LOCALES } from './i18n/locales.ts';
import { startServiceWorker } from './app/serviceWorker.ts';
import { enablePreparedDrawings } from './features/preparedDrawings.ts';
import { StaticDrawingsContext, readStaticDrawings } from './components/charts/staticDrawings.ts';
import { replayEarlyChanges, replayEarlyClick } from './lib/earlyUse.ts';
import { usePrefersReducedMotion } from './components/charts/usePrefersReducedMotion.ts';
import './styles.css';
import './components/charts/chart.css';

/** Animation follows the reduced-motion setting, also when it changes while the page is open. */
function WithMotion({ children }: { children: (animate: boolean) => ReactNode }) {
  return <>{children(!usePrefersReducedMotion())}</>;
}

/**
 * The app around a hydrated page: the first render is the view the build
 * drew (so it matches the HTML); once committed, the link's view and the
 * embed's options apply as ordinary updates, and the address starts to follow.
 */
function Root({
  onCommitted,
  children,
}: {
  onCommitted: () => void;
  children: (applied: boolean) => ReactNode;
}) {
  const applied = useHydrated();
  useEffect(onCommitted, [onCommitted]);
  return <>{children(applied)}</>;
}

// The dashboard and the embed are separate chunks: an embed never downloads the dashboard.
const loadDashboard = () => loadChunk(() => import('./app/DashboardApp.tsx'));
const loadEmbed = () => loadChunk(() => import('./app/EmbedApp.tsx'));
const UnknownEmbed = lazy(() => loadEmbed().then((m) => ({ default: m.UnknownEmbed })));

function datasetsOf(route: Route): DatasetId[] {
  if (route.kind === 'dashboard') return ['exports', 'pmi', 'context', 'changes'];
  return route.kind === 'embed' ? [CHARTS[route.chart].dataset] : [];
}

/** What the build prerendered into this page (build/prerender/prerenderPlugin.ts), if anything. */
function prerenderedPage(root: HTMLElement): { key: string; locale: Locale; base: string } | null {
  const key = root.dataset.prerendered;
  const locale = LOCALES.find((option) => option === document.documentElement.lang);
  if (!key || !locale) return null;
  return { key, locale, base: document.documentElement.dataset.base ?? './' };
}

function pageKey(route: Route): string {
  return route.kind === 'embed' ? `embed:${route.chart}` : route.kind;
}

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  // Views one click away are drawn ahead when the page is idle, so a click paints at once.
  enablePreparedDrawings();
  const page = prerenderedPage(root);
  const pageChart = CHART_IDS.find((chart) => page?.key === `embed:${chart}`);
  const {
    route,
    viewSearch,
    ignored: ignoredByRoute,
  } = parseRoute(window.location.search, pageChart);
  const { state: linked, ignored } = decodeViewState(viewSearch, decodeContext);
  reportIgnoredParams([...ignoredByRoute, ...ignored]);
  const hydrate = page !== null && page.key === pageKey(route);
  // Language: the page's own (the build wrote one page per language), else the link's, else
  // the one chosen on an earlier visit, else the browser's.
  const linkHasLanguage = /(^|&)lang=/.test(viewSearch);
  const locale: Locale = hydrate
    ? page.locale
    : linkHasLanguage
      ? linked.locale
      : (storedLocale() ?? detectLocale(navigator.languages ?? [navigator.language]));
  // Code and data first: the prerendered page stays as it is until the live one can adopt it.
  const ids = datasetsOf(route);
  const [dashboard, embed, ...loaded] = await Promise.all([
    // Each chart's panel is a chunk of its own, loaded with the app and before it hydrates.
    route.kind === 'dashboard'
      ? Promise.all([loadDashboard(), loadChartPanels(CHART_IDS)]).then(([module]) => module)
      : null,
    route.kind === 'embed'
      ? loadEmbed().then(async (module) => {
          await module.loadEmbedPanel(route.chart);
          return module;
        })
      : null,
    ...ids.map((id) => bundledDatasets(id)),
  ]);
  // The store starts with its data (hydration reads the store's initial state) and, on a
  // hydrated page, with the view the build drew; the link's view follows right after.
  const datasets: Partial<DatasetStates> = {};
  ids.forEach((id, index) => {
    const result = loaded[index];
    if (result)
      Object.assign(datasets, {
        [id]: result.ok
          ? { status: 'ready', data: result.data, issues: result.issues }
          : { status: 'error', issues: result.issues },
      });
  });
  // An embed view page (embed/<chart>/<view>.html) was drawn with that view, the others with the default.
  const drawn = decodeViewState(root.dataset.viewQuery ?? '', decodeContext).state;
  const store = createDashboardStore({
    loader: bundledDatasets,
    initial: hydrate ? { ...drawn, locale } : { ...linked, locale },
    datasets,
  });
  const dashboardBase = page?.base ?? './';
  // The app's root address: a language switch moves to that language's page (./ or id/).
  const pages = page
    ? {
        root: new URL(page.base, window.location.href).href,
        chart: pageChart,
        share: CHART_IDS.find((chart) => chart === document.documentElement.dataset.share),
      }
    : undefined;
  const startSync = () => {
    if (route.kind === 'embed') {
      startUrlSync(store, {
        chart: route.chart,
        routeSearch: embedRouteSearch(route.chart, route.options, {
          chartInPath: pageChart !== undefined,
        }),
        pages,
      });
    } else if (route.kind === 'dashboard') {
      startUrlSync(store, { pages });
      startServiceWorker();
    }
  };
  let committed = false;
  const applyLink = () => {
    if (committed) return;
    committed = true;
    if (hydrate) store.setState({ ...linked, locale: store.getState().locale });
    startSync();
    // The boot script (src/boot/) hid charts a link redraws, and handled host messages until now.
    document.documentElement.removeAttribute('data-view-pending');
    document.documentElement.setAttribute('data-live', '');
    // Controls changed and a click on a control before the app was there (the boot script kept
    // them) are made now; keys pressed on a chart are taken by the chart when it comes alive
    // (KeyboardChart).
    replayEarlyChanges();
    replayEarlyClick();
  };
  const app = (
    <StrictMode>
      <StoreProvider store={store}>
        <Root onCommitted={applyLink}>
          {(applied) => (
            <WithMotion>
              {(animate) =>
                dashboard ? (
                  <dashboard.DashboardApp animate={animate} />
                ) : embed && route.kind === 'embed' ? (
                  <embed.EmbedApp
                    chart={route.chart}
                    options={applied ? route.options : undefined}
                    animate={animate}
                    dashboardBase={dashboardBase}
                  />
                ) : route.kind === 'embed-unknown' ? (
                  <Suspense fallback={null}>
                    <UnknownEmbed requested={route.requested} dashboardBase={dashboardBase} />
                  </Suspense>
                ) : null
              }
            </WithMotion>
          )}
        </Root>
      </StoreProvider>
    </StrictMode>
  );

  if (hydrate) {
    hydrateRoot(
      root,
      <StaticDrawingsContext.Provider value={readStaticDrawings(root)}>
        {app}
      </StaticDrawingsContext.Provider>,
    );
  } else {
    root.replaceChildren();
    root.removeAttribute('data-prerendered');
    createRoot(root).render(app);
  }
}

/**
 * When the app's own code cannot load even after retrying, the prerendered page would stay on
 * screen looking loaded but dead: say so, in the page's language, with a way out. In an embed the
 * notice changes the height, which the host page hears about (src/boot/, heightMessages.ts).
 */
function showLoadFailure(error: unknown) {
  console.error('The dashboard could not start', error);
  const locale = LOCALES.find((option) => option === document.documentElement.lang) ?? 'en';
  const notice = document.createElement('div');
  notice.className = 'load-failure';
  document.body.prepend(notice);
  createRoot(notice).render(<ReloadNotice t={createTranslator(locale)} />);
}

start().catch(showLoadFailure);
