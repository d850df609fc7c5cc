import { CHART_SECTION_IDS } from '../../components/chartSections.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { Segmented } from '../../components/Segmented.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { PmiDataset } from '../../domain/pmi.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { WHOLE_SERIES } from '../../state/viewState.ts';
import { PmiChart } from './PmiChart.tsx';
import { selectPmiModel, selectPmiYearRanges } from './pmi.selectors.ts';

function Pmi({ dataset, animate }: { dataset: PmiDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const range = useDashboard((s) => s.pmiRange);
  const setRange = useDashboard((s) => s.setPmiRange);
  const view = useDashboard((s) => s.views.pmi);
  const setView = useDashboard((s) => s.setView);
  const model = selectPmiModel(dataset, range, t, locale);
  if (!model || model.kind !== 'line') return null;
  const options = [
    { label: t('pmi.range.all'), ...WHOLE_SERIES },
    ...selectPmiYearRanges(dataset).map(({ year, from, to }) => ({
      label: String(year),
      from,
      to,
    })),
  ];
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
      view={view}
      onViewChange={(mode) => setView('pmi', mode)}
      t={t}
      locale={locale}
      controls={controls}
    >
      <PmiChart
        model={model}
        animate={animate}
        neighbours={() =>
          options.flatMap((option) => selectPmiModel(dataset, option, t, locale) ?? [])
        }
      />
    </ChartFrame>
  );
}

export function PmiPanel({ animate = true }: { animate?: boolean }) {
  return (
    <Panel id={CHART_SECTION_IDS.pmi} heading="pmi.heading">
      <WithDataset id="pmi">{(dataset) => <Pmi dataset={dataset} animate={animate} />}</WithDataset>
    </Panel>
  );
}
