import { lazyChunk } from '../../lib/lazyChunk.ts';
import type { BarChartModel, ChartModel } from '../../domain/chartModel.ts';
import { ChartCanvas } from '../../components/charts/ChartCanvas.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { drawingSignature } from '../../components/charts/staticDrawings.ts';
import { DONUT_SIZE } from './donutLayout.ts';
import { prepareDrawings } from '../preparedDrawings.ts';
import { sliceClass } from '../../components/charts/palette.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

// Recharts loads with the first live drawing, not with the page.
const DonutDrawing = lazyChunk(() => import('./DonutDrawing.tsx'));

interface SectorSharesDonutProps {
  model: BarChartModel & { text?: { title: string } };
  animate?: boolean;
  onSelect?: (id: string) => void;
  /** The views one click away, drawn ahead when the page is idle. */
  neighbours?: () => readonly ChartModel[];
}

/**
 * Part of the whole: a donut with a labelled key beside it (slices too thin
 * for direct labels), so colour is never the only way to tell sectors apart.
 * One Tab stop; arrow keys walk the slices, Enter highlights one.
 */
export function SectorSharesDonut({
  model,
  animate = true,
  onSelect,
  neighbours,
}: SectorSharesDonutProps) {
  const { t } = useI18n();
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
          <ChartCanvas
            chart="sector-shares"
            className="chart--donut"
            signature={drawingSignature(model)}
            height={() => DONUT_SIZE}
            fixedWidth={DONUT_SIZE}
            inputs={[activeIndex, pointerTooltip, animate]}
            prepare={
              neighbours &&
              ((width, onScreen) => prepareDrawings('sector-shares', neighbours, width, onScreen))
            }
          >
            {(_width, takingOver) => (
              <DonutDrawing
                model={model}
                animate={animate && !takingOver}
                activeIndex={activeIndex}
                pointerTooltip={pointerTooltip}
                onSelect={onSelect}
              />
            )}
          </ChartCanvas>
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
