import type { ChartId } from '../domain/chartModel.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import type { SectorChartKind, Theme, ViewMode } from '../domain/vocabulary.ts';
import type { Locale } from '../i18n/locales.ts';

/** Everything a permalink restores. */
export interface ViewState {
  /** Sector-breakdown period id from data/periods.csv, e.g. "2019". */
  period: string;
  /** Highlighted sector id, or null for the default (the largest). */
  sector: string | null;
  /** PMI months shown, inclusive, `YYYY-MM`; WHOLE_SERIES for every month. */
  pmiRange: { from: string; to: string };
  views: Record<ChartId, ViewMode>;
  sectorChartKind: SectorChartKind;
  locale: Locale;
  theme: Theme;
  /**
   * The data version a shared link or embed was made with (data/versions.csv), or null for a
   * view that names none: opened after the data changed, the page says what changed since.
   */
  dataVersion: number | null;
}

/**
 * The PMI's whole series, however far it reaches: the default, so a link made
 * without a range shows every month the data has when it is opened.
 */
export const WHOLE_SERIES: Readonly<{ from: string; to: string }> = { from: '', to: '' };

export function isWholeSeries(range: { from: string; to: string }): boolean {
  return range.from === WHOLE_SERIES.from && range.to === WHOLE_SERIES.to;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  period: '2019',
  sector: null,
  pmiRange: WHOLE_SERIES,
  views: Object.fromEntries(CHART_IDS.map((chart) => [chart, 'chart'])) as Record<
    ChartId,
    ViewMode
  >,
  sectorChartKind: 'bar',
  locale: 'en',
  theme: 'system',
  dataVersion: null,
};
