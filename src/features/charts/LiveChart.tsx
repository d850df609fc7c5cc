import type { ComponentType, LazyExoticComponent } from 'react';
import type { ChartModel } from '../../domain/chartModel.ts';
import { ChartCanvas } from '../../components/charts/ChartCanvas.tsx';
import { KeyboardChart } from '../../components/charts/KeyboardChart.tsx';
import { drawingSignature } from '../../components/charts/staticDrawings.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { lazyChunk } from '../../lib/lazyChunk.ts';
import { prepareDrawings } from '../preparedDrawings.ts';
import type { ChartDefinition, ChartDrawing, LiveDrawingProps } from './chartDefinition.ts';

// Recharts loads with the first live drawing, not with the page: one lazy component per drawing.
const lazyDrawings = new Map<string, LazyExoticComponent<ComponentType<LiveDrawingProps<never>>>>();

function lazyDrawing<Model>(drawing: ChartDrawing<Model>) {
  let component = lazyDrawings.get(drawing.name);
  if (component === undefined) {
    component = lazyChunk(drawing.load as ChartDrawing<never>['load']);
    lazyDrawings.set(drawing.name, component);
  }
  return component as unknown as LazyExoticComponent<ComponentType<LiveDrawingProps<Model>>>;
}

interface LiveChartProps<Model extends ChartModel> {
  definition: ChartDefinition<Model>;
  model: Model;
  animate?: boolean;
  /** Enter on a mark, or a click on it, selects what it stands for (a sector to highlight). */
  onSelect?: (id: string) => void;
  /** The views one click away, drawn ahead when the page is idle. */
  neighbours?: () => readonly ChartModel[];
}

/**
 * Any chart, live: its drawing (loaded with the first live chart) in a ChartCanvas at the layout
 * width that fits, walkable by keyboard as its definition says (one Tab stop; arrow keys walk the
 * marks, Enter selects where the chart has a selection).
 */
export function LiveChart<Model extends ChartModel>({
  definition,
  model,
  animate = true,
  onSelect,
  neighbours,
}: LiveChartProps<Model>) {
  const { t } = useI18n();
  const drawing = definition.drawing(model);
  const keys = definition.keyboard(model);
  const Drawing = lazyDrawing(drawing);
  const chart = definition.id;
  const select = keys.selects;
  const canvas = (
    <KeyboardChart
      className={drawing.around?.chartClassName}
      items={keys.items}
      label={t('chart.keys.label', { title: model.text?.title ?? model.unitLabel })}
      instructions={t(keys.instructions)}
      initialIndex={keys.initialIndex}
      pageStep={keys.pageStep}
      onActivate={
        select &&
        ((index) => {
          const id = select(index);
          if (id !== undefined && onSelect) onSelect(id);
        })
      }
    >
      {({ activeIndex, pointerTooltip }) => (
        <ChartCanvas
          chart={chart}
          className={drawing.className}
          signature={drawingSignature(model)}
          height={(layoutWidth) => drawing.height(model, layoutWidth)}
          fixedWidth={drawing.fixedWidth}
          inputs={[activeIndex, pointerTooltip, animate]}
          prepare={
            neighbours && ((width, onScreen) => prepareDrawings(chart, neighbours, width, onScreen))
          }
        >
          {(width, takingOver) => (
            <Drawing
              model={model}
              width={width}
              animate={animate && !takingOver}
              activeIndex={activeIndex}
              pointerTooltip={pointerTooltip}
              onSelect={select && onSelect}
            />
          )}
        </ChartCanvas>
      )}
    </KeyboardChart>
  );
  if (!drawing.around) return canvas;
  return (
    <div className={drawing.around.className}>
      {canvas}
      {drawing.around.after(model)}
    </div>
  );
}
