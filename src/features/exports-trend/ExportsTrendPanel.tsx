import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { ExportsDataset } from '../../domain/exports.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { LiveChart } from '../charts/LiveChart.tsx';
import { useChartView } from '../charts/useChartView.ts';
import { exportsTrendChart as chart } from './exportsTrend.chart.ts';

function ExportsTrend({ dataset, animate }: { dataset: ExportsDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const view = useChartView();
  const mode = useDashboard((s) => s.views['exports-trend']);
  const setView = useDashboard((s) => s.setView);
  const model = chart.select(dataset, view, t);
  if (!model) return null;
  return (
    <ChartFrame
      model={model}
      actions={<ChartActions model={model} />}
      view={mode}
      onViewChange={(next) => setView(chart.id, next)}
      t={t}
      locale={locale}
    >
      <LiveChart
        definition={chart}
        model={model}
        animate={animate}
        neighbours={() =>
          chart
            .neighbours(dataset, view, model)
            .flatMap((other) => chart.select(dataset, { ...other, locale }, t) ?? [])
        }
      />
    </ChartFrame>
  );
}

export function ExportsTrendPanel({ animate = true }: { animate?: boolean }) {
  return (
    <Panel id={chart.section.id} heading={chart.section.heading}>
      <WithDataset id={chart.dataset}>
        {(dataset) => <ExportsTrend dataset={dataset} animate={animate} />}
      </WithDataset>
    </Panel>
  );
}
