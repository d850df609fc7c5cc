import { CHART_SECTION_IDS } from '../../components/chartSections.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { ExportsDataset } from '../../domain/exports.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { ExportsTrendChart } from './ExportsTrendChart.tsx';
import { selectExportsTrendModel } from './exportsTrend.selectors.ts';

function ExportsTrend({ dataset, animate }: { dataset: ExportsDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const period = useDashboard((s) => s.period);
  const view = useDashboard((s) => s.views['exports-trend']);
  const setView = useDashboard((s) => s.setView);
  const model = selectExportsTrendModel(dataset, { period }, t, locale);
  if (!model || model.kind !== 'bar') return null;
  return (
    <ChartFrame
      model={model}
      actions={<ChartActions model={model} />}
      view={view}
      onViewChange={(mode) => setView('exports-trend', mode)}
      t={t}
      locale={locale}
    >
      <ExportsTrendChart
        model={model}
        animate={animate}
        neighbours={() =>
          dataset.periods.flatMap(
            (other) => selectExportsTrendModel(dataset, { period: other.id }, t, locale) ?? [],
          )
        }
      />
    </ChartFrame>
  );
}

export function ExportsTrendPanel({ animate = true }: { animate?: boolean }) {
  return (
    <Panel id={CHART_SECTION_IDS['exports-trend']} heading="trend.heading">
      <WithDataset id="exports">
        {(dataset) => <ExportsTrend dataset={dataset} animate={animate} />}
      </WithDataset>
    </Panel>
  );
}
