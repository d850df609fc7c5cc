import { Bar, BarChart, LabelList, Rectangle, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { estimateTextWidth } from '../../components/charts/textWidth.ts';
import { markClass } from '../../components/charts/markClass.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import type { DrawingProps } from '../../components/charts/drawing.ts';

import { BAR_SIZE, ROW_HEIGHT, sectorBarsHeight } from './sectorSharesLayout.ts';

/** The clickable row reaches up over the sector name: at least 24 px high for touch (WCAG 2.5.8). */
const HIT_ABOVE = 22;

/**
 * Sorted horizontal bars, labelled directly: the sector name above each bar
 * and its share and value at the end, so no legend is needed at any width.
 * Drawn at a fixed layout width: the same drawing on screen, prerendered and
 * in image downloads.
 */
export default function SectorSharesDrawing({
  model,
  width,
  animate = false,
  activeIndex = null,
  pointerTooltip,
  onSelect,
}: DrawingProps<BarChartModel> & { onSelect?: (id: string) => void }) {
  const bars = model.bars;
  const valueLabelWidth = Math.max(...bars.map((bar) => estimateTextWidth(bar.valueLabel)), 40) + 8;
  return (
    <BarChart
      width={width}
      height={sectorBarsHeight(model)}
      data={bars}
      layout="vertical"
      margin={{ top: 18, right: valueLabelWidth, bottom: 0, left: 0 }}
      barCategoryGap={ROW_HEIGHT - BAR_SIZE}
      accessibilityLayer={false}
    >
      <XAxis type="number" dataKey="value" domain={[0, model.max]} hide />
      <YAxis type="category" dataKey="label" hide />
      <Tooltip
        cursor={false}
        content={<ChartTooltip />}
        isAnimationActive={animate}
        active={pointerTooltip}
      />
      <Bar
        dataKey="value"
        barSize={BAR_SIZE}
        isAnimationActive={animate}
        shape={(props) => {
          const bar = bars[props.index];
          const select = bar && onSelect ? () => onSelect(bar.id) : undefined;
          const active = props.index === activeIndex;
          return (
            <g data-key-index={props.index}>
              {select ? (
                <rect
                  className="mark-hit"
                  x={props.x}
                  y={Number(props.y ?? 0) - HIT_ABOVE}
                  width={Number(props.width ?? 0) + valueLabelWidth}
                  height={BAR_SIZE + HIT_ABOVE + 4}
                  onClick={select}
                />
              ) : null}
              <Rectangle
                {...props}
                className={`${bar ? markClass(bar) : 'mark'}${active ? ' mark--active' : ''}${select ? ' mark--clickable' : ''}`}
                onClick={select}
              />
            </g>
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
  );
}
