import type { ChartId } from '../domain/chartModel.ts';

/** The dashboard section (and URL fragment) each chart sits in. */
export const CHART_SECTION_IDS: Record<ChartId, string> = {
  'sector-shares': 'sectors',
  'exports-trend': 'trend',
  pmi: 'pmi',
};
