import { Pie, PieChart, Sector, Tooltip } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import { sliceClass } from '../../components/charts/palette.ts';
import type { DrawingProps } from '../../components/charts/drawing.ts';
import { DONUT_SIZE } from './sectorSharesLayout.ts';

/** Part of the whole: slices in the key's order and colours (the same drawing on screen and in images). */
export default function DonutDrawing({
  model,
  animate = false,
  activeIndex = null,
  pointerTooltip,
  onSelect,
}: Omit<DrawingProps<BarChartModel>, 'width'> & { onSelect?: (id: string) => void }) {
  const slices = model.bars;
  return (
    <PieChart width={DONUT_SIZE} height={DONUT_SIZE} accessibilityLayer={false}>
      <Tooltip content={<ChartTooltip />} isAnimationActive={animate} active={pointerTooltip} />
      <Pie
        data={slices}
        dataKey="value"
        nameKey="label"
        innerRadius="55%"
        outerRadius="95%"
        startAngle={90}
        endAngle={-270}
        isAnimationActive={animate}
        rootTabIndex={-1}
        shape={(props) => {
          const slice = slices[props.index];
          const classes = [
            'slice',
            sliceClass(props.index, slice?.isRemainder),
            slice?.highlight ? 'slice--highlight' : '',
            slice?.derived ? 'mark--derived' : '',
            props.index === activeIndex ? 'mark--active' : '',
            onSelect ? 'mark--clickable' : '',
          ];
          return (
            <g data-key-index={props.index}>
              <Sector
                {...props}
                className={classes.filter(Boolean).join(' ')}
                onClick={slice && onSelect ? () => onSelect(slice.id) : undefined}
              />
            </g>
          );
        }}
      />
    </PieChart>
  );
}
