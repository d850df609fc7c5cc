import type { DatasetTypes } from '../../domain/bundle.ts';
import type { ChartId, ChartModel } from '../../domain/chartModel.ts';
import { CHART_IDS } from '../../domain/chartModel.ts';
import { createTranslator } from '../../i18n/index.ts';
import type { ChartView } from './chartDefinition.ts';
import { CHARTS } from './registry.ts';

/**
 * One chart's model for a view, as its panel builds it, from the dataset it draws (null when that
 * dataset is not at hand or has nothing for the view).
 */
export function chartModelFor(
  chart: ChartId,
  datasets: Partial<Pick<DatasetTypes, 'exports' | 'pmi'>>,
  view: ChartView,
): ChartModel | null {
  const definition = CHARTS[chart];
  const dataset = datasets[definition.dataset];
  return dataset ? definition.select(dataset, view, createTranslator(view.locale)) : null;
}

/** Every chart's model for a view, as the panels build them (used at build time and in tests). */
export function chartModelsFor(
  datasets: Pick<DatasetTypes, 'exports' | 'pmi'>,
  view: ChartView,
): Record<ChartId, ChartModel | null> {
  return Object.fromEntries(
    CHART_IDS.map((chart) => [chart, chartModelFor(chart, datasets, view)]),
  ) as Record<ChartId, ChartModel | null>;
}
