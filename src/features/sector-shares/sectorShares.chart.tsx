import type { BarChartModel, ChartModel } from '../../domain/chartModel.ts';
import { sliceClass } from '../../components/charts/palette.ts';
import { SECTOR_CHART_KINDS } from '../../domain/vocabulary.ts';
import { DEFAULT_VIEW_STATE } from '../../state/viewState.ts';
import type { ChartDrawing, DrawingModule } from '../charts/chartDefinition.ts';
import { defineChart, loadGlobbed } from '../charts/chartDefinition.ts';
import { DONUT_SIZE, sectorBarsHeight } from './sectorSharesLayout.ts';
import { selectPeriod, selectSectorSharesModel } from './sectorShares.selectors.ts';

/** A sector-shares model: bars (or a donut) of one period's sectors. */
export type SectorSharesModel = ChartModel & BarChartModel;

const BARS: ChartDrawing<SectorSharesModel> = {
  name: 'SectorSharesDrawing',
  className: 'chart--bars',
  load: () =>
    loadGlobbed(import.meta.glob<DrawingModule<SectorSharesModel>>('./SectorSharesDrawing.tsx')),
  height: (model) => sectorBarsHeight(model),
};

/**
 * Part of the whole: a donut with a labelled key beside it (slices too thin for direct labels),
 * so colour is never the only way to tell sectors apart.
 */
const DONUT: ChartDrawing<SectorSharesModel> = {
  name: 'DonutDrawing',
  className: 'chart--donut',
  load: () => loadGlobbed(import.meta.glob<DrawingModule<SectorSharesModel>>('./DonutDrawing.tsx')),
  height: () => DONUT_SIZE,
  fixedWidth: DONUT_SIZE,
  around: {
    className: 'donut',
    chartClassName: 'donut__chart',
    after: (model) => (
      <ul className="donut__key">
        {model.bars.map((slice, index) => (
          <li
            key={slice.id}
            className={slice.highlight ? 'donut__item donut__item--highlight' : 'donut__item'}
          >
            <span aria-hidden="true" className={`swatch ${sliceClass(index, slice.isRemainder)}`} />
            <span className="donut__label">{slice.label}</span>
            <span className="donut__value">{slice.valueLabel}</span>
          </li>
        ))}
      </ul>
    ),
  },
};

/** Exports by sector in one period: bars or a donut, a sector highlighted. */
export const sectorSharesChart = defineChart<SectorSharesModel, 'exports'>({
  id: 'sector-shares',
  dataset: 'exports',
  changeTables: ['periods', 'sector-exports'],
  section: { id: 'sectors', heading: 'sectors.heading' },
  select(dataset, view, t) {
    const model = selectSectorSharesModel(
      dataset,
      { period: view.period, sector: view.sector, kind: view.sectorChartKind },
      t,
      view.locale,
    );
    return model?.kind === 'bar' ? model : null;
  },
  // Another period, the other kind, another sector highlighted.
  neighbours(dataset, view, model) {
    return [
      ...dataset.periods.map((other) => ({ ...view, period: other.id })),
      { ...view, sectorChartKind: view.sectorChartKind === 'bar' ? 'donut' : 'bar' },
      ...model.bars.map((bar) => ({ ...view, sector: bar.id })),
    ];
  },
  // Each period × bars or donut × no sector or each of its sectors highlighted.
  reachableViews(dataset) {
    return dataset.periods.flatMap((period) =>
      SECTOR_CHART_KINDS.flatMap((sectorChartKind) =>
        [null, ...period.sectors.map((entry) => entry.sectorId)].map((sector) => ({
          ...DEFAULT_VIEW_STATE,
          period: period.id,
          sectorChartKind,
          sector,
        })),
      ),
    );
  },
  // The default, and each period's.
  publishedViews(dataset) {
    return [
      { name: 'sector-shares', view: DEFAULT_VIEW_STATE },
      ...dataset.periods.map((period) => ({
        name: `sector-shares-${period.id}`,
        view: { ...DEFAULT_VIEW_STATE, period: period.id },
      })),
    ];
  },
  downloadPeriod: (dataset, view) => selectPeriod(dataset, view.period)?.id,
  drawing: (model) => (model.presentation === 'donut' ? DONUT : BARS),
  // Arrow keys walk the sectors (from the highlighted one), Enter highlights one.
  keyboard(model) {
    const bars = model.bars;
    return {
      items: bars.map((bar) => ({
        id: bar.id,
        description: bar.description,
        selected: bar.highlight,
      })),
      instructions: 'chart.keys.sectors',
      initialIndex: Math.max(
        0,
        bars.findIndex((bar) => bar.highlight),
      ),
      selects: (index) => bars[index]?.id,
    };
  },
  panel: () =>
    loadGlobbed(
      import.meta.glob<typeof import('./SectorSharesPanel.tsx')>('./SectorSharesPanel.tsx'),
    ).then((module) => ({ default: module.SectorSharesPanel })),
});
