/** The words a view is described in, shared by the state, the URL, the charts and the embeds. */

/** A chart shown as a chart, or as the table of the numbers it plots. */
export type ViewMode = 'chart' | 'table';
export const VIEW_MODES: readonly ViewMode[] = ['chart', 'table'];

/** How the sector breakdown is drawn. */
export type SectorChartKind = 'bar' | 'donut';
export const SECTOR_CHART_KINDS: readonly SectorChartKind[] = ['bar', 'donut'];

export type Theme = 'light' | 'dark' | 'system';

/** Every theme, in the order the switches show them. */
export const THEMES: readonly Theme[] = ['system', 'light', 'dark'];
