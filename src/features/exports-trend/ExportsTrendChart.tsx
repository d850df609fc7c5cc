import {
  Bar,
  BarChart,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { markClass } from '../../components/charts/markClass.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { useChartTranslator } from '../../components/charts/useChartTranslator.ts';

/**
 * Total manufacturing exports by year: vertical bars, values on top, years
 * below. One Tab stop; arrow keys walk the years.
 */
export function ExportsTrendChart({
  model,
  animate = true,
}: {
  model: BarChartModel & { text?: { title: string } };
  animate?: boolean;
}) {
  const t = useChartTranslator();
  const bars = model.bars;
  return (
    <KeyboardChart
      items={bars.map((bar) => ({ id: bar.id, description: bar.description }))}
      label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
      instructions={t('chart.keys.years')}
    >
      {({ activeIndex, pointerTooltip }) => (
        <div className="chart chart--trend">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart
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
                      <Rectangle
                        {...props}
                        className={`${bar ? markClass(bar) : 'mark'}${active}`}
                      />
                    </g>
                  );
                }}
              >
                <LabelList
                  dataKey="valueLabel"
                  position="top"
                  className="chart-label chart-label--value"
                />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </KeyboardChart>
  );
}
