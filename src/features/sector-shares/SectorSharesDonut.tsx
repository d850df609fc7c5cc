import { Pie, PieChart, ResponsiveContainer, Sector, Tooltip } from 'recharts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { ChartTooltip } from '../../components/charts/ChartTooltip.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { sliceClass } from '../../components/charts/palette.ts';
import { useChartTranslator } from '../../components/charts/useChartTranslator.ts';

interface SectorSharesDonutProps {
  model: BarChartModel & { text?: { title: string } };
  animate?: boolean;
  onSelect?: (id: string) => void;
}

/**
 * Part of the whole: a donut with a labelled key beside it (slices too thin
 * for direct labels), so colour is never the only way to tell sectors apart.
 * One Tab stop; arrow keys walk the slices, Enter highlights one.
 */
export function SectorSharesDonut({ model, animate = true, onSelect }: SectorSharesDonutProps) {
  const t = useChartTranslator();
  const slices = model.bars;
  const selectedIndex = slices.findIndex((slice) => slice.highlight);
  return (
    <div className="donut">
      <KeyboardChart
        className="donut__chart"
        items={slices.map((slice) => ({
          id: slice.id,
          description: slice.description,
          selected: slice.highlight,
        }))}
        label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
        instructions={t('chart.keys.sectors')}
        initialIndex={Math.max(0, selectedIndex)}
        onActivate={(index) => {
          const slice = slices[index];
          if (slice && onSelect) onSelect(slice.id);
        }}
      >
        {({ activeIndex, pointerTooltip }) => (
          <div className="chart chart--donut">
            <ResponsiveContainer width="100%" height="100%">
              <PieChart accessibilityLayer={false}>
                <Tooltip
                  content={<ChartTooltip />}
                  isAnimationActive={animate}
                  active={pointerTooltip}
                />
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
            </ResponsiveContainer>
          </div>
        )}
      </KeyboardChart>
      <ul className="donut__key">
        {slices.map((slice, index) => (
          <li
            key={slice.id}
            className={slice.highlight ? 'donut__item donut__item--highlight' : 'donut__item'}
          >
            <span aria-hidden="true" className={`swatch ${sliceClass(index, slice.isRemainder)}`} />
            <span className="donut__label">{slice.label}</span>
            <span className="donut__value">{slice.valueLabel}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
