import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { createTranslator } from '../i18n/index.ts';
import type { ViewState } from '../state/viewState.ts';
import { selectExportsTrendModel } from './exports-trend/exportsTrend.selectors.ts';
import { selectPmiModel } from './pmi/pmi.selectors.ts';
import { selectSectorSharesModel } from './sector-shares/sectorShares.selectors.ts';

type ModelView = Pick<ViewState, 'period' | 'sector' | 'sectorChartKind' | 'pmiRange' | 'locale'>;

/**
 * One chart's model for a view, as its panel builds it, from the dataset it draws (null when that
 * dataset is not at hand or has nothing for the view).
 */
export function chartModelFor(
  chart: ChartId,
  datasets: Partial<Pick<DatasetTypes, 'exports' | 'pmi'>>,
  view: ModelView,
): ChartModel | null {
  const { locale } = view;
  const t = createTranslator(locale);
  switch (chart) {
    case 'sector-shares':
      return datasets.exports
        ? selectSectorSharesModel(
            datasets.exports,
            { period: view.period, sector: view.sector, kind: view.sectorChartKind },
            t,
            locale,
          )
        : null;
    case 'exports-trend':
      return datasets.exports
        ? selectExportsTrendModel(datasets.exports, { period: view.period }, t, locale)
        : null;
    case 'pmi':
      return datasets.pmi ? selectPmiModel(datasets.pmi, view.pmiRange, t, locale) : null;
  }
}

/** Every chart's model for a view, as the panels build them (used at build time and in tests). */
export function chartModelsFor(
  datasets: Pick<DatasetTypes, 'exports' | 'pmi'>,
  view: ModelView,
): Record<ChartId, ChartModel | null> {
  return {
    'sector-shares': chartModelFor('sector-shares', datasets, view),
    'exports-trend': chartModelFor('exports-trend', datasets, view),
    pmi: chartModelFor('pmi', datasets, view),
  };
}
