import { lazyChunk } from '../../lib/lazyChunk.ts';
import type { BarChartModel, BarDatum, ChartModel } from '../../domain/chartModel.ts';
import { ChartCanvas } from '../../components/charts/ChartCanvas.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { drawingSignature } from '../../components/charts/staticDrawings.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { sectorBarsHeight } from './sectorBarsHeight.ts';
import { prepareDrawings } from '../preparedDrawings.ts';

// Recharts loads with the first live drawing, not with the page.
const SectorSharesDrawing = lazyChunk(() => import('./SectorSharesDrawing.tsx'));

interface SectorSharesChartProps {
  model: BarChartModel & { text?: { title: string } };
  animate?: boolean;
  onSelect?: (id: string) => void;
  /** The views one click away, drawn ahead when the page is idle. */
  neighbours?: () => readonly ChartModel[];
}

/**
 * The sector bars with keyboard walking: one Tab stop; arrow keys walk the
 * sectors, Enter highlights one.
 */
export function SectorSharesChart({
  model,
  animate = true,
  onSelect,
  neighbours,
}: SectorSharesChartProps) {
  const { t } = useI18n();
  const bars = model.bars;
  const selectedIndex = bars.findIndex((bar) => bar.highlight);
  return (
    <KeyboardChart
      items={bars.map((bar) => ({
        id: bar.id,
        description: bar.description,
        selected: bar.highlight,
      }))}
      label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
      instructions={t('chart.keys.sectors')}
      initialIndex={Math.max(0, selectedIndex)}
      onActivate={(index) => {
        const bar = bars[index];
        if (bar && onSelect) onSelect(bar.id);
      }}
    >
      {({ activeIndex, pointerTooltip }) => (
        <ChartCanvas
          chart="sector-shares"
          className="chart--bars"
          signature={drawingSignature(model)}
          height={() => sectorBarsHeight(model)}
          inputs={[activeIndex, pointerTooltip, animate]}
          prepare={
            neighbours &&
            ((width, onScreen) => prepareDrawings('sector-shares', neighbours, width, onScreen))
          }
        >
          {(width, takingOver) => (
            <SectorSharesDrawing
              model={model}
              width={width}
              animate={animate && !takingOver}
              activeIndex={activeIndex}
              pointerTooltip={pointerTooltip}
              onSelect={onSelect}
            />
          )}
        </ChartCanvas>
      )}
    </KeyboardChart>
  );
}

export type { BarDatum };
