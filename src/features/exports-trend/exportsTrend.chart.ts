import type { BarChartModel, ChartModel } from '../../domain/chartModel.ts';
import { DEFAULT_VIEW_STATE } from '../../state/viewState.ts';
import type { ChartDrawing, DrawingModule } from '../charts/chartDefinition.ts';
import { defineChart, loadGlobbed } from '../charts/chartDefinition.ts';
import { selectExportsTrendModel } from './exportsTrend.selectors.ts';

/** An exports-by-year model: vertical bars, a year highlighted. */
export type ExportsTrendModel = ChartModel & BarChartModel;

/** Layout height of the exports-by-year chart (bars, values and two label lines under each year). */
export const TREND_HEIGHT = 260;

const BARS: ChartDrawing<ExportsTrendModel> = {
  name: 'ExportsTrendDrawing',
  className: 'chart--trend',
  load: () =>
    loadGlobbed(import.meta.glob<DrawingModule<ExportsTrendModel>>('./ExportsTrendDrawing.tsx')),
  height: () => TREND_HEIGHT,
};

/** Manufacturing exports by year, the period of the sector chart highlighted. */
export const exportsTrendChart = defineChart<ExportsTrendModel, 'exports'>({
  id: 'exports-trend',
  dataset: 'exports',
  changeTables: ['annual-totals', 'part-year-totals'],
  section: { id: 'trend', heading: 'trend.heading' },
  select(dataset, view, t) {
    const model = selectExportsTrendModel(dataset, { period: view.period }, t, view.locale);
    return model?.kind === 'bar' ? model : null;
  },
  // Another period highlighted (the sector chart's period control).
  neighbours: (dataset, view) => dataset.periods.map((other) => ({ ...view, period: other.id })),
  // Its one-chart links carry no view of their own: the default is the one view.
  reachableViews: () => [DEFAULT_VIEW_STATE],
  publishedViews: () => [{ name: 'exports-trend', view: DEFAULT_VIEW_STATE }],
  drawing: () => BARS,
  // Arrow keys walk the years.
  keyboard: (model) => ({
    items: model.bars.map((bar) => ({ id: bar.id, description: bar.description })),
    instructions: 'chart.keys.years',
  }),
  // The chunk's name is the panel's: the browser tests see which chart's code an embed loads.
  panel: () =>
    loadGlobbed(
      import.meta.glob<typeof import('./ExportsTrendPanel.tsx')>('./ExportsTrendPanel.tsx'),
    ).then((module) => ({ default: module.ExportsTrendPanel })),
});
