import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { DashboardApp } from '../app/DashboardApp.tsx';
import { EmbedApp } from '../app/EmbedApp.tsx';
import { LAYOUT_WIDTHS } from '../components/charts/chartLayout.ts';
import { renderDrawingMarkup } from '../components/charts/renderDrawing.ts';
import type { StaticDrawings } from '../components/charts/staticDrawings.ts';
import { StaticDrawingsContext } from '../components/charts/staticDrawings.ts';
import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { chartDrawing } from '../features/charts/chartDrawings.tsx';
import { loadChartPanels } from '../features/charts/ChartPanel.tsx';
import { CHARTS } from '../features/charts/registry.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import { createTranslator } from '../i18n/index.ts';
import { modelsOf } from './defaultModels.ts';
import { StoreProvider } from '../state/StoreContext.tsx';
import { createDashboardStore } from '../state/store.ts';
import type { Locale } from '../i18n/locales.ts';
import { DEFAULT_VIEW_STATE } from '../state/viewState.ts';
import { drawingSignature } from '../components/charts/staticDrawings.ts';
import type { EmbedView } from './embedViews.ts';

/**
 * A page the build writes: the dashboard, or one chart for an iframe, in one
 * language; an embed page draws the default view, or `view` (embedViews.ts).
 */
export type PageKind = { locale: Locale } & (
  { kind: 'dashboard' } | { kind: 'embed'; chart: ChartId; view?: EmbedView }
);

/** …and the way from that page back to the app's root (`./`, `../`, `../../`). */
export type PageSpec = PageKind & { base: string };

export interface PrerenderedPage {
  /** The markup inside #root. */
  markup: string;
  title: string;
  description: string;
}

/**
 * The chart drawings of the default view at every layout width, drawn by the
 * same Recharts components as the live charts (rendered in jsdom with
 * createRoot: react-dom/server draws no Recharts chart).
 */
async function drawIslands(models: Record<ChartId, ChartModel | null>, charts: readonly ChartId[]) {
  const islands: Partial<Record<ChartId, string>> = {};
  for (const chart of charts) {
    const model = models[chart];
    if (!model) continue;
    // Many embed views share a chart model (a table view of the same period, say): draw it once.
    const key = drawingSignature(model);
    let markup = drawn.get(key);
    if (markup === undefined) {
      const layouts: string[] = [];
      if (CHARTS[model.id].drawing(model).fixedWidth !== undefined) {
        // One size at every width (scaled down where the column is narrower).
        const svg = await renderDrawingMarkup(
          (await chartDrawing(model, LAYOUT_WIDTHS[0], { interactive: true })).element,
        );
        layouts.push(`<div class="chart-layout chart-layout--fixed">${svg}</div>`);
      } else {
        for (const width of LAYOUT_WIDTHS) {
          const svg = await renderDrawingMarkup(
            (await chartDrawing(model, width, { interactive: true })).element,
          );
          layouts.push(`<div class="chart-layout" data-width="${width}">${svg}</div>`);
        }
      }
      markup = layouts.join('');
      drawn.set(key, markup);
    }
    islands[chart] = markup;
  }
  return islands;
}

/** The islands drawn so far in this build, by the signature of their whole model. */
const drawn = new Map<string, string>();

/**
 * One page's first view as HTML, made at build time from the built datasets
 * (build/prerender/prerenderPlugin.ts writes it into the page). The browser hydrates
 * it: the live app adopts this markup rather than replacing it, and each
 * chart keeps its prerendered drawing until it comes near or is used.
 */
export async function prerenderPage(
  datasets: DatasetTypes,
  page: PageSpec,
): Promise<PrerenderedPage> {
  const view = (page.kind === 'embed' ? page.view?.state : undefined) ?? DEFAULT_VIEW_STATE;
  const store = createDashboardStore({
    loader: () => Promise.reject(new Error('no loading while prerendering')),
    datasets: {
      exports: { status: 'ready', data: datasets.exports, issues: [] },
      pmi: { status: 'ready', data: datasets.pmi, issues: [] },
      context: { status: 'ready', data: datasets.context, issues: [] },
      changes: { status: 'ready', data: datasets.changes, issues: [] },
    },
    initial: { ...view, locale: page.locale },
  });
  const models = modelsOf(datasets, page.locale, view);
  // The panels as the browser has them when it hydrates the page: loaded (ChartPanel.tsx).
  await loadChartPanels(page.kind === 'dashboard' ? CHART_IDS : [page.chart]);
  // A chart shown as a table has no drawing to prerender.
  const charts = (
    page.kind === 'dashboard' ? (Object.keys(models) as ChartId[]) : [page.chart]
  ).filter((chart) => view.views[chart] === 'chart');
  const islands = await drawIslands(models, charts);
  // The build draws what the component asks for: the island carries the component's own signature.
  const drawings: StaticDrawings = (chart, signature) => {
    const markup = islands[chart];
    return markup === undefined ? undefined : { signature, markup };
  };
  const app = (
    <StrictMode>
      <StaticDrawingsContext.Provider value={drawings}>
        <StoreProvider store={store}>
          {page.kind === 'dashboard' ? (
            <DashboardApp animate={false} />
          ) : (
            <EmbedApp chart={page.chart} animate={false} dashboardBase={page.base} />
          )}
        </StoreProvider>
      </StaticDrawingsContext.Provider>
    </StrictMode>
  );
  // Links from the page to the app's root (the footer's) start from the page's depth, as in the
  // built page's data-base.
  document.documentElement.setAttribute('data-base', page.base);
  // React's static prerender waits for every lazily loaded panel: one render, the page complete.
  // Boundaries stay inline (not streamed as hidden segments and swapped in by a script, which
  // React does for large ones): the page is plain HTML that paints with no script.
  const { prelude } = await prerender(app, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const markup = await new Response(prelude).text();
  // A boundary still showing its fallback would paint "Loading" and then be drawn anew.
  if (/<!--\$[?!]-->/.test(markup))
    throw new Error(
      `A lazily loaded part did not load: ${markup.slice(Math.max(0, markup.search(/<!--\$[?!]-->/) - 300), markup.search(/<!--\$[?!]-->/) + 300)}`,
    );
  const t = createTranslator(page.locale);
  const model = page.kind === 'embed' ? models[page.chart] : null;
  return {
    markup,
    title: model ? `${model.text.title} · ${t('app.title')}` : t('app.title'),
    description: model ? model.text.summary : t('app.lede'),
  };
}
