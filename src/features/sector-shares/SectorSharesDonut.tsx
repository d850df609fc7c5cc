import { Pie, PieChart, ResponsiveContainer, Sector, Tooltip } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';

interface SectorSharesDonutProps {
  model: BarChartModel;
  animate?: boolean;
  onSelect?: (id: string) => void;
}

/** Part of the whole: a donut with a labelled key beside it (slices too thin for direct labels). */
export function SectorSharesDonut({ model, animate = true, onSelect }: SectorSharesDonutProps) {
  const slices = model.bars;
  return (
    <div className="donut">
      <div className="chart chart--donut">
        <ResponsiveContainer width="100%" height="100%">
          <PieChart>
            <Tooltip content={<ChartTooltip />} isAnimationActive={animate} />
            <Pie
              data={slices}
              dataKey="value"
              nameKey="label"
              innerRadius="55%"
              outerRadius="95%"
              startAngle={90}
              endAngle={-270}
              isAnimationActive={animate}
              shape={(props) => {
                const slice = slices[props.index];
                const category = slice?.isRemainder ? 'remainder' : String(props.index);
                return (
                  <Sector
                    {...props}
                    className={`slice slice--${category}${slice?.highlight ? ' slice--highlight' : ''}`}
                    onClick={slice && onSelect ? () => onSelect(slice.id) : undefined}
                  />
                );
              }}
            />
          </PieChart>
        </ResponsiveContainer>
      </div>
      <ul className="donut__key">
        {slices.map((slice, index) => (
          <li
            key={slice.id}
            className={slice.highlight ? 'donut__item donut__item--highlight' : 'donut__item'}
          >
            <span
              aria-hidden="true"
              className={`swatch slice--${slice.isRemainder ? 'remainder' : index}`}
            />
            <span className="donut__label">{slice.label}</span>
            <span className="donut__value">{slice.valueLabel}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
