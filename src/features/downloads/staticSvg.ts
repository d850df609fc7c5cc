/**
 * A static SVG of a whole chart frame (title, subtitle, chart, notes,
 * source, vintage, dashboard name) drawn from the same ChartModel as the
 * on-screen chart, as OWID Grapher's static rasterizer does. Pure: a string
 * out, no DOM, so it runs in node (prerendering, tests) and in a worker.
 *
 * The output is standalone: system fonts, no images, fonts, scripts or
 * external references (the only `url(…)` is the in-file hatch pattern), so
 * it opens the same in a browser, Inkscape or a slide deck and converts to
 * PNG through an <img> without tainting the canvas.
 */
import type {
  BarChartModel,
  BarDatum,
  ChartModel,
  LineChartModel,
} from '../../domain/chartModel.ts';
import type { ChartPalette, ChartTheme } from './palette.ts';
import { CHART_FONT_STACK, CHART_PALETTES } from './palette.ts';
import { measureText, wrapText } from './textMetrics.ts';

export interface StaticSvgOptions {
  /** Width in CSS pixels; clamped to 280…4000. */
  width: number;
  theme: ChartTheme;
  /** Printed at the bottom, e.g. "Indonesia manufacturing exports dashboard". */
  dashboardName: string;
  /** BCP 47 tag of the text, e.g. 'en' or 'id'; sets `xml:lang` and the axis number format. */
  locale: string;
}

export interface StaticSvg {
  svg: string;
  width: number;
  height: number;
}

export const STATIC_SVG_MIN_WIDTH = 280;
export const STATIC_SVG_MAX_WIDTH = 4000;
const DEFAULT_WIDTH = 640;
/** About 70–90 characters: text wider than this is hard to read, however wide the image. */
const MAX_TEXT_MEASURE = 720;

// ---------------------------------------------------------------- markup helpers

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML content and attribute values; characters XML cannot hold (controls, lone surrogates) are dropped. */
export function escapeXml(text: string): string {
  let clean = '';
  // for…of walks code points, so a lone surrogate arrives on its own and is dropped.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) clean += char;
  return clean.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

/** Coordinates with at most two decimals; never NaN or -0 in the output. */
function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

type Attrs = Record<string, string | number | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`,
    )
    .join('');
}

function element(name: string, values: Attrs, children?: string): string {
  return children === undefined
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children}</${name}>`;
}

interface TextStyle {
  size: number;
  fill: string;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** Line pitch in px; 1.3 × size by default. */
  lineHeight?: number;
  className?: string;
}

function lineHeightOf(style: TextStyle): number {
  return style.lineHeight ?? Math.round(style.size * 1.3);
}

/** Lines of text as one <text> (a <tspan> per line) whose first line box starts at `top`. */
function textBlock(lines: readonly string[], x: number, top: number, style: TextStyle): string {
  if (lines.length === 0) return '';
  const lineHeight = lineHeightOf(style);
  // Baseline of a line box: half the leading, then the ascent (about 0.8 em for system fonts).
  const baseline = top + (lineHeight - style.size) / 2 + style.size * 0.8;
  const content =
    lines.length === 1
      ? escapeXml(lines[0] ?? '')
      : lines
          .map((line, index) =>
            element('tspan', { x, dy: index === 0 ? 0 : lineHeight }, escapeXml(line)),
          )
          .join('');
  return element(
    'text',
    {
      class: style.className,
      x,
      y: baseline,
      'font-size': style.size,
      'font-weight': style.bold ? 700 : undefined,
      'text-anchor': style.anchor && style.anchor !== 'start' ? style.anchor : undefined,
      fill: style.fill,
    },
    content,
  );
}

function blockHeight(lines: readonly string[], style: TextStyle): number {
  return lines.length * lineHeightOf(style);
}

function widest(texts: readonly string[], size: number, bold = false): number {
  return texts.reduce((max, text) => Math.max(max, measureText(text, size, bold)), 0);
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

// ---------------------------------------------------------------- chart blocks

interface Frame {
  palette: ChartPalette;
  /** Left edge and width of the content area. */
  left: number;
  width: number;
  idPrefix: string;
  locale: string;
}

interface Block {
  markup: string;
  defs: string;
  height: number;
}

const EMPTY_BLOCK: Block = { markup: '', defs: '', height: 0 };

const UNIT_STYLE = (palette: ChartPalette): TextStyle => ({
  size: 12,
  fill: palette.secondaryText,
});

function unitLine(
  unitLabel: string,
  frame: Frame,
  x: number,
  top: number,
): { markup: string; height: number } {
  if (unitLabel.trim() === '') return { markup: '', height: 0 };
  const style = UNIT_STYLE(frame.palette);
  const lines = wrapText(unitLabel, frame.left + frame.width - x, style.size);
  return {
    markup: textBlock(lines, x, top, { ...style, className: 'unit' }),
    height: blockHeight(lines, style) + 6,
  };
}

/** Diagonal stripes of the background over a bar: "derived, not stated", visible in greyscale too. */
function hatchPattern(frame: Frame): string {
  return element(
    'pattern',
    {
      id: `${frame.idPrefix}-hatch`,
      width: 6,
      height: 6,
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    },
    element('rect', {
      width: 2.5,
      height: 6,
      fill: frame.palette.background,
      'fill-opacity': 0.75,
    }),
  );
}

function barFill(bar: BarDatum, palette: ChartPalette): string {
  if (bar.highlight) return palette.accent;
  return bar.isRemainder ? palette.remainder : palette.muted;
}

function barRect(
  bar: BarDatum,
  x: number,
  y: number,
  width: number,
  height: number,
  frame: Frame,
): string {
  const rect = element('rect', {
    class: bar.derived ? 'bar derived' : 'bar',
    'data-id': bar.id,
    x,
    y,
    width: Math.max(0, width),
    height: Math.max(0, height),
    fill: barFill(bar, frame.palette),
    'fill-opacity': bar.derived && !bar.isRemainder ? 0.65 : undefined,
    // The remainder's fill is faint by design; its outline carries the contrast.
    stroke: bar.isRemainder && !bar.highlight ? frame.palette.remainderStroke : undefined,
    'stroke-width': bar.isRemainder && !bar.highlight ? 1 : undefined,
  });
  if (!bar.derived || width <= 0 || height <= 0) return rect;
  const hatch = element('rect', {
    class: 'hatch',
    x,
    y,
    width,
    height,
    fill: `url(#${frame.idPrefix}-hatch)`,
  });
  return rect + hatch;
}

/** Named categories in model order, the remainder ("all other sectors") last. */
function orderedBars(bars: readonly BarDatum[]): BarDatum[] {
  return [...bars.filter((bar) => !bar.isRemainder), ...bars.filter((bar) => bar.isRemainder)];
}

function barScaleMax(model: BarChartModel): number {
  const values = model.bars.map((bar) => finiteOr(bar.value, 0));
  const max = Math.max(finiteOr(model.max, 0), ...values);
  return max > 0 ? max : 1;
}

function drawHorizontalBars(model: BarChartModel, frame: Frame, top: number): Block {
  const bars = orderedBars(model.bars);
  if (bars.length === 0) return EMPTY_BLOCK;
  const { palette } = frame;
  const labelStyle: TextStyle = { size: 13, fill: palette.text, lineHeight: 17 };
  const secondaryStyle: TextStyle = { size: 11.5, fill: palette.secondaryText, lineHeight: 15 };
  const valueStyle: TextStyle = { size: 13, fill: palette.text, lineHeight: 17 };
  const barHeight = 20;
  const rowGap = 10;
  const labelGap = 12;
  const valueGap = 6;
  // Narrow images put each label above its bar instead of in a column beside it.
  const stacked = frame.width < 380;

  const longestLabel = widest(
    bars.map((bar) => bar.label),
    labelStyle.size,
    true,
  );
  const labelColumn = stacked
    ? 0
    : clamp(Math.ceil(longestLabel), 48, frame.width * 0.36) + labelGap;
  const available = frame.width - labelColumn;
  const longestValue = widest(
    bars.map((bar) => bar.valueLabel),
    valueStyle.size,
    true,
  );
  const valueReserve = Math.min(Math.ceil(longestValue) + valueGap + 2, available * 0.6);
  const barSpace = Math.max(1, available - valueReserve);
  const barLeft = frame.left + labelColumn;
  const scaleMax = barScaleMax(model);

  const unit = unitLine(model.unitLabel, frame, barLeft, top);
  let y = top + unit.height;
  const plotTop = y;
  const parts: string[] = [unit.markup];
  for (const bar of bars) {
    const labelWidth = stacked ? frame.width : labelColumn - labelGap;
    const labelLines = wrapText(bar.label, labelWidth, labelStyle.size, bar.highlight);
    const secondaryLines = wrapText(bar.secondaryLabel ?? '', labelWidth, secondaryStyle.size);
    const valueLines = wrapText(
      bar.valueLabel,
      valueReserve - valueGap,
      valueStyle.size,
      bar.highlight,
    );
    const labelHeight =
      blockHeight(labelLines, labelStyle) + blockHeight(secondaryLines, secondaryStyle);
    const valueHeight = blockHeight(valueLines, valueStyle);
    const barWidth = (clamp(finiteOr(bar.value, 0), 0, scaleMax) / scaleMax) * barSpace;
    const bold = bar.highlight;

    let barTop: number;
    let rowHeight: number;
    if (stacked) {
      parts.push(
        textBlock(labelLines, frame.left, y, { ...labelStyle, bold, className: 'bar-label' }),
        textBlock(secondaryLines, frame.left, y + blockHeight(labelLines, labelStyle), {
          ...secondaryStyle,
          className: 'bar-secondary-label',
        }),
      );
      const band = Math.max(barHeight, valueHeight);
      barTop = y + labelHeight + 2 + (band - barHeight) / 2;
      rowHeight = labelHeight + 2 + band + rowGap;
    } else {
      const band = Math.max(barHeight, labelHeight, valueHeight);
      barTop = y + (band - barHeight) / 2;
      const labelTop = y + (band - labelHeight) / 2;
      parts.push(
        textBlock(labelLines, barLeft - labelGap, labelTop, {
          ...labelStyle,
          bold,
          anchor: 'end',
          className: 'bar-label',
        }),
        textBlock(
          secondaryLines,
          barLeft - labelGap,
          labelTop + blockHeight(labelLines, labelStyle),
          {
            ...secondaryStyle,
            anchor: 'end',
            className: 'bar-secondary-label',
          },
        ),
      );
      rowHeight = band + rowGap;
    }
    parts.push(barRect(bar, barLeft, barTop, barWidth, barHeight, frame));
    const barMiddle = barTop + barHeight / 2;
    parts.push(
      textBlock(valueLines, barLeft + barWidth + valueGap, barMiddle - valueHeight / 2, {
        ...valueStyle,
        bold,
        className: 'value-label',
      }),
    );
    y += rowHeight;
  }
  const plotBottom = y - rowGap;
  parts.push(
    element('line', {
      class: 'axis',
      x1: barLeft,
      y1: plotTop,
      x2: barLeft,
      y2: plotBottom,
      stroke: palette.axis,
      'stroke-width': 1,
    }),
  );
  const defs = bars.some((bar) => bar.derived) ? hatchPattern(frame) : '';
  return { markup: parts.join(''), defs, height: plotBottom - top };
}

function drawVerticalBars(model: BarChartModel, frame: Frame, top: number): Block {
  const bars = orderedBars(model.bars);
  if (bars.length === 0) return EMPTY_BLOCK;
  const { palette } = frame;
  const labelStyle: TextStyle = {
    size: 12.5,
    fill: palette.text,
    lineHeight: 16,
    anchor: 'middle',
  };
  const secondaryStyle: TextStyle = {
    size: 11.5,
    fill: palette.secondaryText,
    lineHeight: 15,
    anchor: 'middle',
  };
  const valueStyle: TextStyle = {
    size: 12.5,
    fill: palette.text,
    lineHeight: 16,
    anchor: 'middle',
  };
  const band = frame.width / bars.length;
  const barWidth = Math.min(band * 0.62, 72);
  const textWidth = Math.max(8, band - 6);
  const scaleMax = barScaleMax(model);

  const unit = unitLine(model.unitLabel, frame, frame.left, top);
  const labelLines = bars.map((bar) =>
    wrapText(bar.label, textWidth, labelStyle.size, bar.highlight),
  );
  const valueLines = bars.map((bar) =>
    wrapText(bar.valueLabel, textWidth, valueStyle.size, bar.highlight),
  );
  const valueBlock = Math.max(...valueLines.map((lines) => blockHeight(lines, valueStyle))) + 4;
  const secondaryLines = bars.map((bar) =>
    wrapText(bar.secondaryLabel ?? '', textWidth, secondaryStyle.size),
  );
  const labelBlock = Math.max(
    ...bars.map(
      (_, index) =>
        blockHeight(labelLines[index] ?? [], labelStyle) +
        blockHeight(secondaryLines[index] ?? [], secondaryStyle),
    ),
  );
  const plotHeight = clamp(frame.width * 0.38, 150, 300);
  const baseline = top + unit.height + valueBlock + plotHeight;

  const parts: string[] = [unit.markup];
  bars.forEach((bar, index) => {
    const center = frame.left + band * index + band / 2;
    const height = (clamp(finiteOr(bar.value, 0), 0, scaleMax) / scaleMax) * plotHeight;
    const bold = bar.highlight;
    parts.push(barRect(bar, center - barWidth / 2, baseline - height, barWidth, height, frame));
    const values = valueLines[index] ?? [];
    parts.push(
      textBlock(values, center, baseline - height - 4 - blockHeight(values, valueStyle), {
        ...valueStyle,
        bold,
        className: 'value-label',
      }),
    );
    const labels = labelLines[index] ?? [];
    parts.push(
      textBlock(labels, center, baseline + 6, { ...labelStyle, bold, className: 'bar-label' }),
      textBlock(
        secondaryLines[index] ?? [],
        center,
        baseline + 6 + blockHeight(labels, labelStyle),
        {
          ...secondaryStyle,
          className: 'bar-secondary-label',
        },
      ),
    );
  });
  parts.push(
    element('line', {
      class: 'axis',
      x1: frame.left,
      y1: baseline,
      x2: frame.left + frame.width,
      y2: baseline,
      stroke: palette.axis,
      'stroke-width': 1,
    }),
  );
  const defs = bars.some((bar) => bar.derived) ? hatchPattern(frame) : '';
  return { markup: parts.join(''), defs, height: baseline + 6 + labelBlock - top };
}

/** `YYYY-MM` → months since year 0; null when it is not a month. */
function monthIndex(month: string): number | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

/** Round steps (1, 2, 2.5, 5 × 10ⁿ) giving at most about six gridlines. */
function niceTicks(low: number, high: number): number[] {
  const span = high - low;
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let tick = Math.ceil(low / step - 1e-9) * step; tick <= high + step * 1e-9; tick += step) {
    ticks.push(Math.round(tick * 1e6) / 1e6);
  }
  return ticks;
}

function tickFormatter(locale: string): (value: number) => string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  } catch {
    // An unknown locale tag must not cost the reader their image.
    format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
  }
  return (value) => format.format(value);
}

function yDomainOf(model: LineChartModel, values: readonly number[]): [number, number] {
  const [low, high] = model.yDomain;
  if (Number.isFinite(low) && Number.isFinite(high) && low < high) return [low, high];
  const min = Math.min(...values, model.reference?.y ?? Infinity);
  const max = Math.max(...values, model.reference?.y ?? -Infinity);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  return min === max ? [min - 1, max + 1] : [min, max];
}

function drawLine(model: LineChartModel, frame: Frame, top: number): Block {
  const { palette } = frame;
  const points = model.points
    .map((point) => ({ ...point, index: monthIndex(point.x) }))
    .filter(
      (point): point is typeof point & { index: number } =>
        point.index !== null && Number.isFinite(point.y),
    )
    .sort((a, b) => a.index - b.index);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return EMPTY_BLOCK;

  const [low, high] = yDomainOf(
    model,
    points.map((point) => point.y),
  );
  const format = tickFormatter(frame.locale);
  const ticks = niceTicks(low, high);
  const tickStyle: TextStyle = { size: 12, fill: palette.secondaryText, lineHeight: 14 };
  const smallStyle: TextStyle = { size: 11.5, fill: palette.reference, lineHeight: 14 };
  const lastLabelStyle: TextStyle = {
    size: 12.5,
    fill: palette.accent,
    lineHeight: 16,
    bold: true,
  };

  const axisWidth = widest(ticks.map(format), tickStyle.size) + 8;
  const lastLabelWidth = measureText(last.yLabel, lastLabelStyle.size, true) + 10;
  const plotLeft = frame.left + axisWidth;
  const plotRight = frame.left + frame.width - lastLabelWidth;
  const plotWidth = Math.max(1, plotRight - plotLeft);

  // The unit on the left and, as a key on the right, what the dashed line is: data
  // hovering around the reference would run over a label placed on the line itself.
  const reference =
    model.reference && Number.isFinite(model.reference.y) ? model.reference : undefined;
  const parts: string[] = [];
  const unitStyle = UNIT_STYLE(palette);
  const unitWidth =
    model.unitLabel.trim() === '' ? 0 : measureText(model.unitLabel, unitStyle.size);
  const keyStyle: TextStyle = { ...smallStyle, bold: true };
  const keySwatch = 20;
  const keyWidth = reference
    ? Math.min(frame.width - keySwatch - 6, measureText(reference.label, keyStyle.size, true))
    : 0;
  const keyOnOwnLine =
    reference !== undefined && unitWidth + 16 + keySwatch + 6 + keyWidth > frame.width;
  const unit = unitLine(model.unitLabel, frame, frame.left, top);
  parts.push(unit.markup);
  let headerHeight = unit.height;
  if (reference) {
    const keyLines = wrapText(reference.label, frame.width - keySwatch - 6, keyStyle.size, true);
    const keyTop = keyOnOwnLine ? top + unit.height : top;
    const keyRight = keyOnOwnLine
      ? frame.left + keySwatch + 6 + keyWidth
      : frame.left + frame.width;
    const swatchY = keyTop + lineHeightOf(keyStyle) / 2;
    parts.push(
      element('line', {
        class: 'reference-key',
        x1: keyRight - keyWidth - 6 - keySwatch,
        y1: swatchY,
        x2: keyRight - keyWidth - 6,
        y2: swatchY,
        stroke: palette.reference,
        'stroke-width': 1.25,
        'stroke-dasharray': '5 4',
      }),
      textBlock(keyLines, keyRight - keyWidth, keyTop, {
        ...keyStyle,
        className: 'reference-label',
      }),
    );
    const keyHeight = blockHeight(keyLines, keyStyle) + 6;
    headerHeight = keyOnOwnLine ? unit.height + keyHeight : Math.max(unit.height, keyHeight);
  }
  const plotTop = top + headerHeight + 8;
  const plotHeight = clamp(frame.width * 0.42, 170, 340);
  const plotBottom = plotTop + plotHeight;

  const firstIndex = first.index;
  const monthSpan = last.index - first.index;
  const xOf = (index: number) =>
    monthSpan === 0
      ? plotLeft + plotWidth / 2
      : plotLeft + ((index - firstIndex) / monthSpan) * plotWidth;
  const yOf = (value: number) =>
    plotBottom - ((clamp(value, low, high) - low) / (high - low)) * plotHeight;

  // The contraction zone under the reference, beneath the gridlines.
  if (reference) {
    const y = yOf(reference.y);
    parts.push(
      element('rect', {
        class: 'reference-shade',
        x: plotLeft,
        y,
        width: plotWidth,
        height: plotBottom - y,
        fill: palette.shade,
      }),
    );
  }

  // Gridlines and their values.
  for (const tick of ticks) {
    const y = yOf(tick);
    parts.push(
      element('line', {
        class: 'gridline',
        'data-value': tick,
        x1: plotLeft,
        y1: y,
        x2: plotRight,
        y2: y,
        stroke: palette.gridline,
        'stroke-width': 1,
      }),
    );
    parts.push(
      textBlock([format(tick)], plotLeft - 8, y - lineHeightOf(tickStyle) / 2, {
        ...tickStyle,
        anchor: 'end',
        className: 'y-tick',
      }),
    );
  }

  // The reference (PMI 50): a dashed line and words for what each side means
  // in the plot's top and bottom corners, clear of the data that crosses the line.
  if (reference) {
    const y = yOf(reference.y);
    parts.push(
      element('line', {
        class: 'reference',
        'data-value': reference.y,
        x1: plotLeft,
        y1: y,
        x2: plotRight,
        y2: y,
        stroke: palette.reference,
        'stroke-width': 1.25,
        'stroke-dasharray': '5 4',
      }),
    );
    const sideWidth = plotWidth - 8;
    const aboveLines = wrapText(reference.aboveLabel, sideWidth, smallStyle.size);
    const belowLines = wrapText(reference.belowLabel, sideWidth, smallStyle.size);
    if (y - plotTop >= blockHeight(aboveLines, smallStyle) + 4) {
      parts.push(
        textBlock(aboveLines, plotLeft + 4, plotTop + 2, {
          ...smallStyle,
          className: 'reference-above',
        }),
      );
    }
    if (plotBottom - y >= blockHeight(belowLines, smallStyle) + 4) {
      parts.push(
        textBlock(belowLines, plotLeft + 4, plotBottom - blockHeight(belowLines, smallStyle) - 2, {
          ...smallStyle,
          className: 'reference-below',
        }),
      );
    }
  }

  // Axis and month ticks; a label that would overlap the one before it is left out.
  parts.push(
    element('line', {
      class: 'axis',
      x1: plotLeft,
      y1: plotBottom,
      x2: plotRight,
      y2: plotBottom,
      stroke: palette.axis,
      'stroke-width': 1,
    }),
  );
  let lastTickEnd = -Infinity;
  for (const tick of model.xTicks) {
    const index = monthIndex(tick.x);
    if (index === null || index < first.index || index > last.index) continue;
    const x = xOf(index);
    parts.push(
      element('line', {
        class: 'x-tick-mark',
        x1: x,
        y1: plotBottom,
        x2: x,
        y2: plotBottom + 4,
        stroke: palette.axis,
        'stroke-width': 1,
      }),
    );
    const width = measureText(tick.label, tickStyle.size);
    const start = clamp(x - width / 2, frame.left, frame.left + frame.width - width);
    if (start < lastTickEnd + 6) continue;
    lastTickEnd = start + width;
    parts.push(
      textBlock([tick.label], start + width / 2, plotBottom + 6, {
        ...tickStyle,
        anchor: 'middle',
        className: 'x-tick',
      }),
    );
  }

  // The series, broken where months are missing rather than bridging a gap.
  const path = points
    .map((point, i) => {
      const previous = points[i - 1];
      const command = previous && point.index - previous.index === 1 ? 'L' : 'M';
      return `${command}${num(xOf(point.index))} ${num(yOf(point.y))}`;
    })
    .join('');
  parts.push(
    element('path', {
      class: 'series',
      d: path,
      fill: 'none',
      stroke: palette.accent,
      'stroke-width': 2.25,
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
  );

  // Direct label: the latest value at the end of the line.
  const lastX = xOf(last.index);
  const lastY = yOf(last.y);
  parts.push(
    element('circle', { class: 'last-point', cx: lastX, cy: lastY, r: 3.5, fill: palette.accent }),
    textBlock([last.yLabel], lastX + 6, lastY - lineHeightOf(lastLabelStyle) / 2, {
      ...lastLabelStyle,
      className: 'last-label',
    }),
  );

  // Annotations: a ring on the point, a leader, the label on the roomier side.
  const annotationStyle: TextStyle = { size: 12, fill: palette.text, lineHeight: 15 };
  for (const annotation of model.annotations) {
    const index = monthIndex(annotation.x);
    if (
      index === null ||
      index < first.index ||
      index > last.index ||
      !Number.isFinite(annotation.y)
    )
      continue;
    const px = xOf(index);
    const py = yOf(annotation.y);
    const toRight = px < plotLeft + plotWidth / 2;
    const maxWidth = Math.max(
      60,
      Math.min(200, (toRight ? frame.left + frame.width - px : px - frame.left) - 20),
    );
    const lines = wrapText(annotation.label, maxWidth, annotationStyle.size);
    const height = blockHeight(lines, annotationStyle);
    const labelX = toRight ? px + 16 : px - 16;
    const preferred = py > plotTop + plotHeight / 2 ? py - 22 - height : py + 22;
    const labelTop = clamp(preferred, plotTop, plotBottom - height);
    const leaderY = clamp(py, labelTop + 4, labelTop + height - 4);
    parts.push(
      element('line', {
        class: 'annotation-leader',
        x1: px + (toRight ? 4 : -4),
        y1: py,
        x2: labelX + (toRight ? -3 : 3),
        y2: leaderY,
        stroke: palette.secondaryText,
        'stroke-width': 1,
      }),
      element('circle', {
        class: 'annotation-point',
        cx: px,
        cy: py,
        r: 4,
        fill: palette.background,
        stroke: palette.accent,
        'stroke-width': 2,
      }),
      textBlock(lines, labelX, labelTop, {
        ...annotationStyle,
        anchor: toRight ? 'start' : 'end',
        className: 'annotation',
      }),
    );
  }

  const tickLabelHeight = lineHeightOf(tickStyle) + 6;
  return { markup: parts.join(''), defs: '', height: plotBottom + tickLabelHeight - top };
}

/** The slice colours of the on-screen donut (src/styles.css --slice-*), remainder last. */
function sliceFill(bar: BarDatum, index: number, frame: Frame): string {
  if (bar.isRemainder) return frame.palette.remainder;
  return frame.palette.slices[index % frame.palette.slices.length] ?? frame.palette.accent;
}

function arcPath(
  cx: number,
  cy: number,
  outer: number,
  inner: number,
  start: number,
  end: number,
): string {
  // Angles in turns from 12 o'clock, clockwise, as the on-screen donut.
  const point = (radius: number, turn: number) => {
    const angle = turn * 2 * Math.PI - Math.PI / 2;
    return `${num(cx + radius * Math.cos(angle))} ${num(cy + radius * Math.sin(angle))}`;
  };
  const large = end - start > 0.5 ? 1 : 0;
  if (end - start >= 0.9999) {
    // A full ring: two half arcs, since one arc cannot start and end at the same point.
    return (
      `M ${point(outer, 0)} A ${num(outer)} ${num(outer)} 0 1 1 ${point(outer, 0.5)} ` +
      `A ${num(outer)} ${num(outer)} 0 1 1 ${point(outer, 0)} Z ` +
      `M ${point(inner, 0)} A ${num(inner)} ${num(inner)} 0 1 0 ${point(inner, 0.5)} ` +
      `A ${num(inner)} ${num(inner)} 0 1 0 ${point(inner, 0)} Z`
    );
  }
  return (
    `M ${point(outer, start)} A ${num(outer)} ${num(outer)} 0 ${large} 1 ${point(outer, end)} ` +
    `L ${point(inner, end)} A ${num(inner)} ${num(inner)} 0 ${large} 0 ${point(inner, start)} Z`
  );
}

/** Part of a whole as a donut with a key (label and value) beside it, or under it when narrow. */
function drawDonut(model: BarChartModel, frame: Frame, top: number): Block {
  const slices = orderedBars(model.bars).filter((bar) => finiteOr(bar.value, 0) > 0);
  const total = slices.reduce((sum, bar) => sum + finiteOr(bar.value, 0), 0) || 1;
  const keyStyle: TextStyle = { size: 13, fill: frame.palette.text, lineHeight: 18 };
  const valueStyle: TextStyle = { size: 13, fill: frame.palette.secondaryText, lineHeight: 18 };
  const keyWidth = Math.min(
    frame.width,
    24 +
      widest(
        slices.map((bar) => bar.label),
        13,
        true,
      ) +
      12 +
      widest(
        slices.map((bar) => bar.valueLabel),
        13,
      ),
  );
  const side = frame.width - keyWidth >= 200;
  const outer = clamp(Math.min(side ? frame.width - keyWidth - 24 : frame.width, 240) / 2, 60, 120);
  const inner = outer * 0.58;
  const cx = frame.left + outer;
  const cy = top + outer;
  const parts: string[] = [];
  let turn = 0;
  slices.forEach((bar, index) => {
    const share = finiteOr(bar.value, 0) / total;
    parts.push(
      element('path', {
        class: bar.derived ? 'slice derived' : 'slice',
        'data-id': bar.id,
        d: arcPath(cx, cy, outer, inner, turn, turn + share),
        fill: sliceFill(bar, index, frame),
        stroke: bar.isRemainder ? frame.palette.remainderStroke : frame.palette.background,
        'stroke-width': bar.isRemainder ? 1 : 2,
        'stroke-dasharray': bar.derived ? '3 2' : undefined,
      }),
    );
    turn += share;
  });
  const keyLeft = side ? frame.left + 2 * outer + 24 : frame.left;
  let keyTop = side ? top + Math.max(0, outer - (slices.length * 26) / 2) : top + 2 * outer + 16;
  const keyValueX = keyLeft + keyWidth;
  for (const [index, bar] of slices.entries()) {
    parts.push(
      element('rect', {
        class: 'swatch',
        x: keyLeft,
        y: keyTop + 3,
        width: 12,
        height: 12,
        rx: 2,
        fill: sliceFill(bar, index, frame),
        stroke: bar.isRemainder ? frame.palette.remainderStroke : undefined,
      }),
    );
    parts.push(
      textBlock([bar.label], keyLeft + 20, keyTop, {
        ...keyStyle,
        bold: bar.highlight,
        className: 'slice-label',
      }),
    );
    parts.push(
      element(
        'text',
        {
          class: 'value-label',
          x: keyValueX,
          y: keyTop + 14,
          'text-anchor': 'end',
          'font-size': valueStyle.size,
          fill: valueStyle.fill,
        },
        escapeXml(bar.valueLabel),
      ),
    );
    keyTop += 26;
  }
  const height = side ? Math.max(2 * outer, keyTop - top) : keyTop - top;
  return { markup: parts.join(''), defs: '', height };
}

function drawChart(model: ChartModel, frame: Frame, top: number): Block {
  if (model.kind === 'line') return drawLine(model, frame, top);
  if (model.presentation === 'donut') return drawDonut(model, frame, top);
  return model.orientation === 'vertical'
    ? drawVerticalBars(model, frame, top)
    : drawHorizontalBars(model, frame, top);
}

// ---------------------------------------------------------------- the frame

function clampWidth(width: number): number {
  return Number.isFinite(width)
    ? Math.round(clamp(width, STATIC_SVG_MIN_WIDTH, STATIC_SVG_MAX_WIDTH))
    : DEFAULT_WIDTH;
}

/** The whole chart frame as one standalone SVG document. */
export function renderChartSvg(model: ChartModel, options: StaticSvgOptions): StaticSvg {
  const width = clampWidth(options.width);
  const theme: ChartTheme = options.theme === 'dark' ? 'dark' : 'light';
  const palette = CHART_PALETTES[theme];
  const pad = width < 480 ? 16 : 24;
  const frame: Frame = {
    palette,
    left: pad,
    width: width - 2 * pad,
    idPrefix: `idn-${model.id}-${theme}`,
    locale: options.locale,
  };
  const measure = Math.min(frame.width, MAX_TEXT_MEASURE);
  const parts: string[] = [];
  let y = pad;

  const flow = (text: string, style: TextStyle, gapAfter: number) => {
    const lines = wrapText(text, measure, style.size, style.bold);
    if (lines.length === 0) return;
    parts.push(textBlock(lines, frame.left, y, style));
    y += blockHeight(lines, style) + gapAfter;
  };

  const titleSize = width < 480 ? 18 : 21;
  flow(
    model.text.title,
    {
      size: titleSize,
      fill: palette.text,
      bold: true,
      lineHeight: Math.round(titleSize * 1.25),
      className: 'title',
    },
    4,
  );
  flow(
    model.text.subtitle,
    { size: 14, fill: palette.secondaryText, lineHeight: 19, className: 'subtitle' },
    0,
  );
  y += 16;

  const chart = drawChart(model, frame, y);
  parts.push(chart.markup);
  y += chart.height + (chart.height > 0 ? 18 : 0);

  const footStyle: TextStyle = { size: 12, fill: palette.secondaryText, lineHeight: 16 };
  for (const note of model.text.notes) flow(note, { ...footStyle, className: 'note' }, 4);
  flow(model.text.source, { ...footStyle, fill: palette.text, className: 'source' }, 2);
  flow(model.text.vintage, { ...footStyle, className: 'vintage' }, 2);
  y += 6;
  flow(options.dashboardName, { ...footStyle, bold: true, className: 'dashboard-name' }, 0);

  const height = Math.ceil(y + pad);
  const titleId = `${frame.idPrefix}-title`;
  const descId = `${frame.idPrefix}-desc`;
  const defs = chart.defs === '' ? '' : `<defs>${chart.defs}</defs>`;
  const svg =
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      'xml:lang': options.locale,
      'font-family': CHART_FONT_STACK,
      style: 'font-variant-numeric: tabular-nums',
    })}>` +
    element('title', { id: titleId }, escapeXml(model.text.title)) +
    element('desc', { id: descId }, escapeXml(model.text.summary)) +
    defs +
    element('rect', { class: 'background', x: 0, y: 0, width, height, fill: palette.background }) +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
