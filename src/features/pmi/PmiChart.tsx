import { lazyChunk } from '../../lib/lazyChunk.ts';
import type { ChartModel, LineChartModel } from '../../domain/chartModel.ts';
import { ChartCanvas } from '../../components/charts/ChartCanvas.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { drawingSignature } from '../../components/charts/staticDrawings.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { PMI_HEIGHT, pmiPoints } from './pmiLayout.ts';
import { prepareDrawings } from '../preparedDrawings.ts';

// Recharts loads with the first live drawing, not with the page.
const PmiDrawing = lazyChunk(() => import('./PmiDrawing.tsx'));

/** PageUp/PageDown move a year at a time. */
const MONTHS_PER_PAGE = 12;

/** The PMI line with keyboard walking: one Tab stop; arrow keys walk the months. */
export function PmiChart({
  model,
  animate = true,
  neighbours,
}: {
  model: LineChartModel & { text?: { title: string } };
  animate?: boolean;
  /** The views one click away, drawn ahead when the page is idle. */
  neighbours?: () => readonly ChartModel[];
}) {
  const { t } = useI18n();
  const points = pmiPoints(model);
  return (
    <KeyboardChart
      items={points.map((point) => ({ id: point.x, description: point.description }))}
      label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
      instructions={t('chart.keys.months')}
      pageStep={MONTHS_PER_PAGE}
    >
      {({ activeIndex, pointerTooltip }) => (
        <ChartCanvas
          chart="pmi"
          className="chart--line"
          signature={drawingSignature(model)}
          height={() => PMI_HEIGHT}
          inputs={[activeIndex, pointerTooltip, animate]}
          prepare={
            neighbours && ((width, onScreen) => prepareDrawings('pmi', neighbours, width, onScreen))
          }
        >
          {(width, takingOver) => (
            <PmiDrawing
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
