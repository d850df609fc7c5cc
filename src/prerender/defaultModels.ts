import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { chartModelsFor } from '../features/charts/chartModels.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ViewState } from '../state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../state/viewState.ts';

/** A view's chart models in a language, as the panels build them (features/charts/chartModels.ts). */
export function modelsOf(
  datasets: DatasetTypes,
  locale: Locale,
  view: ViewState,
): Record<ChartId, ChartModel | null> {
  return chartModelsFor(datasets, { ...view, locale });
}

/** The default view's chart models (what the dashboard page and the link previews show). */
export function defaultModels(
  datasets: DatasetTypes,
  locale: Locale,
): Record<ChartId, ChartModel | null> {
  return modelsOf(datasets, locale, DEFAULT_VIEW_STATE);
}
