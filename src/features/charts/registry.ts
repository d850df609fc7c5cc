/**
 * Every chart, by id: the one map every surface asks (after OWID Grapher's ChartTypeMap).
 * Adding a chart is a folder with its definition and one line here (and its id, with the view
 * fields its links carry, in CHART_LINK_FIELDS, which the layers below features/ read).
 */
import type { ChartId } from '../../domain/chartModel.ts';
import { exportsTrendChart } from '../exports-trend/exportsTrend.chart.ts';
import { pmiChart } from '../pmi/pmi.chart.ts';
import { sectorSharesChart } from '../sector-shares/sectorShares.chart.tsx';
import type { ChartDefinition } from './chartDefinition.ts';

export const CHARTS: { readonly [Id in ChartId]: ChartDefinition } = {
  'sector-shares': sectorSharesChart,
  'exports-trend': exportsTrendChart,
  pmi: pmiChart,
};
