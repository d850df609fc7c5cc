import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { selectExportsTrendModel } from '../features/exports-trend/exportsTrend.selectors.ts';
import { selectPmiModel } from '../features/pmi/pmi.selectors.ts';
import { selectSectorSharesModel } from '../features/sector-shares/sectorShares.selectors.ts';
import { createTranslator } from '../i18n/index.ts';
import type { Locale, ViewState } from '../state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../state/viewState.ts';

/** A view's chart models, as the panels build them. */
export function modelsOf(
  datasets: DatasetTypes,
  locale: Locale,
  view: ViewState,
): Record<ChartId, ChartModel | null> {
  const t = createTranslator(locale);
  return {
    'sector-shares': selectSectorSharesModel(
      datasets.exports,
      { period: view.period, sector: view.sector, kind: view.sectorChartKind },
      t,
      locale,
    ),
    'exports-trend': selectExportsTrendModel(datasets.exports, { period: view.period }, t, locale),
    pmi: selectPmiModel(datasets.pmi, view.pmiRange, t, locale),
  };
}

/** The default view's chart models (what the dashboard page and the link previews show). */
export function defaultModels(
  datasets: DatasetTypes,
  locale: Locale,
): Record<ChartId, ChartModel | null> {
  return modelsOf(datasets, locale, DEFAULT_VIEW_STATE);
}
