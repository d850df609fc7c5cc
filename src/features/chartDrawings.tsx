import type { ReactElement } from 'react';
import type { ChartModel } from '../domain/chartModel.ts';
import DonutDrawing from './sector-shares/DonutDrawing.tsx';
import { DONUT_SIZE } from './sector-shares/donutLayout.ts';
import ExportsTrendDrawing from './exports-trend/ExportsTrendDrawing.tsx';
import { TREND_HEIGHT } from './exports-trend/trendLayout.ts';
import PmiDrawing from './pmi/PmiDrawing.tsx';
import { PMI_HEIGHT } from './pmi/pmiLayout.ts';
import SectorSharesDrawing from './sector-shares/SectorSharesDrawing.tsx';
import { sectorBarsHeight } from './sector-shares/sectorBarsHeight.ts';

const noSelection = () => undefined;

/**
 * The drawing of any chart model at a layout width: the same components the
 * screen uses, for image downloads and the build-time prerender. Static:
 * no animation, no keyboard state. `interactive` draws the hit areas a live
 * chart has (the prerendered page is the live chart before it is wired).
 */
export function chartDrawing(
  model: ChartModel,
  width: number,
  { interactive = false }: { interactive?: boolean } = {},
): { element: ReactElement; width: number; height: number } {
  const onSelect = interactive ? noSelection : undefined;
  if (model.kind === 'line')
    return { element: <PmiDrawing model={model} width={width} />, width, height: PMI_HEIGHT };
  if (model.presentation === 'donut')
    return {
      element: <DonutDrawing model={model} onSelect={onSelect} />,
      width: DONUT_SIZE,
      height: DONUT_SIZE,
    };
  if (model.orientation === 'vertical')
    return {
      element: <ExportsTrendDrawing model={model} width={width} />,
      width,
      height: TREND_HEIGHT,
    };
  return {
    element: <SectorSharesDrawing model={model} width={width} onSelect={onSelect} />,
    width,
    height: sectorBarsHeight(model),
  };
}
