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
import type { BarChartModel, BarDatum } from '../../domain/chartModel.ts';
import { estimateTextWidth } from '../../components/charts/textWidth.ts';
import { markClass } from '../../components/charts/markClass.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';

interface SectorSharesChartProps {
  model: BarChartModel;
  animate?: boolean;
  onSelect?: (id: string) => void;
}

const ROW_HEIGHT = 46;
const BAR_SIZE = 16;

/**
 * Sorted horizontal bars, labelled directly: the sector name above each bar
 * and its share and value at the end, so no legend is needed at any width.
 */
export function SectorSharesChart({ model, animate = true, onSelect }: SectorSharesChartProps) {
  const bars = model.bars;
  const valueLabelWidth = Math.max(...bars.map((bar) => estimateTextWidth(bar.valueLabel)), 40) + 8;
  const height = bars.length * ROW_HEIGHT + 16;
  return (
    <div className="chart chart--bars" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={bars}
          layout="vertical"
          margin={{ top: 18, right: valueLabelWidth, bottom: 0, left: 0 }}
          barCategoryGap={ROW_HEIGHT - BAR_SIZE}
        >
          <XAxis type="number" dataKey="value" domain={[0, model.max]} hide />
          <YAxis type="category" dataKey="label" hide />
          <Tooltip cursor={false} content={<ChartTooltip />} isAnimationActive={animate} />
          <Bar
            dataKey="value"
            barSize={BAR_SIZE}
            isAnimationActive={animate}
            shape={(props) => {
              const bar = bars[props.index];
              return (
                <Rectangle
                  {...props}
                  className={bar ? markClass(bar) : 'mark'}
                  onClick={bar && onSelect ? () => onSelect(bar.id) : undefined}
                />
              );
            }}
          >
            <LabelList
              dataKey="label"
              content={(props) => (
                <text
                  className="chart-label chart-label--category"
                  x={Number(props.x ?? 0)}
                  y={Number(props.y ?? 0) - 6}
                >
                  {String(props.value ?? '')}
                </text>
              )}
            />
            <LabelList
              dataKey="valueLabel"
              content={(props) => (
                <text
                  className="chart-label chart-label--value"
                  x={Number(props.x ?? 0) + Number(props.width ?? 0) + 6}
                  y={Number(props.y ?? 0) + BAR_SIZE / 2}
                  dominantBaseline="central"
                >
                  {String(props.value ?? '')}
                </text>
              )}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type { BarDatum };
