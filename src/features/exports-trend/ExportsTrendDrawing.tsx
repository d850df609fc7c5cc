import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { markClass } from '../../components/charts/markClass.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import { estimateTextWidth } from '../../components/charts/textWidth.ts';
import { TREND_HEIGHT } from './exportsTrend.chart.ts';

/** A slot on the year axis: a bar, or a break where years are missing. */
interface TrendSlot {
  label: string;
  value: number;
  valueLabel: string;
  description?: string;
  /** Index into the model's bars (for marks and keyboard); absent for a break. */
  barIndex?: number;
  /** The missing years, for a break. */
  gap?: string;
}

/** The bars with a break slot where the model says years are missing. */
export function trendSlots(model: BarChartModel): TrendSlot[] {
  return model.bars.flatMap((bar, barIndex) => {
    const slot: TrendSlot = { ...bar, barIndex };
    const gap = model.breaks?.find((entry) => entry.afterId === bar.id);
    // Value 0, not null: Recharts numbers only the bars it draws, and the shape finds slots by index.
    return gap ? [slot, { label: gap.label, value: 0, valueLabel: '', gap: gap.label }] : [slot];
  });
}

const LABEL_FONT = 12;
const LABEL_GAP = 6;
/** Room kept between a label and the drawing's edge. */
const EDGE = 2;
const MARGIN = { top: 24, right: 8, bottom: 4, left: 8 };

/**
 * Which slots carry their labels when not every year's fit (a phone): every
 * k-th bar, counted back from the last so the latest years are always named,
 * the highlighted bar, and the part-year; each named bar's value and share too.
 * The keyboard, tooltip and table give every year.
 */
export function labelledSlots(model: BarChartModel, slots: readonly TrendSlot[], width: number) {
  const slotWidth = (width - MARGIN.left - MARGIN.right) / Math.max(1, slots.length);
  const widest = Math.max(
    ...slots.flatMap((slot) =>
      slot.barIndex === undefined
        ? []
        : [
            estimateTextWidth(slot.label, LABEL_FONT),
            estimateTextWidth(slot.valueLabel, LABEL_FONT),
            estimateTextWidth(model.bars[slot.barIndex]?.secondaryLabel ?? '', LABEL_FONT),
          ],
    ),
  );
  const every = Math.max(1, Math.ceil((widest + LABEL_GAP) / slotWidth));
  const barSlots = slots.flatMap((slot, index) => (slot.barIndex === undefined ? [] : [index]));
  const lastFullYear = [...barSlots]
    .reverse()
    .find((index) => !model.bars[slots[index]!.barIndex!]!.isRemainder);
  const isForced = (index: number) => {
    const bar = model.bars[slots[index]!.barIndex!]!;
    return bar.highlight || bar.isRemainder === true || index === lastFullYear;
  };
  // The highlight, the latest full year and the part-year first, then every k-th bar back from
  // the last, where it fits.
  const result = new Set(barSlots.filter(isForced));
  for (const index of [...barSlots].reverse()) {
    if (result.has(index)) continue;
    if ([...result].every((other) => Math.abs(other - index) >= every)) result.add(index);
  }
  // Two labels forced side by side (the latest year, the part-year): the earlier's share gives way.
  const sorted = [...result].sort((a, b) => a - b);
  const crowded = new Set(sorted.filter((index, i) => (sorted[i + 1] ?? Infinity) - index < every));
  return { shown: result, crowded, slotWidth };
}

/** Keep a label inside the drawing: anchored at its edge when centring would cut it. */
function anchorFor(x: number, text: string, width: number): 'start' | 'middle' | 'end' {
  // The estimate is close, not exact: keep a little room.
  const half = (estimateTextWidth(text, LABEL_FONT) * 1.1) / 2;
  if (x - half < EDGE) return 'start';
  if (x + half > width - EDGE) return 'end';
  return 'middle';
}

/**
 * Total manufacturing exports by year: vertical bars, values on top, years
 * below; a drawn break (⫽) where years are missing, so 2015 and 2018 do not
 * read as neighbours. Drawn at a fixed layout width (the same drawing everywhere).
 */
export default function ExportsTrendDrawing({
  model,
  width,
  animate = false,
  activeIndex = null,
  pointerTooltip,
}: DrawingProps<BarChartModel>) {
  const bars = model.bars;
  const slots = trendSlots(model);
  const { shown, crowded } = labelledSlots(model, slots, width);
  // A label that would cross an edge is set against it instead.
  const edgeX = (x: number, text: string) => {
    const anchor = anchorFor(x, text, width);
    return { anchor, x: anchor === 'start' ? EDGE : anchor === 'end' ? width - EDGE : x };
  };
  return (
    <BarChart
      width={width}
      height={TREND_HEIGHT}
      data={slots}
      margin={MARGIN}
      accessibilityLayer={false}
    >
      <XAxis
        dataKey="label"
        tickLine={false}
        axisLine={{ className: 'axis-line' }}
        interval={0}
        height={44}
        tick={(props: {
          x?: number | string;
          y?: number | string;
          index?: number;
          width?: number | string;
          visibleTicksCount?: number;
        }) => {
          const slot = slots[props.index ?? -1];
          const bar = slot?.barIndex === undefined ? undefined : bars[slot.barIndex];
          if (slot?.gap) {
            const x = Number(props.x ?? 0);
            const y = Number(props.y ?? 0);
            // The missing years are named where they fit (the notes name them anyway).
            const slotWidth = Number(props.width ?? 0) / (props.visibleTicksCount || 1);
            const named = estimateTextWidth(slot.gap, 12) + 12 <= slotWidth;
            return (
              <g className="axis-break">
                {/* Interrupt the axis line, then draw the break mark across the gap. */}
                <rect x={x - 12} y={y - 14} width={24} height={10} className="axis-break__gap" />
                <path
                  d={`M${x - 9},${y - 4} l6,-10 M${x + 3},${y - 4} l6,-10`}
                  className="axis-break__mark"
                />
                {named ? (
                  <text
                    x={x}
                    y={y + 14}
                    textAnchor="middle"
                    className="chart-label chart-label--value"
                  >
                    {slot.gap}
                  </text>
                ) : null}
              </g>
            );
          }
          if (!shown.has(props.index ?? -1)) return <g />;
          const x = Number(props.x ?? 0);
          const y = Number(props.y ?? 0) + 14;
          const category = edgeX(x, bar?.label ?? '');
          const secondary = edgeX(x, bar?.secondaryLabel ?? '');
          return (
            <g>
              <text
                x={category.x}
                y={y}
                textAnchor={category.anchor}
                className="chart-label chart-label--category"
              >
                {bar?.label}
              </text>
              {bar?.secondaryLabel && !crowded.has(props.index ?? -1) ? (
                <text
                  x={secondary.x}
                  y={y + LABEL_FONT * 1.3}
                  textAnchor={secondary.anchor}
                  className="chart-label chart-label--value"
                >
                  {bar.secondaryLabel}
                </text>
              ) : null}
            </g>
          );
        }}
      />
      <YAxis type="number" domain={[0, model.max * 1.1]} hide />
      <Tooltip
        cursor={false}
        content={<ChartTooltip />}
        isAnimationActive={animate}
        active={pointerTooltip}
      />
      <Bar
        dataKey="value"
        maxBarSize={64}
        isAnimationActive={animate}
        shape={(props) => {
          const barIndex = slots[props.index]?.barIndex;
          if (barIndex === undefined) return <g />;
          const bar = bars[barIndex];
          const active = barIndex === activeIndex ? ' mark--active' : '';
          return (
            <g data-key-index={barIndex}>
              <Rectangle {...props} className={`${bar ? markClass(bar) : 'mark'}${active}`} />
            </g>
          );
        }}
      >
        <LabelList
          dataKey="valueLabel"
          content={(props) => {
            const index = Number(props.index ?? -1);
            const text = String(props.value ?? '');
            if (!shown.has(index) || crowded.has(index) || text === '') return null;
            const x = Number(props.x ?? 0) + Number(props.width ?? 0) / 2;
            const placed = edgeX(x, text);
            return (
              <text
                x={placed.x}
                y={Number(props.y ?? 0) - 6}
                textAnchor={placed.anchor}
                className="chart-label chart-label--value"
              >
                {text}
              </text>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
}
