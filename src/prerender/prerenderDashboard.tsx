import { renderToString } from 'react-dom/server';
import { DashboardApp } from '../app/DashboardApp.tsx';
import type { DataFileKey, DatasetId } from '../domain/bundle.ts';
import { buildDataset } from '../domain/bundle.ts';
import type { DatasetStates } from '../state/store.ts';
import { createDashboardStore } from '../state/store.ts';
import { StoreContext } from '../state/StoreContext.tsx';
import type { Locale } from '../state/viewState.ts';

/**
 * The dashboard's first view as static HTML, made at build time from data/
 * (scripts/prerenderPlugin.ts puts it in index.html): the page paints its
 * title, headline figures, chart frames, summaries and sources before any
 * JavaScript runs, with each chart's space reserved. The app then replaces
 * it (no hydration: the charts draw only in the browser).
 */
export function prerenderDashboard(texts: Record<DataFileKey, string>, locale: Locale): string {
  const datasets: Partial<DatasetStates> = {};
  for (const id of ['exports', 'pmi', 'context'] as const satisfies readonly DatasetId[]) {
    const result = buildDataset(id, texts);
    // A dataset that does not build is left to load (and explain itself) in the browser.
    if (result.ok)
      Object.assign(datasets, {
        [id]: { status: 'ready', data: result.data, issues: result.issues },
      });
  }
  const store = createDashboardStore({
    loader: () => Promise.reject(new Error('no loading while prerendering')),
    datasets,
    initial: { locale },
  });
  return renderToString(
    <StoreContext.Provider value={store}>
      <DashboardApp animate={false} prerender />
    </StoreContext.Provider>,
  );
}
