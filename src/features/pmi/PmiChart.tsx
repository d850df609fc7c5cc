import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LineChartModel } from '../../domain/chartModel.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import { PointAnnotation } from '../../components/charts/PointAnnotation.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { useChartTranslator } from '../../components/charts/useChartTranslator.ts';

/** PageUp/PageDown move a year at a time. */
const MONTHS_PER_PAGE = 12;

/**
 * The PMI as a line; 50 is a reference, not a series: a dashed line with
 * the contraction zone below it lightly shaded and both zones labelled.
 * One Tab stop; arrow keys walk the months.
 */
export function PmiChart({
  model,
  animate = true,
}: {
  model: LineChartModel & { text?: { title: string } };
  animate?: boolean;
}) {
  const t = useChartTranslator();
  const data = model.points.map((point) => ({
    ...point,
    description: `${point.xLabel}: ${point.yLabel}`,
  }));
  const tickLabels = new Map(model.xTicks.map((tick) => [tick.x, tick.label]));
  const [yMin, yMax] = model.yDomain;
  const reference = model.reference;
  const yTicks: number[] = [];
  for (let y = Math.ceil(yMin / 10) * 10; y <= yMax; y += 10) yTicks.push(y);
  return (
    <KeyboardChart
      items={data.map((point) => ({ id: point.x, description: point.description }))}
      label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
      instructions={t('chart.keys.months')}
      pageStep={MONTHS_PER_PAGE}
    >
      {({ activeIndex, pointerTooltip }) => (
        <div className="chart chart--line">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart
              data={data}
              margin={{ top: 12, right: 16, bottom: 4, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid vertical={false} className="grid" />
              <XAxis
                dataKey="x"
                ticks={model.xTicks.map((tick) => tick.x)}
                tickFormatter={(x: string) => tickLabels.get(x) ?? x}
                tick={{ className: 'chart-label' }}
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
              <Tooltip
                content={<ChartTooltip />}
                isAnimationActive={animate}
                active={pointerTooltip}
              />
              <Line
                type="linear"
                dataKey="y"
                className="series-line"
                dot={(props: { cx?: number; cy?: number; index?: number }) =>
                  props.index === activeIndex &&
                  props.cx !== undefined &&
                  props.cy !== undefined ? (
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
          </ResponsiveContainer>
        </div>
      )}
    </KeyboardChart>
  );
}
