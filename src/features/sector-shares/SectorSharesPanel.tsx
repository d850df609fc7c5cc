import { CHART_SECTION_IDS } from '../../components/chartSections.ts';
import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ChartFrame } from '../../components/ChartFrame.tsx';
import { ChartActions } from '../downloads/ChartActions.tsx';
import { Panel } from '../../components/Panel.tsx';
import { Segmented } from '../../components/Segmented.tsx';
import { WithDataset } from '../WithDataset.tsx';
import type { BarChartModel, ChartModel } from '../../domain/chartModel.ts';
import type { ExportsDataset } from '../../domain/exports.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import { SECTOR_CHART_KINDS } from '../../domain/vocabulary.ts';
import { periodName } from '../figureText.ts';
import { SectorSharesChart } from './SectorSharesChart.tsx';
import { SectorSharesDonut } from './SectorSharesDonut.tsx';
import { selectSectorSharesModel } from './sectorShares.selectors.ts';

function SectorShares({ dataset, animate }: { dataset: ExportsDataset; animate: boolean }) {
  const { t, locale } = useI18n();
  const selectId = useId();
  const { period, sector, view, kind } = useDashboard(
    useShallow((s) => ({
      period: s.period,
      sector: s.sector,
      view: s.views['sector-shares'],
      kind: s.sectorChartKind,
    })),
  );
  const { setPeriod, setSector, setView, setSectorChartKind } = useDashboard(
    useShallow((s) => ({
      setPeriod: s.setPeriod,
      setSector: s.setSector,
      setView: s.setView,
      setSectorChartKind: s.setSectorChartKind,
    })),
  );
  const model = selectSectorSharesModel(dataset, { period, sector, kind }, t, locale);
  if (!model || model.kind !== 'bar') return null;
  const barModel: ChartModel & BarChartModel = model;
  const currentPeriod = dataset.periods.some((p) => p.id === period)
    ? period
    : dataset.periods[0]?.id;
  // One click away: another period, the other kind, another sector highlighted.
  const neighbours = () => {
    const views = [
      ...dataset.periods.map((other) => ({ period: other.id, sector, kind })),
      { period, sector, kind: kind === 'bar' ? ('donut' as const) : ('bar' as const) },
      ...barModel.bars.map((bar) => ({ period, sector: bar.id, kind })),
    ];
    return views.flatMap((other) => selectSectorSharesModel(dataset, other, t, locale) ?? []);
  };

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
      model={barModel}
      actions={<ChartActions model={barModel} period={currentPeriod} />}
      view={view}
      onViewChange={(mode) => setView('sector-shares', mode)}
      t={t}
      locale={locale}
      controls={controls}
    >
      {kind === 'donut' ? (
        <SectorSharesDonut
          model={barModel}
          animate={animate}
          onSelect={setSector}
          neighbours={neighbours}
        />
      ) : (
        <SectorSharesChart
          model={barModel}
          animate={animate}
          onSelect={setSector}
          neighbours={neighbours}
        />
      )}
    </ChartFrame>
  );
}

export function SectorSharesPanel({ animate = true }: { animate?: boolean }) {
  return (
    <Panel id={CHART_SECTION_IDS['sector-shares']} heading="sectors.heading">
      <WithDataset id="exports">
        {(dataset) => <SectorShares dataset={dataset} animate={animate} />}
      </WithDataset>
    </Panel>
  );
}
