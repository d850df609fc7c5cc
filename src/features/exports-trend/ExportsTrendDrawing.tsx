import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { markClass } from '../../components/charts/markClass.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import { TREND_HEIGHT } from './trendLayout.ts';

/**
 * Total manufacturing exports by year: vertical bars, values on top, years
 * below. Drawn at a fixed layout width (the same drawing everywhere).
 */
export default function ExportsTrendDrawing({
  model,
  width,
  animate = false,
  activeIndex = null,
  pointerTooltip,
}: DrawingProps<BarChartModel>) {
  const bars = model.bars;
  return (
    <BarChart
      width={width}
      height={TREND_HEIGHT}
      data={bars}
      margin={{ top: 24, right: 8, bottom: 4, left: 8 }}
      accessibilityLayer={false}
    >
      <XAxis
        dataKey="label"
        tickLine={false}
        axisLine={{ className: 'axis-line' }}
        interval={0}
        height={44}
        tick={(props: { x?: number | string; y?: number | string; index?: number }) => {
          const bar = bars[props.index ?? -1];
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
          const bar = bars[props.index];
          const active = props.index === activeIndex ? ' mark--active' : '';
          return (
            <g data-key-index={props.index}>
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
