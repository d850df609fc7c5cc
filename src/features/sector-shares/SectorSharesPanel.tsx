import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { Segmented } from '../../components/Segmented.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { ExportsDataset } from '../../domain/exports.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { SECTOR_CHART_KINDS } from '../../domain/vocabulary.ts';
import { periodName } from '../figureText.ts';
import { LiveChart } from '../charts/LiveChart.tsx';
import { useChartView } from '../charts/useChartView.ts';
import { sectorSharesChart as chart } from './sectorShares.chart.tsx';

function SectorShares({ dataset, animate }: { dataset: ExportsDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const selectId = useId();
  const view = useChartView();
  const mode = useDashboard((s) => s.views['sector-shares']);
  const { setPeriod, setSector, setView, setSectorChartKind } = useDashboard(
    useShallow((s) => ({
      setPeriod: s.setPeriod,
      setSector: s.setSector,
      setView: s.setView,
      setSectorChartKind: s.setSectorChartKind,
    })),
  );
  const model = chart.select(dataset, view, t);
  if (!model) return null;
  const currentPeriod = chart.downloadPeriod?.(dataset, view);
  const kind = view.sectorChartKind;

  const controls = (
    <>
      <label className="control" htmlFor={selectId}>
        <span className="control__label">{t('period.label')}</span>
        <select
          id={selectId}
          value={currentPeriod}
          onChange={(event) => setPeriod(event.target.value)}
        >
          {dataset.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {periodName(p.id, t)}
            </option>
          ))}
        </select>
      </label>
      <Segmented
        label={t('sectors.kind')}
        options={SECTOR_CHART_KINDS.map((option) => ({
          key: option,
          label: option === 'bar' ? t('sectors.kind.bar') : t('sectors.kind.donut'),
          pressed: kind === option,
          onSelect: () => setSectorChartKind(option),
        }))}
      />
    </>
  );

  return (
    <ChartFrame
      model={model}
      actions={<ChartActions model={model} period={currentPeriod} />}
      view={mode}
      onViewChange={(next) => setView(chart.id, next)}
      t={t}
      locale={locale}
      controls={controls}
    >
      <LiveChart
        // The bars and the donut are two drawings: each starts anew (as two components did).
        key={chart.drawing(model).name}
        definition={chart}
        model={model}
        animate={animate}
        onSelect={setSector}
        neighbours={() =>
          chart
            .neighbours(dataset, view, model)
            .flatMap((other) => chart.select(dataset, { ...other, locale }, t) ?? [])
        }
      />
    </ChartFrame>
  );
}

export function SectorSharesPanel({ animate = true }: { animate?: boolean }) {
  return (
    <Panel id={chart.section.id} heading={chart.section.heading}>
      <WithDataset id={chart.dataset}>
        {(dataset) => <SectorShares dataset={dataset} animate={animate} />}
      </WithDataset>
    </Panel>
  );
}
