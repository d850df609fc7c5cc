import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId } from '../domain/chartModel.ts';
import { CHARTS } from '../features/charts/registry.ts';
import { encodeViewState } from '../state/urlState.ts';
import { VIEW_MODES } from '../domain/vocabulary.ts';
import type { ViewState } from '../state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../state/viewState.ts';
import { viewQuery, viewSlug } from './viewAddress.ts';

/** One view of an embed that the build draws into a page of its own. */
export interface EmbedView {
  /** The view's parameters as the embed dialog writes them, without framing (`period=2018&kind=donut`). */
  query: string;
  /** The page's file name in embed/<chart>/ (without `.html`). */
  slug: string;
  state: ViewState;
}

/**
 * Every view of a chart that the dashboard's controls can reach, and so every
 * view the embed dialog can write into an embed code, except the default one
 * (embed/<chart>.html draws that): each view its definition reaches
 * (reachableViews: for the sector chart each period × bars or donut × no sector
 * or each of its sectors highlighted; each PMI range button), as a chart or a table.
 */
function reachableViews(datasets: DatasetTypes, chart: ChartId): ViewState[] {
  const definition = CHARTS[chart];
  return definition.reachableViews(datasets[definition.dataset]).flatMap((fields) =>
    VIEW_MODES.map((mode) => ({
      ...DEFAULT_VIEW_STATE,
      ...fields,
      views: { ...DEFAULT_VIEW_STATE.views, [chart]: mode },
    })),
  );
}

/** The views of `chart` that get a prerendered embed page of their own, each once. */
export function embedViews(datasets: DatasetTypes, chart: ChartId): EmbedView[] {
  const found = new Map<string, EmbedView>();
  for (const state of reachableViews(datasets, chart)) {
    const query = viewQuery(encodeViewState(state, { chart }));
    if (query === '' || found.has(query)) continue;
    const slug = viewSlug(query);
    for (const other of found.values())
      if (other.slug === slug) throw new Error(`Two embed views share the page ${slug}.html`);
    found.set(query, { query, slug, state });
  }
  return [...found.values()];
}
