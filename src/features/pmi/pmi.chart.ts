import type { ChartModel, LineChartModel } from '../../domain/chartModel.ts';
import { DEFAULT_VIEW_STATE } from '../../state/viewState.ts';
import type { ChartDrawing, DrawingModule } from '../charts/chartDefinition.ts';
import { defineChart, loadGlobbed } from '../charts/chartDefinition.ts';
import { PMI_HEIGHT, pmiPoints } from './pmiLayout.ts';
import { selectPmiModel, selectPmiRanges } from './pmi.selectors.ts';

/** A PMI model: the monthly index as a line, with its 50 line. */
export type PmiModel = ChartModel & LineChartModel;

/** PageUp/PageDown move a year at a time. */
const MONTHS_PER_PAGE = 12;

const LINE: ChartDrawing<PmiModel> = {
  name: 'PmiDrawing',
  className: 'chart--line',
  load: () => loadGlobbed(import.meta.glob<DrawingModule<PmiModel>>('./PmiDrawing.tsx')),
  height: () => PMI_HEIGHT,
};

/** Every range its buttons offer: the whole series, the latest five years and 12 months, each year. */
function ranges(dataset: Parameters<typeof selectPmiRanges>[0]) {
  return selectPmiRanges(dataset).map(({ from, to }) => ({ from, to }));
}

/** The manufacturing PMI by month, over the whole series or one year. */
export const pmiChart = defineChart<PmiModel, 'pmi'>({
  id: 'pmi',
  dataset: 'pmi',
  changeTables: ['pmi'],
  section: { id: 'pmi', heading: 'pmi.heading' },
  select(dataset, view, t) {
    const model = selectPmiModel(dataset, view.pmiRange, t, view.locale);
    return model?.kind === 'line' ? model : null;
  },
  // Each of the range buttons.
  neighbours: (dataset, view) => ranges(dataset).map((pmiRange) => ({ ...view, pmiRange })),
  reachableViews: (dataset) =>
    ranges(dataset).map((pmiRange) => ({ ...DEFAULT_VIEW_STATE, pmiRange })),
  publishedViews: () => [{ name: 'pmi', view: DEFAULT_VIEW_STATE }],
  drawing: () => LINE,
  // Arrow keys walk the months, PageUp/PageDown the years.
  keyboard: (model) => ({
    items: pmiPoints(model).map((point) => ({ id: point.x, description: point.description })),
    instructions: 'chart.keys.months',
    pageStep: MONTHS_PER_PAGE,
  }),
  panel: () =>
    loadGlobbed(import.meta.glob<typeof import('./PmiPanel.tsx')>('./PmiPanel.tsx')).then(
      (module) => ({ default: module.PmiPanel }),
    ),
});
