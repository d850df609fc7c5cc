import { useShallow } from 'zustand/react/shallow';
import { useDashboard } from '../../state/StoreContext.tsx';
import type { ChartView } from './chartDefinition.ts';

/** The view fields a chart's model is made from, as the store holds them. */
export function useChartView(): ChartView {
  return useDashboard(
    useShallow((s) => ({
      period: s.period,
      sector: s.sector,
      sectorChartKind: s.sectorChartKind,
      pmiRange: s.pmiRange,
      locale: s.locale,
    })),
  );
}
