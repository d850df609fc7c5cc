import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { createTranslator } from '../i18n/index.ts';
import type { ViewState } from '../state/viewState.ts';
import { selectExportsTrendModel } from './exports-trend/exportsTrend.selectors.ts';
import { selectPmiModel } from './pmi/pmi.selectors.ts';
import { selectSectorSharesModel } from './sector-shares/sectorShares.selectors.ts';

/** Every chart's model for a view, as the panels build them (used at build time and in tests). */
export function chartModelsFor(
  datasets: Pick<DatasetTypes, 'exports' | 'pmi'>,
  view: Pick<ViewState, 'period' | 'sector' | 'sectorChartKind' | 'pmiRange' | 'locale'>,
): Record<ChartId, ChartModel | null> {
  const { locale } = view;
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
