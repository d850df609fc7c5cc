import type { ChartModel } from '../../domain/chartModel.ts';
import type { AnnualTotal, ExportsDataset } from '../../domain/exports.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Locale } from '../../state/viewState.ts';
import {
  billionUsdText,
  lookupSources,
  sharePercentText,
  sourceLine,
  vintageLine,
} from '../figureText.ts';
import { formatNumber } from '../../i18n/format.ts';

function missingYears(annual: readonly AnnualTotal[]): number[] {
  const years = new Set(annual.map((entry) => entry.year));
  const first = annual[0]?.year ?? 0;
  const last = annual.at(-1)?.year ?? 0;
  const missing: number[] = [];
  for (let year = first; year <= last; year++) if (!years.has(year)) missing.push(year);
  return missing;
}

/** Total manufacturing exports by year, with the share of national exports where the data has it. */
export function selectExportsTrendModel(
  dataset: ExportsDataset,
  view: { period: string },
  t: Translate,
  locale: Locale,
): ChartModel | null {
  const annual = dataset.annual;
  const first = annual[0];
  const last = annual.at(-1);
  if (!first || !last) return null;
  const highlightYear = /^\d{4}$/.test(view.period) ? Number(view.period) : last.year;
  const max = annual.reduce(
    (top, entry) => (entry.manufacturing.value > top.manufacturing.value ? entry : top),
    first,
  );
  const sources = lookupSources(
    dataset.sources,
    annual.map((entry) => entry.manufacturing.sourceId),
  );
  const missing = missingYears(annual);
  const notes: string[] = [];
  if (missing.length > 0) notes.push(t('trend.note.gaps', { missing: missing.join(', ') }));
  notes.push(t('trend.note.revision'));

  return {
    id: 'exports-trend',
    kind: 'bar',
    orientation: 'vertical',
    max: max.manufacturing.value,
    unitLabel: t('unit.billionUsd', { value: '' }).trim(),
    bars: annual.map((entry) => {
      const value = billionUsdText(entry.manufacturing, locale, t);
      const share = entry.shareOfNational ? sharePercentText(entry.shareOfNational, locale) : null;
      return {
        id: String(entry.year),
        label: String(entry.year),
        value: entry.manufacturing.value,
        valueLabel: formatNumber(entry.manufacturing.value, locale, entry.manufacturing.decimals),
        description: share
          ? t('trend.descriptionWithShare', { year: entry.year, value, share })
          : t('trend.description', { year: entry.year, value }),
        derived: entry.manufacturing.status === 'derived',
        ...(share ? { secondaryLabel: share } : {}),
        highlight: entry.year === highlightYear,
      };
    }),
    text: {
      title: t('trend.title', {
        value: billionUsdText(last.manufacturing, locale, t),
        year: last.year,
      }),
      subtitle: t('trend.subtitle'),
      source: sourceLine(sources, t, locale),
      vintage: vintageLine(sources, locale, t),
      notes,
      summary: t('trend.summary', {
        first: billionUsdText(first.manufacturing, locale, t),
        firstYear: first.year,
        last: billionUsdText(last.manufacturing, locale, t),
        lastYear: last.year,
        max: billionUsdText(max.manufacturing, locale, t),
        maxYear: max.year,
      }),
    },
    table: {
      columns: [
        { id: 'year', label: t('trend.col.year'), kind: 'text' },
        { id: 'manufacturing_busd', label: t('trend.col.value'), kind: 'number' },
        { id: 'national_busd', label: t('trend.col.national'), kind: 'number' },
        { id: 'share_of_national_pct', label: t('trend.col.share'), kind: 'number' },
      ],
      rows: annual.map((entry) => [
        String(entry.year),
        entry.manufacturing.value,
        entry.national?.value ?? null,
        entry.shareOfNational?.value ?? null,
      ]),
      decimalsByRow: annual.map((entry) => [
        undefined,
        entry.manufacturing.decimals,
        entry.national?.decimals,
        entry.shareOfNational?.decimals,
      ]),
    },
  };
}
