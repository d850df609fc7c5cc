import type { ReactElement } from 'react';
import type { ChartModel } from '../../domain/chartModel.ts';
import { loadChunk } from '../../lib/lazyChunk.ts';
import { CHARTS } from './registry.ts';

const noSelection = () => undefined;

/** A model's drawing as its chart's definition draws it (bars or donut, say). */
function drawingOf(model: ChartModel) {
  return CHARTS[model.id].drawing(model);
}

/** The size a model is drawn at, at a layout width (the donut has one size of its own). */
export function chartSize(model: ChartModel, width: number): { width: number; height: number } {
  const drawing = drawingOf(model);
  return { width: drawing.fixedWidth ?? width, height: drawing.height(model, width) };
}

/**
 * The drawing of any chart model at a layout width: the same components the
 * screen uses, for image downloads and the build-time prerender. Static:
 * no animation, no keyboard state. `interactive` draws the hit areas a live
 * chart has (the prerendered page is the live chart before it is wired).
 */
export async function chartDrawing(
  model: ChartModel,
  width: number,
  { interactive = false }: { interactive?: boolean } = {},
): Promise<{ element: ReactElement; width: number; height: number }> {
  const drawing = drawingOf(model);
  const { default: Drawing } = await loadChunk(drawing.load);
  const size = chartSize(model, width);
  // Only a chart whose marks select something draws them as selectable.
  const selectable = interactive && CHARTS[model.id].keyboard(model).selects !== undefined;
  return {
    element: (
      <Drawing model={model} width={size.width} onSelect={selectable ? noSelection : undefined} />
    ),
    ...size,
  };
}
