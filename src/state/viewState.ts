import type { ChartId } from '../domain/chartModel.ts';
import type { SectorChartKind, Theme, ViewMode } from '../domain/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';

/** Everything a permalink restores. */
export interface ViewState {
  /** Sector-breakdown period id from data/periods.csv, e.g. "2019". */
  period: string;
  /** Highlighted sector id, or null for the default (the largest). */
  sector: string | null;
  /** PMI months shown, inclusive, `YYYY-MM`. */
  pmiRange: { from: string; to: string };
  views: Record<ChartId, ViewMode>;
  sectorChartKind: SectorChartKind;
  locale: Locale;
  theme: Theme;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  period: '2019',
  sector: null,
  pmiRange: { from: '2018-01', to: '2021-12' },
  views: { 'sector-shares': 'chart', 'exports-trend': 'chart', pmi: 'chart' },
  sectorChartKind: 'bar',
  locale: 'en',
  theme: 'system',
};
