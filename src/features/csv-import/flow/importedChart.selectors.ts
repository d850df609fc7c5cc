/**
 * The chart model of a user's imported dataset, built like the dashboard's
 * own (src/domain/chartModel.ts) so the same chart, frame, table view and
 * downloads draw it.
 *
 * Its id is 'sector-shares': a label/value dataset is drawn by the sector-
 * shares bar chart, and ChartId names the drawing, not the data. (A cleaner
 * change is an 'imported' ChartId, which the embed code would then refuse:
 * imported data lives in one browser and cannot be embedded.)
 */
import type {
  BarChartModel,
  BarDatum,
  ChartModel,
  TableModel,
} from '../../../domain/chartModel.ts';
import type { ShareCheck } from '../../../domain/import/index.ts';
import { checkShares } from '../../../domain/import/index.ts';
import type { Translate } from '../../../i18n/index.ts';
import { isolate } from '../../../i18n/bidi.ts';
import { formatNumber, formatPercent, formatVintage } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { DatasetGroup, ImportedDataset } from '../storage/importedDataset.ts';

/** Bars drawn at most; the smaller labels are combined into one "other" bar. */
export const MAX_BARS = 15;

export interface ImportedChartView {
  /** The period charted when the dataset has labels and periods; null for the latest. */
  period: string | null;
}

export type ImportedChartModel = ChartModel & BarChartModel;

/** The periods of a dataset, oldest first (normalized periods sort as text: 2019 < 2019-01 < 2020). */
export function datasetPeriods(dataset: ImportedDataset): string[] {
  const periods = new Set<string>();
  for (const group of dataset.groups) if (group.period !== null) periods.add(group.period);
  return [...periods].sort();
}

/** Labels charted against periods: one bar per label for one period. */
function chartsOnePeriod(dataset: ImportedDataset): boolean {
  return dataset.mapping.label !== null && dataset.mapping.period !== null;
}

/** The period shown: the one asked for when the dataset has it, else the latest. */
export function selectImportedPeriod(
  dataset: ImportedDataset,
  view: ImportedChartView,
): string | null {
  if (!chartsOnePeriod(dataset)) return null;
  const periods = datasetPeriods(dataset);
  return view.period !== null && periods.includes(view.period)
    ? view.period
    : (periods.at(-1) ?? null);
}

/** The groups drawn as bars, before "other" and remainder: for one period, or one per period. */
export function chartedGroups(dataset: ImportedDataset, view: ImportedChartView): DatasetGroup[] {
  const period = selectImportedPeriod(dataset, view);
  if (dataset.mapping.label === null) {
    // No labels: one bar per period, in time order.
    return dataset.groups
      .map((group) => ({ ...group, label: group.period ?? '' }))
      .sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  }
  const groups =
    period === null ? dataset.groups : dataset.groups.filter((g) => g.period === period);
  return [...groups].sort((a, b) => b.value - a.value);
}

/** For share data: do the charted shares add up to 100 %? (checkShares of the import core.) */
export function selectShareCheck(
  dataset: ImportedDataset,
  view: ImportedChartView,
): ReturnType<typeof checkShares> | null {
  if (!dataset.shares) return null;
  return checkShares(
    chartedGroups(dataset, view).map((group) => ({
      label: group.label,
      value: group.value,
      row: group.firstRow,
      decimals: dataset.decimals,
    })),
    dataset.mapping.value,
  );
}

/** A value with the decimals it was written with: a group's own, else the most the file has. */
function valueText(
  dataset: ImportedDataset,
  value: number,
  locale: Locale,
  decimals = dataset.decimals,
): string {
  return dataset.shares
    ? formatPercent(value, locale, decimals)
    : formatNumber(value, locale, decimals);
}

/** Builds the bar chart model of an imported dataset; null when there is nothing to draw. */
export function selectImportedChartModel(
  dataset: ImportedDataset,
  view: ImportedChartView,
  t: Translate,
  locale: Locale,
): ImportedChartModel | null {
  const period = selectImportedPeriod(dataset, view);
  const check = selectShareCheck(dataset, view);
  const shareData: ShareCheck | null = check?.ok ? check.data : null;
  // A "Total"/"Jumlah" row is not a share of itself.
  const totalRow = shareData?.totalRow ?? null;
  let groups = chartedGroups(dataset, view).filter(
    (group) => !(totalRow && group.label === totalRow.label && group.firstRow === totalRow.row),
  );
  if (groups.length === 0) return null;

  // Labels drawn and spoken are isolated (a U+202E in one cannot reverse the sentence around it);
  // the table keeps them as they are, for the downloads.
  const named = (label: string) => (label === '' ? t('import.chart.noLabel') : isolate(label));
  const plain = (label: string) => (label === '' ? t('import.chart.noLabel') : label);
  const describe = (label: string, value: number, decimals?: number) =>
    t('import.chart.description', {
      label: named(label),
      value: valueText(dataset, value, locale, decimals),
    });

  const shown = groups.slice(0, MAX_BARS);
  const rest = groups.slice(MAX_BARS);
  groups = shown;
  const tableLabels = shown.map((group) => plain(group.label));
  const bars: BarDatum[] = shown.map((group, index) => ({
    id: `${index}:${group.label}`,
    label: named(group.label),
    value: group.value,
    valueLabel: valueText(dataset, group.value, locale, group.decimals),
    description: describe(group.label, group.value, group.decimals),
    derived: false,
    highlight: index === 0 && dataset.mapping.label !== null,
  }));

  const notes: string[] = [];
  const restSum = rest.reduce((sum, group) => sum + group.value, 0);
  const remainder = shareData?.status === 'remainder' ? shareData.remainder : 0;
  if (rest.length > 0 || remainder > 0) {
    // Shares: everything not drawn is 100 % minus the drawn bars.
    const value = rest.length > 0 ? restSum + remainder : remainder;
    const label =
      rest.length > 0
        ? t('import.chart.otherLabels', { count: rest.length })
        : t('import.chart.remainder');
    bars.push({
      id: 'other',
      label,
      value,
      valueLabel: valueText(dataset, value, locale),
      description: t('import.chart.description', {
        label,
        value: valueText(dataset, value, locale),
      }),
      derived: rest.length === 0,
      highlight: false,
      isRemainder: true,
    });
    if (rest.length > 0)
      notes.push(t('import.chart.note.other', { count: rest.length, shown: MAX_BARS }));
    if (remainder > 0)
      notes.push(
        t('import.chart.note.remainder', {
          remainder: formatPercent(remainder, locale, dataset.decimals),
        }),
      );
  }
  if (totalRow) notes.push(t('import.chart.note.total', { label: isolate(totalRow.label) }));
  const summed = dataset.groups.some((group) => group.count > 1);
  if (summed)
    notes.push(
      t('import.chart.note.summed', {
        rows: formatNumber(dataset.summary.rowsAggregated, locale, 0),
      }),
    );
  if (dataset.summary.skippedCount > 0)
    notes.push(
      t('import.chart.note.skipped', {
        count: formatNumber(dataset.summary.skippedCount, locale, 0),
      }),
    );

  const labelColumn = dataset.mapping.label ?? dataset.mapping.period ?? '';
  const first = groups[0];
  const last = groups.at(-1);
  const largest = [...groups].sort((a, b) => b.value - a.value)[0];
  const title = !largest
    ? isolate(dataset.name)
    : dataset.shares
      ? t('import.chart.titleShare', {
          label: named(largest.label),
          share: valueText(dataset, largest.value, locale, largest.decimals),
        })
      : t('import.chart.titleValue', {
          label: named(largest.label),
          value: valueText(dataset, largest.value, locale, largest.decimals),
        });
  const subtitle =
    period === null
      ? t('import.chart.subtitle', {
          value: isolate(dataset.mapping.value),
          label: isolate(labelColumn),
        })
      : t('import.chart.subtitlePeriod', {
          value: isolate(dataset.mapping.value),
          label: isolate(labelColumn),
          period,
        });

  const table: TableModel = {
    columns: [
      { id: 'label', label: labelColumn || t('import.chart.noLabel'), kind: 'text' },
      {
        id: dataset.shares ? 'share_pct' : 'value',
        label: dataset.shares ? `${dataset.mapping.value} (%)` : dataset.mapping.value,
        kind: 'number',
        decimals: dataset.decimals,
      },
    ],
    rows: bars.map((bar, index) => [tableLabels[index] ?? bar.label, bar.value]),
    // Each row as written (the "other" row at the file's most).
    decimalsByRow: bars.map((_bar, index) => [undefined, shown[index]?.decimals]),
  };

  return {
    id: 'sector-shares',
    kind: 'bar',
    orientation: 'horizontal',
    bars,
    max: Math.max(...bars.map((bar) => bar.value), dataset.shares ? 1 : Number.MIN_VALUE),
    unitLabel: dataset.shares ? t('unit.percent') : isolate(dataset.mapping.value),
    text: {
      title,
      subtitle,
      source: t('import.chart.source', { file: isolate(dataset.fileName) }),
      vintage: t('import.chart.vintage', { date: formatVintage(dataset.importedOn, locale) }),
      notes,
      summary:
        first && last
          ? t('import.chart.summary', {
              count: bars.length,
              first: named(first.label),
              firstValue: valueText(dataset, first.value, locale, first.decimals),
              last: named(last.label),
              lastValue: valueText(dataset, last.value, locale, last.decimals),
            })
          : '',
    },
    table,
  };
}

/**
 * Neither labels nor periods: every row would be added into one bar with no name (three years of a
 * `year,value` file summed), which means nothing. The reader is asked to choose one instead.
 */
export function summedIntoOne(dataset: ImportedDataset): boolean {
  return (
    dataset.mapping.label === null &&
    dataset.mapping.period === null &&
    dataset.groups.reduce((rows, group) => rows + group.count, 0) > 1
  );
}
