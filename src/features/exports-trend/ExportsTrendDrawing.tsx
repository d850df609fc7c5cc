import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { markClass } from '../../components/charts/markClass.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import { estimateTextWidth } from '../../components/charts/textWidth.ts';
import { TREND_HEIGHT } from './trendLayout.ts';

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
  return (
    <BarChart
      width={width}
      height={TREND_HEIGHT}
      data={slots}
      margin={{ top: 24, right: 8, bottom: 4, left: 8 }}
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
          return (
            <text
              x={Number(props.x ?? 0)}
              y={Number(props.y ?? 0) + 14}
              textAnchor="middle"
              className="chart-label"
            >
              <tspan className="chart-label--category">{bar?.label}</tspan>
              {bar?.secondaryLabel ? (
                <tspan x={Number(props.x ?? 0)} dy="1.3em" className="chart-label--value">
                  {bar.secondaryLabel}
                </tspan>
              ) : null}
            </text>
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
        <LabelList dataKey="valueLabel" position="top" className="chart-label chart-label--value" />
      </Bar>
    </BarChart>
  );
}
