import type { ChartId } from '../domain/chartModel.ts';

export type Locale = 'en' | 'id';
export type Theme = 'light' | 'dark' | 'system';

/** Every language and theme, in the order the switches show them. */
export const LOCALES: readonly Locale[] = ['en', 'id'];
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
export type ViewMode = 'chart' | 'table';
export type SectorChartKind = 'bar' | 'donut';

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
