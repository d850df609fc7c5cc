import type { ChartModel } from '../../domain/chartModel.ts';
import type { PmiDataset, PmiPoint } from '../../domain/pmi.ts';
import { PMI_THRESHOLD, pmiLow } from '../../domain/pmi.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatMonth, formatNumber } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { citedSources, lookupSources, sourceLine, vintageLine } from '../figureText.ts';
import { WHOLE_SERIES, isWholeSeries } from '../../state/viewState.ts';
import { addMonths } from '../../domain/month.ts';

export interface PmiRange {
  from: string;
  to: string;
}

/**
 * "First releases, February 2018 – January 2022": the series is shown as
 * first released, each month in the month after it, so its vintage is a span,
 * not one date (which would read as the revised series of that date).
 */
function firstReleaseLine(
  points: readonly PmiPoint[],
  t: Translate,
  locale: Locale,
): string | null {
  const span = releaseSpan(points);
  if (span === null) return null;
  const [from, to = from] = span.split('/') as [string, string?];
  return t('pmi.vintage', { from: formatMonth(from, locale), to: formatMonth(to, locale) });
}

/** The months within the range (inclusive); the whole series when the range selects nothing. */
export function selectPmiPoints(dataset: PmiDataset, range: PmiRange): PmiPoint[] {
  if (isWholeSeries(range)) return dataset.points;
  const points = dataset.points.filter(
    (point) => point.month >= range.from && point.month <= range.to,
  );
  return points.length > 0 ? points : dataset.points;
}

/** Years the series covers, for the range buttons. */
export function selectPmiYears(dataset: PmiDataset): number[] {
  return [...new Set(dataset.points.map((point) => Number(point.month.slice(0, 4))))];
}

/**
 * The range each year button shows: the year's months in the data (2026 so
 * far is January–February 2026), so a link to it reads back as written.
 */
export function selectPmiYearRanges(
  dataset: PmiDataset,
): { year: number; from: string; to: string }[] {
  return selectPmiYears(dataset).map((year) => {
    const months = dataset.points.filter((point) => point.month.startsWith(`${year}-`));
    return {
      year,
      from: months[0]?.month ?? `${year}-01`,
      to: months.at(-1)?.month ?? `${year}-12`,
    };
  });
}

/** The recent spans the PMI's range buttons offer: the latest 12 months and the latest five years. */
export const PMI_RECENT_SPANS = [
  { id: 'years5', months: 60 },
  { id: 'year1', months: 12 },
] as const;
export type PmiRecentSpan = (typeof PMI_RECENT_SPANS)[number]['id'];

/**
 * Each range button of the PMI, in order: the whole series, the latest five years and 12 months
 * (ending at the latest month, so a link made from one keeps the months it showed), then each year.
 */
export function selectPmiRanges(
  dataset: PmiDataset,
): ({ from: string; to: string } & (
  { kind: 'all' } | { kind: 'recent'; span: PmiRecentSpan } | { kind: 'year'; year: number }
))[] {
  const first = dataset.points[0]?.month;
  const last = dataset.points.at(-1)?.month;
  const recent =
    first && last
      ? PMI_RECENT_SPANS.map(({ id, months }) => {
          const from = addMonths(last, 1 - months);
          return { kind: 'recent' as const, span: id, from: from < first ? first : from, to: last };
        })
      : [];
  return [
    { kind: 'all', ...WHOLE_SERIES },
    ...recent,
    ...selectPmiYearRanges(dataset).map(({ year, from, to }) => ({
      kind: 'year' as const,
      year,
      from,
      to,
    })),
  ];
}

function summary(points: PmiPoint[], t: Translate, locale: Locale): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const month = (m: string) => formatMonth(m, locale);
  const value = (point: PmiPoint) => formatNumber(point.value, locale, point.decimals);
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  let belowText = t('pmi.summary.neverBelow');
  const lowIndex = points.indexOf(low);
  if (low.value < PMI_THRESHOLD) {
    // The contraction that holds the low: from the month it fell below 50 to the month it was back.
    let startIndex = lowIndex;
    while (startIndex > 0 && points[startIndex - 1]!.value < PMI_THRESHOLD) startIndex--;
    const firstBelow = points[startIndex]!;
    const recovered = points.slice(lowIndex).find((point) => point.value >= PMI_THRESHOLD);
    belowText = recovered
      ? t('pmi.summary.below', {
          firstBelow: month(firstBelow.month),
          recovered: month(recovered.month),
        })
      : t('pmi.summary.belowNoRecovery', {
          firstBelow: month(firstBelow.month),
          to: month(last.month),
        });
  }
  return t('pmi.summary', {
    from: month(first.month),
    to: month(last.month),
    low: value(low),
    lowMonth: month(low.month),
    high: value(high),
    highMonth: month(high.month),
    belowText,
  });
}

/** The PMI line within a month range, the 50 line as a reference, the series' low annotated. */
export function selectPmiModel(
  dataset: PmiDataset,
  range: PmiRange,
  t: Translate,
  locale: Locale,
): ChartModel | null {
  const points = selectPmiPoints(dataset, range);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  const recordLow = pmiLow(dataset.points);
  const lowInRange = recordLow && points.includes(recordLow) ? recordLow : undefined;
  const values = points.map((point) => point.value);
  const yMin = Math.min(40, Math.floor((Math.min(...values) - 2) / 5) * 5);
  const yMax = Math.max(60, Math.ceil((Math.max(...values) + 2) / 5) * 5);
  const longRange = points.length > 18;
  const xTicks = points
    .filter((point) =>
      longRange ? point.month.endsWith('-01') : Number(point.month.slice(5)) % 3 === 1,
    )
    .map((point) => ({
      x: point.month,
      label: longRange ? point.month.slice(0, 4) : formatMonth(point.month, locale, 'short'),
    }));
  const sources = lookupSources(dataset.sources, [dataset.sourceId]);
  const withReleases = points.some((point) => point.firstRelease);
  const since = dataset.seriesStart ? formatMonth(dataset.seriesStart, locale) : null;
  const lowParams = lowInRange
    ? {
        value: formatNumber(lowInRange.value, locale, lowInRange.decimals),
        month: formatMonth(lowInRange.month, locale),
        ...(since ? { since } : {}),
      }
    : {};

  return {
    id: 'pmi',
    kind: 'line',
    points: points.map((point) => ({
      x: point.month,
      xLabel: formatMonth(point.month, locale),
      y: point.value,
      yLabel: formatNumber(point.value, locale, point.decimals),
    })),
    yDomain: [Math.max(0, yMin), Math.min(100, yMax)],
    xTicks,
    reference: {
      y: PMI_THRESHOLD,
      label: t('pmi.reference'),
      aboveLabel: t('pmi.expansion'),
      belowLabel: t('pmi.contraction'),
    },
    annotations: lowInRange
      ? [
          {
            x: lowInRange.month,
            y: lowInRange.value,
            // Short enough to sit beside the point on a phone; the title gives the month in full.
            label: dataset.seriesStart
              ? t('pmi.lowAnnotation', { ...lowParams, sinceYear: dataset.seriesStart.slice(0, 4) })
              : t('pmi.lowAnnotationNoStart', lowParams),
          },
        ]
      : [],
    unitLabel: t('unit.index'),
    text: {
      title: lowInRange
        ? t(since ? 'pmi.title' : 'pmi.titleLowNoStart', lowParams)
        : t('pmi.titleNoLow', {
            from: formatMonth(first.month, locale),
            to: formatMonth(last.month, locale),
          }),
      subtitle: t('pmi.subtitle', {
        from: formatMonth(first.month, locale),
        to: formatMonth(last.month, locale),
      }),
      source: sourceLine(sources, t, locale),
      vintage: firstReleaseLine(points, t, locale) ?? vintageLine(sources, locale, t),
      notes: [t('pmi.note.firstReported'), t('pmi.note.gloss'), t('pmi.note.attribution')],
      summary: summary(points, t, locale),
    },
    table: {
      columns: [
        { id: 'month', label: t('pmi.col.month'), kind: 'month' },
        { id: 'pmi', label: t('pmi.col.value'), kind: 'number', decimals: 1 },
        ...(withReleases
          ? [{ id: 'first_release', label: t('pmi.col.firstRelease'), kind: 'month' as const }]
          : []),
      ],
      rows: points.map((point) =>
        withReleases
          ? [point.month, point.value, point.firstRelease ?? null]
          : [point.month, point.value],
      ),
      decimalsByRow: points.map((point) =>
        withReleases ? [undefined, point.decimals, undefined] : [undefined, point.decimals],
      ),
    },
    // Cited with the releases of the months shown (a year of the PMI: that year's twelve releases),
    // not the whole series' release range.
    sources: citedSources(dataset.sources, [dataset.sourceId]).map((source) => {
      const releases = releaseSpan(points);
      return releases ? { ...source, vintage: releases } : source;
    }),
  };
}

/** `2021-02/2022-01`: the first and last release of these months (`2021-02` for one). */
function releaseSpan(points: readonly PmiPoint[]): string | null {
  const releases = points.flatMap((point) => (point.firstRelease ? [point.firstRelease] : []));
  if (releases.length === 0) return null;
  const sorted = [...releases].sort();
  return sorted[0] === sorted.at(-1) ? sorted[0]! : `${sorted[0]}/${sorted.at(-1)}`;
}
