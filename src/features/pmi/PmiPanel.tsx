import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { Segmented } from '../../components/Segmented.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { PmiDataset } from '../../domain/pmi.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { LiveChart } from '../charts/LiveChart.tsx';
import { useChartView } from '../charts/useChartView.ts';
import { pmiChart as chart } from './pmi.chart.ts';
import { selectPmiRanges } from './pmi.selectors.ts';

function Pmi({ dataset, animate }: { dataset: PmiDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const view = useChartView();
  const range = view.pmiRange;
  const setRange = useDashboard((s) => s.setPmiRange);
  const mode = useDashboard((s) => s.views.pmi);
  const setView = useDashboard((s) => s.setView);
  const model = chart.select(dataset, view, t);
  if (!model) return null;
  const options = selectPmiRanges(dataset).map((option) => ({
    label:
      option.kind === 'all'
        ? t('pmi.range.all')
        : option.kind === 'recent'
          ? t(`pmi.range.${option.span}`)
          : String(option.year),
    from: option.from,
    to: option.to,
  }));
  const controls = (
    <Segmented
      label={t('pmi.range')}
      options={options.map((option) => ({
        key: option.label,
        label: option.label,
        pressed: range.from === option.from && range.to === option.to,
        onSelect: () => setRange({ from: option.from, to: option.to }),
      }))}
    />
  );
  return (
    <ChartFrame
      model={model}
      actions={<ChartActions model={model} />}
      view={mode}
      onViewChange={(next) => setView(chart.id, next)}
      t={t}
      locale={locale}
      controls={controls}
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

export function PmiPanel({ animate = true }: { animate?: boolean }) {
  return (
    <Panel id={chart.section.id} heading={chart.section.heading}>
      <WithDataset id={chart.dataset}>
        {(dataset) => <Pmi dataset={dataset} animate={animate} />}
      </WithDataset>
    </Panel>
  );
}
