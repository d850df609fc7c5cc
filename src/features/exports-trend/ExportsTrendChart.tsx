import { lazyChunk } from '../../lib/lazyChunk.ts';
import type { BarChartModel, ChartModel } from '../../domain/chartModel.ts';
import { ChartCanvas } from '../../components/charts/ChartCanvas.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { drawingSignature } from '../../components/charts/staticDrawings.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { TREND_HEIGHT } from './trendLayout.ts';
import { prepareDrawings } from '../preparedDrawings.ts';

// Recharts loads with the first live drawing, not with the page.
const ExportsTrendDrawing = lazyChunk(() => import('./ExportsTrendDrawing.tsx'));

/** Exports by year with keyboard walking: one Tab stop; arrow keys walk the years. */
export function ExportsTrendChart({
  model,
  animate = true,
  neighbours,
}: {
  model: BarChartModel & { text?: { title: string } };
  animate?: boolean;
  /** The views one click away, drawn ahead when the page is idle. */
  neighbours?: () => readonly ChartModel[];
}) {
  const { t } = useI18n();
  const bars = model.bars;
  return (
    <KeyboardChart
      items={bars.map((bar) => ({ id: bar.id, description: bar.description }))}
      label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
      instructions={t('chart.keys.years')}
    >
      {({ activeIndex, pointerTooltip }) => (
        <ChartCanvas
          chart="exports-trend"
          className="chart--trend"
          signature={drawingSignature(model)}
          height={() => TREND_HEIGHT}
          inputs={[activeIndex, pointerTooltip, animate]}
          prepare={
            neighbours &&
            ((width, onScreen) => prepareDrawings('exports-trend', neighbours, width, onScreen))
          }
        >
          {(width, takingOver) => (
            <ExportsTrendDrawing
              model={model}
              width={width}
              animate={animate && !takingOver}
              activeIndex={activeIndex}
              pointerTooltip={pointerTooltip}
            />
          )}
        </ChartCanvas>
      )}
    </KeyboardChart>
  );
}
