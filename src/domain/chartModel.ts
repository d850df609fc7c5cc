/**
 * The chart model: plain data, no React, no DOM. Selectors build it from a
 * dataset and the view state; Recharts draws it on screen, and the static SVG
 * renderer (image downloads, prerendering) draws the same model, so a chart
 * looks the same everywhere.
 */
import type { Source } from './sources.ts';
import type { VintageStatus } from './tables.ts';

/**
 * Every chart, in the dashboard's order, with the view fields its one-chart links (embeds,
 * "share this chart") carry besides language, theme and its own view mode. The layers below
 * features/ (the state, the URL codec, the components) name charts by these ids and may not read
 * the chart definitions (features/charts/registry.ts), which hold everything else about a chart.
 */
export const CHART_LINK_FIELDS = {
  'sector-shares': ['period', 'sector', 'sectorChartKind'],
  'exports-trend': [],
  pmi: ['pmiRange'],
} as const satisfies Record<string, readonly string[]>;

export type ChartId = keyof typeof CHART_LINK_FIELDS;
export const CHART_IDS = Object.keys(CHART_LINK_FIELDS) as readonly ChartId[];

/** What the frame prints around every chart (dashboard, embed, image export). */
export interface ChartText {
  title: string;
  subtitle: string;
  /** "Source: …" line, already translated. */
  source: string;
  /** "Data as released …" line, already translated. */
  vintage: string;
  notes: string[];
  /** Plain-language summary: the chart's accessible description and the image alt text. */
  summary: string;
}

export interface BarDatum {
  id: string;
  label: string;
  value: number;
  /** The value as printed at the end of the bar, e.g. "21.46%" or "≈ 13". */
  valueLabel: string;
  /** Longer text for tooltips and screen readers. */
  description: string;
  derived: boolean;
  /** The accent bar; the rest are muted. */
  highlight: boolean;
  /** A remainder ("all other sectors") is drawn muted and last. */
  isRemainder?: boolean;
  /** A second, smaller line under the category label (e.g. a year's share of national exports). */
  secondaryLabel?: string;
}

export interface BarChartModel {
  kind: 'bar';
  /** horizontal: categories down the side (sector shares); vertical: categories along the bottom (years). */
  orientation: 'horizontal' | 'vertical';
  bars: BarDatum[];
  /** Upper end of the value axis. */
  max: number;
  unitLabel: string;
  /** Parts of a whole may be drawn as a donut instead of bars (the sector chart's "Donut" view). */
  presentation?: 'bars' | 'donut';
  /**
   * Categories that are years with years missing between them: the chart
   * draws a visible break there (2015 ⫽ 2018), so bars at even steps do not
   * read as consecutive years. `afterId` is the bar the break follows.
   */
  breaks?: { afterId: string; label: string }[];
}

export interface LinePoint {
  /** `YYYY-MM` */
  x: string;
  xLabel: string;
  y: number;
  yLabel: string;
}

export interface LineChartModel {
  kind: 'line';
  points: LinePoint[];
  yDomain: [number, number];
  xTicks: { x: string; label: string }[];
  /** A reference line (the PMI's 50), not a series. */
  reference?: { y: number; label: string; aboveLabel: string; belowLabel: string };
  annotations: { x: string; y: number; label: string }[];
  unitLabel: string;
}

/**
 * One observation in a small multiple: a sector's value in one period, under
 * the name its source gives. Full years sit on a shared year axis; part-years
 * are drawn apart from them (never as a full year).
 */
export interface SmallMultiplePoint {
  /** Stable and unique in the chart: `period/sector` (the key of sector-exports.csv). */
  id: string;
  period: string;
  coverage: 'full-year' | 'partial';
  /** The year of a full year; the year a part-year falls in. */
  year: number;
  /** Axis label: "2019", or the part-year's months ("Jan–Jun"). */
  label: string;
  /** Second axis line of a part-year: its year. */
  secondaryLabel?: string;
  value: number;
  /** As printed by the point: "27.16", "≈ 13". */
  valueLabel: string;
  /** Tooltip and screen-reader text: period, name as the source gives it, value, status. */
  description: string;
  derived: boolean;
  /** The sector as this period's source names it (a panel may hold several names). */
  sectorId: string;
  sectorLabel: string;
}

/** One panel of small multiples: a sector over time, perhaps under more than one name. */
export interface SmallMultiplePanel {
  id: string;
  /** The panel's heading: the name of its latest figure. */
  label: string;
  /** The other names its figures carry, with their periods ("as Food: 2019, Jan–Jun 2019"). */
  secondaryLabel?: string;
  highlight: boolean;
  /** Full years in order, then part-years in order. */
  points: SmallMultiplePoint[];
}

/**
 * Small multiples on one shared value scale: one panel per series (sectors
 * over time), full years along a shared year axis, part-years in a strip of
 * their own beside them.
 */
export interface SmallMultiplesChartModel {
  kind: 'small-multiples';
  panels: SmallMultiplePanel[];
  /** The full years of the axis, every year from the first to the last (gaps included). */
  years: number[];
  /** The part-years' slots, in order: the same in every panel. */
  partPeriods: { id: string; label: string; secondaryLabel: string }[];
  /** Upper end of the shared value axis. */
  max: number;
  unitLabel: string;
  /** Heading of the part-year strip ("Part-years"). */
  partYearsLabel: string;
}

export type TableCell = string | number | null;

export interface TableColumn {
  /** Machine header for CSV (stable, English, snake_case). */
  id: string;
  /** Translated header for people. */
  label: string;
  kind: 'text' | 'number' | 'month';
  /** Decimal places to show for numbers (per row when `decimalsByRow` is given). */
  decimals?: number;
}

/** Exactly the numbers the chart plots, one click away (and in the CSV downloads). */
export interface TableModel {
  columns: TableColumn[];
  rows: TableCell[][];
  /** Per-row decimals for number columns, where precision differs by row (stated vs derived). */
  decimalsByRow?: (number | undefined)[][];
  /**
   * Per-row ranges for number cells a single number would overstate (a share
   * derived from "9" billion): people read "9–10"; machine CSV keeps the number.
   */
  rangesByRow?: ({ low: number; high: number } | null | undefined)[][];
  /** Each row's own source and release date, for the CSV's source column, where rows differ. */
  rowSources?: string[];
}

/** One printing of a figure: the value the chart draws, or one kept in data/vintages.csv. */
export interface Printing {
  value: number;
  decimals: number;
  /** `current` for the value the chart draws. */
  status: 'current' | VintageStatus;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; '' when the copy prints no date. */
  published: string;
  publisher: string;
  /** The publisher is described in English (vintages.csv's own words), not in the page's language. */
  publisherInEnglish: boolean;
  /** Where it was read ('' when not known). */
  url: string;
  /** The phrase that prints it, in the source's own language ('' when not kept). */
  quote: string;
}

/** A figure printed more than once, with every printing, current first: what the "revised" mark opens. */
export interface FigureHistoryModel {
  /** Machine key, e.g. `2019`. */
  key: string;
  /** For people, e.g. "2019". */
  label: string;
  /** A release printed another value (not only other outlets' copies, or an estimate). */
  revised: boolean;
  printings: Printing[];
}

export type ChartModel = (BarChartModel | LineChartModel) & {
  id: ChartId;
  text: ChartText;
  table: TableModel;
  /**
   * The sources of the figures the chart shows (rows of data/sources.csv),
   * for its citation; absent for a reader's own data.
   */
  sources?: readonly Source[];
  /** The figures drawn that were printed more than once, each with every printing. */
  history?: readonly FigureHistoryModel[];
};
