import type { ChartModel } from '../../domain/chartModel.ts';
import type { AnnualTotal, ExportsDataset } from '../../domain/exports.ts';
import { roundTo } from '../../domain/decimal.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import {
  billionUsdText,
  citedSources,
  rowSourceText,
  sharePercentText,
  signedPercentText,
  sourceLines,
} from '../figureText.ts';
import { formatNumber, formatPercent } from '../../i18n/format.ts';

function missingYears(annual: readonly AnnualTotal[]): number[] {
  const years = new Set(annual.map((entry) => entry.year));
  const first = annual[0]?.year ?? 0;
  const last = annual.at(-1)?.year ?? 0;
  const missing: number[] = [];
  for (let year = first; year <= last; year++) if (!years.has(year)) missing.push(year);
  return missing;
}

/** A break after each year that the next year in the data does not follow (2015 → 2018: "2016–2017"). */
function yearBreaks(annual: readonly AnnualTotal[]): { afterId: string; label: string }[] {
  const breaks: { afterId: string; label: string }[] = [];
  annual.forEach((entry, index) => {
    const next = annual[index + 1];
    if (!next || next.year === entry.year + 1) return;
    const from = entry.year + 1;
    const to = next.year - 1;
    breaks.push({
      afterId: String(entry.year),
      label: from === to ? String(from) : `${from}–${to}`,
    });
  });
  return breaks;
}

/**
 * Where a stated share of national exports does not round from its stated
 * totals (2019: 126.57 ÷ 167.53 = 75.55 %, stated 75.5 %), say so: the stated
 * figure stays, and the reader learns why it differs from a recomputation.
 */
function shareRoundingNotes(
  annual: readonly AnnualTotal[],
  t: Translate,
  locale: Locale,
): string[] {
  const notes: string[] = [];
  for (const entry of annual) {
    const share = entry.shareOfNational;
    if (!share || share.status !== 'stated' || !entry.national) continue;
    const computed = (entry.manufacturing.value / entry.national.value) * 100;
    const rounded = roundTo(computed, share.decimals);
    if (Math.abs(rounded - share.value) < 1e-9) continue;
    notes.push(
      t('trend.note.shareRounding', {
        share: formatPercent(share.value, locale, share.decimals),
        year: entry.year,
        manufacturing: formatNumber(
          entry.manufacturing.value,
          locale,
          entry.manufacturing.decimals,
        ),
        national: formatNumber(entry.national.value, locale, entry.national.decimals),
        computed: formatPercent(computed, locale, share.decimals + 1),
        rounded: formatPercent(rounded, locale, share.decimals),
      }),
    );
  }
  return notes;
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
  const growthBy = new Map(dataset.impliedBases.map((implied) => [implied.year + 1, implied]));
  const coverage = [
    ...annual.map((entry) => ({
      sourceId: entry.manufacturing.sourceId,
      covers: String(entry.year),
    })),
    ...dataset.impliedBases.map((implied) => ({
      sourceId: implied.growth.sourceId,
      covers: String(implied.year + 1),
    })),
  ];
  const lines = sourceLines(dataset.sources, coverage, t, locale);
  const missing = missingYears(annual);
  const notes: string[] = [];
  if (missing.length > 0) notes.push(t('trend.note.gaps', { missing: missing.join(', ') }));
  notes.push(...shareRoundingNotes(annual, t, locale));
  for (const implied of dataset.impliedBases) {
    notes.push(
      t('trend.note.revision', {
        baseYear: implied.year,
        year: implied.year + 1,
        growth: signedPercentText(implied.growth, locale),
        total: billionUsdText(implied.total, locale, t),
        base: billionUsdText(implied.base, locale, t),
        firstStated: implied.firstStated ? billionUsdText(implied.firstStated, locale, t) : '—',
      }),
    );
  }

  return {
    id: 'exports-trend',
    kind: 'bar',
    orientation: 'vertical',
    max: max.manufacturing.value,
    unitLabel: t('unit.billionUsd', { value: '' }).trim(),
    breaks: yearBreaks(annual),
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
      source: lines.source,
      vintage: lines.vintage,
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
        { id: 'growth_pct', label: t('trend.col.growth'), kind: 'number' },
      ],
      rows: annual.map((entry) => [
        String(entry.year),
        entry.manufacturing.value,
        entry.national?.value ?? null,
        entry.shareOfNational?.value ?? null,
        growthBy.get(entry.year)?.growth.value ?? null,
      ]),
      decimalsByRow: annual.map((entry) => [
        undefined,
        entry.manufacturing.decimals,
        entry.national?.decimals,
        entry.shareOfNational?.decimals,
        growthBy.get(entry.year)?.growth.decimals,
      ]),
      rowSources: annual.map((entry) =>
        rowSourceText(dataset.sources.get(entry.manufacturing.sourceId), locale),
      ),
    },
    sources: citedSources(
      dataset.sources,
      coverage.map((entry) => entry.sourceId),
    ),
  };
}
