import type { BarChartModel, ChartModel } from '../../domain/chartModel.ts';
import { LiveChart } from '../charts/LiveChart.tsx';
import { sectorSharesChart } from './sectorShares.chart.tsx';

/**
 * Bars of parts of a whole, live, as the sector chart draws them: a reader's own data draws with
 * it too (features/csv-import), so it takes any bar model with a title.
 */
export function SectorSharesChart({
  model,
  ...props
}: {
  model: BarChartModel & { text: { title: string } };
  animate?: boolean;
  onSelect?: (id: string) => void;
}) {
  // The drawing reads the bars and the title only: the rest of a chart model is not needed.
  return <LiveChart definition={sectorSharesChart} model={model as ChartModel} {...props} />;
}
