import { CHART_SECTION_IDS } from '../../components/chartSections.ts';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { PmiDataset } from '../../domain/pmi.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { PmiChart } from './PmiChart.tsx';
import { selectPmiModel, selectPmiRanges } from './pmi.selectors.ts';

function Pmi({ dataset, animate }: { dataset: PmiDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const range = useDashboard((s) => s.pmiRange);
  const setRange = useDashboard((s) => s.setPmiRange);
  const view = useDashboard((s) => s.views.pmi);
  const setView = useDashboard((s) => s.setView);
  const model = selectPmiModel(dataset, range, t, locale);
  if (!model || model.kind !== 'line') return null;
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
    <div className="segmented" role="group" aria-label={t('pmi.range')}>
      {options.map((option) => (
        <button
          key={option.label}
          type="button"
          className="segmented__button"
          aria-pressed={range.from === option.from && range.to === option.to}
          onClick={() => setRange({ from: option.from, to: option.to })}
        >
          {option.label}
        </button>
      ))}
    </div>
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
