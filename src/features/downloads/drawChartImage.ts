import type { ChartModel } from '../../domain/chartModel.ts';
import { renderDrawingMarkup } from '../../components/charts/renderDrawing.ts';
import { chartDrawing } from '../charts/chartDrawings.tsx';
import type { ChartImage, ChartImageOptions } from './chartImage.ts';
import { chartWidthOfImage, composeChartImage } from './chartImage.ts';

/** An image download of a chart: its screen drawing at the image's chart width, in the frame. */
export async function drawChartImage(
  model: ChartModel,
  options: ChartImageOptions,
): Promise<ChartImage> {
  const drawing = await chartDrawing(model, chartWidthOfImage(options.width));
  const markup = await renderDrawingMarkup(drawing.element);
  return composeChartImage(
    model,
    { markup, width: drawing.width, height: drawing.height },
    options,
  );
}
