import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../../components/ChartFrame.tsx';
import type { Translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { ViewMode } from '../../../domain/vocabulary.ts';
import { ChartActions } from '../../downloads/ChartActions.tsx';
import { fileNameQualifier } from '../../downloads/fileNames.ts';
import { SectorSharesChart } from '../../sector-shares/SectorSharesChart.tsx';
import type { ImportedDataset } from '../storage/importedDataset.ts';
import {
  datasetPeriods,
  selectImportedChartModel,
  selectImportedPeriod,
} from '../flow/importedChart.selectors.ts';

interface ImportedChartProps {
  dataset: ImportedDataset;
  t: Translate;
  locale: Locale;
  animate: boolean;
}

/** The imported dataset in the dashboard's own frame, chart, table view and downloads. */
export function ImportedChart({ dataset, t, locale, animate }: ImportedChartProps) {
  const periodId = useId();
  const [view, setView] = useState<ViewMode>('chart');
  const [period, setPeriod] = useState<string | null>(null);
  // Kept stable across unrelated renders of the panel (a failed import, progress):
  // a new model would replay the bars' entry animation and hide their labels meanwhile.
  const model = useMemo(
    () => selectImportedChartModel(dataset, { period }, t, locale),
    [dataset, period, t, locale],
  );
  if (!model) return <p className="import-note">{t('import.chart.empty')}</p>;
  const periods = dataset.mapping.label !== null ? datasetPeriods(dataset) : [];
  const shownPeriod = selectImportedPeriod(dataset, { period });
  const controls =
    periods.length > 1 ? (
      <label className="control" htmlFor={periodId}>
        <span className="control__label">{t('period.label')}</span>
        <select
          id={periodId}
          value={shownPeriod ?? ''}
          onChange={(event) => setPeriod(event.target.value)}
        >
          {periods.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    ) : null;
  return (
    <div className="import-chart" data-dataset={dataset.id}>
      <ChartFrame
        model={model}
        view={view}
        onViewChange={setView}
        t={t}
        locale={locale}
        controls={controls}
        actions={
          <ChartActions
            model={model}
            embeddable={false}
            fileQualifier={`imported-${fileNameQualifier(dataset.name)}${shownPeriod ? `-${shownPeriod}` : ''}`}
          />
        }
      >
        <SectorSharesChart model={model} animate={animate} />
      </ChartFrame>
    </div>
  );
}
