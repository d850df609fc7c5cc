import { lazyChunk } from '../../lib/lazyChunk.ts';
import type { BarChartModel } from '../../domain/chartModel.ts';
import { ChartCanvas } from '../../components/charts/ChartCanvas.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { drawingSignature } from '../../components/charts/staticDrawings.ts';
import { useChartTranslator } from '../../components/charts/useChartTranslator.ts';
import { TREND_HEIGHT } from './trendLayout.ts';

// Recharts loads with the first live drawing, not with the page.
const ExportsTrendDrawing = lazyChunk(() => import('./ExportsTrendDrawing.tsx'));

/** Exports by year with keyboard walking: one Tab stop; arrow keys walk the years. */
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
        <ChartCanvas
          chart="exports-trend"
          className="chart--trend"
          signature={drawingSignature(['trend', bars, model.max, model.breaks])}
          height={() => TREND_HEIGHT}
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
