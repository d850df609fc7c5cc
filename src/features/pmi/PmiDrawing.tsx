import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LineChartModel } from '../../domain/chartModel.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import { PointAnnotation } from '../../components/charts/PointAnnotation.tsx';
import { estimateTextWidth } from '../../components/charts/textWidth.ts';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import { PMI_HEIGHT, pmiPoints, pmiYTicks } from './pmiLayout.ts';

/**
 * The PMI as a line; 50 is a reference, not a series: a dashed line with
 * the contraction zone below it lightly shaded and both zones labelled.
 * Drawn at a fixed layout width (the same drawing everywhere).
 */
/**
 * The axis ticks that fit: where every year's label would crowd the next (a
 * phone, the whole series since 2013), every k-th, counted back from the last.
 */
export function spacedTicks(model: LineChartModel, width: number): string[] {
  const ticks = model.xTicks;
  const points = model.points.length;
  if (ticks.length < 2 || points < 2) return ticks.map((tick) => tick.x);
  const plotWidth = width - 16 - 40;
  const widest = Math.max(...ticks.map((tick) => estimateTextWidth(tick.label, 12)));
  // Ticks stand where their months are: the narrowest gap between two neighbours decides.
  const index = new Map(model.points.map((point, position) => [point.x, position]));
  let gap = Infinity;
  for (let i = 1; i < ticks.length; i++)
    gap = Math.min(
      gap,
      (index.get(ticks[i]!.x)! - index.get(ticks[i - 1]!.x)!) * (plotWidth / (points - 1)),
    );
  const every = Math.max(1, Math.ceil((widest + 8) / gap));
  return ticks.filter((_, i) => (ticks.length - 1 - i) % every === 0).map((tick) => tick.x);
}

export default function PmiDrawing({
  model,
  width,
  animate = false,
  activeIndex = null,
  pointerTooltip,
}: DrawingProps<LineChartModel>) {
  const data = pmiPoints(model);
  const tickLabels = new Map(model.xTicks.map((tick) => [tick.x, tick.label]));
  const ticks = spacedTicks(model, width);
  const [yMin, yMax] = model.yDomain;
  const reference = model.reference;
  const yTicks = pmiYTicks(model);
  return (
    <LineChart
      width={width}
      height={PMI_HEIGHT}
      data={data}
      margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} className="grid" />
      <XAxis
        dataKey="x"
        ticks={ticks}
        interval={0}
        tick={(props: {
          x?: number | string;
          y?: number | string;
          payload?: { value?: unknown };
        }) => (
          // Plain text, not Recharts' measured <Text>: text measures 0 at build time, and the
          // prerendered drawing must be the live one.
          <text
            x={Number(props.x ?? 0)}
            y={Number(props.y ?? 0) + 12}
            textAnchor="middle"
            className="chart-label"
          >
            {tickLabels.get(String(props.payload?.value ?? '')) ??
              String(props.payload?.value ?? '')}
          </text>
        )}
        tickLine={false}
        axisLine={{ className: 'axis-line' }}
      />
      <YAxis
        domain={model.yDomain}
        ticks={yTicks}
        width={32}
        tick={(props: {
          x?: number | string;
          y?: number | string;
          payload?: { value?: unknown };
        }) => (
          <text
            x={Number(props.x ?? 0) - 4}
            y={Number(props.y ?? 0)}
            textAnchor="end"
            dominantBaseline="central"
            className={
              props.payload?.value === reference?.y
                ? 'chart-label chart-label--reference'
                : 'chart-label'
            }
          >
            {String(props.payload?.value ?? '')}
          </text>
        )}
        tickLine={false}
        axisLine={false}
      />
      {reference ? (
        <>
          <ReferenceArea
            y1={yMin}
            y2={reference.y}
            className="zone zone--contraction"
            ifOverflow="hidden"
            label={{
              value: reference.belowLabel,
              position: 'insideBottomLeft',
              className: 'zone-label',
            }}
          />
          <ReferenceArea
            y1={reference.y}
            y2={yMax}
            className="zone zone--expansion"
            ifOverflow="hidden"
            label={{
              value: reference.aboveLabel,
              position: 'insideTopLeft',
              className: 'zone-label',
            }}
          />
          <ReferenceLine y={reference.y} className="reference-line" strokeDasharray="4 4" />
        </>
      ) : null}
      <Tooltip content={<ChartTooltip />} isAnimationActive={animate} active={pointerTooltip} />
      <Line
        type="linear"
        dataKey="y"
        className="series-line"
        dot={(props: { cx?: number; cy?: number; index?: number }) =>
          props.index === activeIndex && props.cx !== undefined && props.cy !== undefined ? (
            <circle
              key="active-point"
              data-key-index={props.index}
              cx={props.cx}
              cy={props.cy}
              r={6}
              className="series-dot mark--active"
            />
          ) : (
            <g key={`point-${props.index}`} />
          )
        }
        activeDot={{ r: 5, className: 'series-dot' }}
        isAnimationActive={animate}
      />
      {model.annotations.map((annotation) => (
        <PointAnnotation
          key={annotation.x}
          x={annotation.x}
          y={annotation.y}
          label={annotation.label}
        />
      ))}
    </LineChart>
  );
}
