import type { SmallMultiplePanel, SmallMultiplesChartModel } from '../../domain/chartModel.ts';
import { measureText, wrapText } from '../../components/charts/textWidth.ts';

/**
 * Geometry of the sectors-over-time small multiples: plain numbers, no React,
 * so the height is known before anything is drawn (ChartCanvas, image
 * downloads, the prerender) and the placement is testable.
 */

/** Two columns of panels from this layout width; one below it (a phone reads top-down). */
const TWO_COLUMNS_FROM = 760;
const COLUMN_GAP = 28;
const HEADING_FONT = 13;
const SMALL_FONT = 11;
const VALUE_FONT = 12;
/**
 * Three lines above each plot: the heading (two where a long name needs them:
 * "Industri bahan kimia dan barang dari bahan kimia" on a phone), then the other
 * names a sector carries, cut short with "…" where they do not fit (the notes give them whole).
 */
const HEADING_LINE = 16;
const HEADING_HEIGHT = 18;
const NAME_LINE = 14;
const NAME_LINES = 2;
/** Room above the plot for the part-years' heading over the highest point's value. */
const VALUE_ROOM = 30;
const PLOT_HEIGHT = 84;
/** Year labels; a part-year's months and year take two lines. */
const AXIS_HEIGHT = 30;
const PANEL_GAP = 22;
const AXIS_LABEL_WIDTH = 22;
const PART_ZONE_GAP = 14;
const PART_SLOT_MAX = 46;
const PART_SLOT_MIN = 34;

/** A third line under the part-years, where their months do not fit on one (a phone). */
const AXIS_LINE = 13;

export function sectorTrendColumns(width: number): number {
  return width >= TWO_COLUMNS_FROM ? 2 : 1;
}

interface PartSlots {
  slot: number;
  /** Each part-year's axis lines: its months (split at the dash where they do not fit), its year. */
  lines: string[][];
}

/** The part-years' strip: slot width and axis lines at a layout width. */
function partSlots(model: Pick<SmallMultiplesChartModel, 'partPeriods'>, width: number): PartSlots {
  const count = model.partPeriods.length;
  const columns = sectorTrendColumns(width);
  const plotWidth = (width - COLUMN_GAP * (columns - 1)) / columns - AXIS_LABEL_WIDTH;
  const slot =
    count === 0 ? 0 : Math.max(PART_SLOT_MIN, Math.min(PART_SLOT_MAX, (plotWidth * 0.34) / count));
  const lines = model.partPeriods.map((period) => {
    if (measureText(period.label, SMALL_FONT) <= slot - 4)
      return [period.label, period.secondaryLabel];
    const dash = period.label.indexOf('–');
    return dash < 0
      ? [period.label, period.secondaryLabel]
      : [period.label.slice(0, dash + 1), period.label.slice(dash + 1), period.secondaryLabel];
  });
  return { slot, lines };
}

/** A row of panels: heading, other names, the plot and its axis. */
function panelHeight(model: Pick<SmallMultiplesChartModel, 'partPeriods'>, width: number): number {
  const axisLines = Math.max(2, ...partSlots(model, width).lines.map((lines) => lines.length));
  return (
    HEADING_HEIGHT +
    NAME_LINE * NAME_LINES +
    VALUE_ROOM +
    PLOT_HEIGHT +
    AXIS_HEIGHT +
    (axisLines - 2) * AXIS_LINE +
    PANEL_GAP
  );
}

/** Layout height of the chart at a layout width: a fixed height per row of panels. */
export function sectorTrendHeight(
  model: Pick<SmallMultiplesChartModel, 'panels' | 'partPeriods'>,
  width: number,
): number {
  const rows = Math.ceil(model.panels.length / sectorTrendColumns(width));
  return Math.max(1, rows) * panelHeight(model, width);
}

/** A "nice" top of the shared scale (42 → 50) and its gridlines (0, 25, 50). */
export function sharedScale(max: number): { top: number; ticks: number[] } {
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(max, 1)));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s * 2 >= max) ?? max;
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + 1e-9; tick += step) ticks.push(tick);
  return { top, ticks };
}

export interface PlacedPoint {
  /** Index in keyboard order (sectorTrendMarks): the mark's data-key-index. */
  keyIndex: number;
  x: number;
  y: number;
  /** Draw the value above the point (always for the latest full year and each part-year). */
  labelled: boolean;
  latest: boolean;
}

export interface PlacedSegment {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Years without a figure between the two: drawn dotted. */
  dotted: boolean;
}

export interface PlacedPanel {
  panel: SmallMultiplePanel;
  x: number;
  y: number;
  width: number;
  /** Heading and other-name lines with their baselines. */
  headingLines: { text: string; y: number }[];
  nameLines: { text: string; y: number }[];
  plotTop: number;
  plotBottom: number;
  fullLeft: number;
  fullRight: number;
  partLeft: number;
  partRight: number;
  yearX: (year: number) => number;
  partX: (index: number) => number;
  valueY: (value: number) => number;
  points: PlacedPoint[];
  segments: PlacedSegment[];
  /** Full years named on the axis, where their labels fit. */
  yearLabels: number[];
  /** Each part-year's axis lines, in the order of the model's partPeriods. */
  partLabels: string[][];
  /** Bottom of the axis labels. */
  axisBottom: number;
}

/** Shown labels from a list in priority order, leaving out any that would touch one already shown. */
function fitting<T>(
  items: readonly T[],
  span: (item: T) => { left: number; right: number },
): Set<T> {
  const shown: { left: number; right: number }[] = [];
  const result = new Set<T>();
  for (const item of items) {
    const box = span(item);
    if (shown.some((other) => box.left < other.right + 4 && box.right > other.left - 4)) continue;
    shown.push(box);
    result.add(item);
  }
  return result;
}

/** At most `count` lines; the last one cut short with "…" where more did not fit. */
function clipLines(
  lines: readonly string[],
  count: number,
  width: number,
  font: number,
  bold: boolean,
): string[] {
  if (lines.length <= count) return [...lines];
  const kept = lines.slice(0, count);
  let last = `${kept.at(-1) ?? ''}…`;
  while (last.length > 1 && measureText(last, font, bold) > width)
    last = `${last.slice(0, -2).trimEnd()}…`;
  kept[kept.length - 1] = last;
  return kept;
}

/** Where every panel, point, line and label goes at a layout width. */
export function placeSectorTrend(model: SmallMultiplesChartModel, width: number): PlacedPanel[] {
  const columns = sectorTrendColumns(width);
  const panelWidth = (width - COLUMN_GAP * (columns - 1)) / columns;
  const { top } = sharedScale(model.max);
  const partCount = model.partPeriods.length;
  const plotWidth = panelWidth - AXIS_LABEL_WIDTH;
  const { slot: partSlot, lines: partLines } = partSlots(model, width);
  const rowHeight = panelHeight(model, width);
  const partWidth = partSlot * partCount;
  const fullWidth = plotWidth - (partCount > 0 ? partWidth + PART_ZONE_GAP : 0);
  const yearSlot = model.years.length > 0 ? fullWidth / model.years.length : 0;
  // The years any panel has a figure for, named on every panel's axis alike.
  const yearsWithData = [
    ...new Set(
      model.panels.flatMap((panel) =>
        panel.points.filter((point) => point.coverage === 'full-year').map((point) => point.year),
      ),
    ),
  ].sort((a, b) => a - b);
  let keyIndex = 0;
  return model.panels.map((panel, index) => {
    const x = (index % columns) * (panelWidth + COLUMN_GAP);
    const y = Math.floor(index / columns) * rowHeight;
    const heading = clipLines(
      wrapText(panel.label, panelWidth, HEADING_FONT, true),
      2,
      panelWidth,
      HEADING_FONT,
      true,
    );
    const names = clipLines(
      panel.secondaryLabel ? wrapText(panel.secondaryLabel, panelWidth, SMALL_FONT) : [],
      NAME_LINES + 1 - heading.length,
      panelWidth,
      SMALL_FONT,
      false,
    );
    const headingLines = heading.map((text, line) => ({ text, y: y + 13 + line * HEADING_LINE }));
    const namesTop = y + 13 + (heading.length - 1) * HEADING_LINE;
    const nameLines = names.map((text, line) => ({ text, y: namesTop + 16 + line * NAME_LINE }));
    const plotTop = y + HEADING_HEIGHT + NAME_LINE * NAME_LINES + VALUE_ROOM;
    const plotBottom = plotTop + PLOT_HEIGHT;
    const fullLeft = x + AXIS_LABEL_WIDTH;
    const fullRight = fullLeft + fullWidth;
    const partLeft = fullRight + (partCount > 0 ? PART_ZONE_GAP : 0);
    const partRight = partLeft + partWidth;
    const yearX = (year: number) => fullLeft + (model.years.indexOf(year) + 0.5) * yearSlot;
    const partX = (slot: number) => partLeft + (slot + 0.5) * partSlot;
    const valueY = (value: number) => plotBottom - (value / top) * PLOT_HEIGHT;
    const fullPoints = panel.points.filter((point) => point.coverage === 'full-year');
    const latestId = fullPoints.at(-1)?.id;
    const placed = panel.points.map((point) => {
      const slot = model.partPeriods.findIndex((period) => period.id === point.period);
      return {
        point,
        keyIndex: keyIndex++,
        x: point.coverage === 'full-year' ? yearX(point.year) : partX(Math.max(0, slot)),
        y: valueY(point.value),
        latest: point.id === latestId,
      };
    });
    // The latest full year is always labelled (the direct label), then the others back from it.
    const order = [
      ...placed.filter((p) => p.latest),
      ...placed.filter((p) => !p.latest && p.point.coverage === 'full-year').reverse(),
    ];
    const labelSpan = (p: (typeof placed)[number]) => {
      const half = measureText(p.point.valueLabel, VALUE_FONT, p.latest) / 2;
      return { left: p.x - half, right: p.x + half };
    };
    const shownFull = fitting(order, labelSpan);
    const points: PlacedPoint[] = placed.map((p) => ({
      keyIndex: p.keyIndex,
      x: p.x,
      y: p.y,
      latest: p.latest,
      labelled: p.point.coverage === 'partial' || shownFull.has(p),
    }));
    // Consecutive full years under the same name are joined; across missing years, dotted;
    // across a change of grouping, not at all.
    const segments: PlacedSegment[] = [];
    for (let i = 1; i < fullPoints.length; i++) {
      const before = fullPoints[i - 1]!;
      const after = fullPoints[i]!;
      if (before.sectorId !== after.sectorId) continue;
      segments.push({
        from: { x: yearX(before.year), y: valueY(before.value) },
        to: { x: yearX(after.year), y: valueY(after.value) },
        dotted: after.year - before.year > 1,
      });
    }
    const yearLabels = fitting([...yearsWithData].reverse(), (year) => {
      const half = measureText(String(year), SMALL_FONT) / 2;
      return { left: yearX(year) - half, right: yearX(year) + half };
    });
    return {
      panel,
      x,
      y,
      width: panelWidth,
      headingLines,
      nameLines,
      plotTop,
      plotBottom,
      fullLeft,
      fullRight,
      partLeft,
      partRight,
      yearX,
      partX,
      valueY,
      points,
      segments,
      yearLabels: yearsWithData.filter((year) => yearLabels.has(year)),
      partLabels: partLines,
      axisBottom: y + rowHeight - PANEL_GAP,
    };
  });
}

/** Fonts the drawing sets its labels in (chart.css sizes them the same). */
export const SECTOR_TREND_FONTS = { HEADING_FONT, SMALL_FONT, VALUE_FONT } as const;
