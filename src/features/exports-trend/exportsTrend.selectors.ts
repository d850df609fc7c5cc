import type { ChartModel, FigureHistoryModel, Printing } from '../../domain/chartModel.ts';
import { wasRevised, withoutEditorNotes } from '../../domain/history.ts';
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
  sourceName,
  valueShareStatusKey,
} from '../figureText.ts';
import { formatMonthSpan, formatNumber, formatPercent, formatVintage } from '../../i18n/format.ts';

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
    // The share goes with the manufacturing total of its own release (2019: 126.57, not the restated 127.38).
    const sameRelease =
      entry.manufacturing.sourceId === share.sourceId
        ? entry.manufacturing
        : entry.history?.find(
            (vintage) => vintage.sourceId === share.sourceId && vintage.status === 'first-release',
          )?.value;
    if (!sameRelease) continue;
    const computed = (sameRelease.value / entry.national.value) * 100;
    const rounded = roundTo(computed, share.decimals);
    if (Math.abs(rounded - share.value) < 1e-9) continue;
    notes.push(
      t('trend.note.shareRounding', {
        share: formatPercent(share.value, locale, share.decimals),
        year: entry.year,
        manufacturing: formatNumber(sameRelease.value, locale, sameRelease.decimals),
        national: formatNumber(entry.national.value, locale, entry.national.decimals),
        computed: formatPercent(computed, locale, share.decimals + 1),
        rounded: formatPercent(rounded, locale, share.decimals),
      }),
    );
  }
  return notes;
}

/**
 * A year whose current total restates its first release (2019: 127.38 for
 * 126.57) says so, with both sources and dates: the "revised" mark's history.
 */
function restatementNotes(dataset: ExportsDataset, t: Translate, locale: Locale): string[] {
  return dataset.annual.flatMap((entry) => {
    const first = entry.history?.find((vintage) => vintage.status === 'first-release');
    if (!first || first.value.value === entry.manufacturing.value) return [];
    const source = dataset.sources.get(entry.manufacturing.sourceId);
    const firstSource = first.sourceId ? dataset.sources.get(first.sourceId) : undefined;
    return [
      t('trend.note.restated', {
        year: entry.year,
        value: billionUsdText(entry.manufacturing, locale, t),
        source: source
          ? `${sourceName(source, locale).publisher}, ${formatVintage(source.vintage, locale)}`
          : '—',
        first: formatNumber(first.value.value, locale, first.value.decimals),
        firstDate: formatVintage(firstSource?.vintage ?? first.published, locale),
      }),
    ];
  });
}

/**
 * Every year whose total was printed more than once, with each printing: the
 * current value first (with the phrase that states it), then every kept one.
 */
function annualHistory(dataset: ExportsDataset, locale: Locale): FigureHistoryModel[] {
  const publisherOf = (sourceId: string | undefined) => {
    const source = sourceId ? dataset.sources.get(sourceId) : undefined;
    return source ? { name: sourceName(source, locale).publisher, source } : undefined;
  };
  return dataset.annual.flatMap((entry) => {
    if (!entry.history?.length) return [];
    const current = publisherOf(entry.manufacturing.sourceId);
    const printings: Printing[] = [
      {
        value: entry.manufacturing.value,
        decimals: entry.manufacturing.decimals,
        status: 'current',
        published: current?.source.vintage ?? '',
        publisher: current?.name ?? '',
        publisherInEnglish: false,
        url: entry.printed.url || (current?.source.url ?? ''),
        quote: withoutEditorNotes(entry.printed.quote),
      },
      ...entry.history.map((vintage) => {
        const source = publisherOf(vintage.sourceId);
        const described = withoutEditorNotes(vintage.publisher);
        return {
          value: vintage.value.value,
          decimals: vintage.value.decimals,
          status: vintage.status,
          published: vintage.published || (source?.source.vintage ?? ''),
          publisher: described || (source?.name ?? ''),
          publisherInEnglish: described !== '',
          url: vintage.url || (source?.source.url ?? ''),
          quote: withoutEditorNotes(vintage.quote),
        };
      }),
    ];
    return [
      {
        key: String(entry.year),
        label: String(entry.year),
        revised: wasRevised(entry.manufacturing.value, entry.history),
        printings,
      },
    ];
  });
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
    ...annual.flatMap((entry) =>
      // A year's share may come from another release than its total (2019: the first release's 75.5 %).
      [entry.manufacturing, entry.shareOfNational, entry.national]
        .filter((figure) => figure !== undefined && figure.status === 'stated')
        .map((figure) => ({ sourceId: figure!.sourceId, covers: String(entry.year) })),
    ),
    ...dataset.impliedBases.map((implied) => ({
      sourceId: implied.growth.sourceId,
      covers: String(implied.year + 1),
    })),
  ];
  // The latest part-year after the last full year (January–October 2025), drawn apart.
  const partYear = dataset.partYears
    .filter((entry) => Number(entry.start.slice(0, 4)) > last.year)
    .at(-1);
  const partYearMonths = partYear ? formatMonthSpan(partYear.start, partYear.end, locale) : '';
  const partYearYear = partYear ? Number(partYear.start.slice(0, 4)) : 0;
  if (partYear)
    coverage.push({
      sourceId: partYear.manufacturing.sourceId,
      covers: `${partYearMonths} ${partYearYear}`,
    });
  const lines = sourceLines(dataset.sources, coverage, t, locale);
  const missing = missingYears(annual);
  const notes: string[] = [];
  if (missing.length > 0) notes.push(t('trend.note.gaps', { missing: missing.join(', ') }));
  if (partYear)
    notes.push(t('trend.note.partYear', { months: partYearMonths, year: partYearYear }));
  const firstNonmigas = [...annual, ...(partYear ? [partYear] : [])].find(
    (entry) => entry.measure === 'industri-pengolahan-nonmigas',
  );
  if (firstNonmigas && annual.some((entry) => entry.measure === 'industri-pengolahan'))
    notes.push(
      t('trend.note.measure', {
        year: 'year' in firstNonmigas ? firstNonmigas.year : firstNonmigas.start.slice(0, 4),
      }),
    );
  notes.push(...restatementNotes(dataset, t, locale));
  notes.push(...shareRoundingNotes(annual, t, locale));
  for (const implied of dataset.impliedBases) {
    // A year restated outright says so above; the base a growth rate implies is then no news.
    if (
      annual.find((entry) => entry.year === implied.year)?.manufacturing.value !==
      implied.firstStated?.value
    )
      continue;
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
    history: annualHistory(dataset, locale),
    max: max.manufacturing.value,
    unitLabel: t('unit.billionUsd', { value: '' }).trim(),
    breaks: [
      ...yearBreaks(annual),
      ...(partYear ? [{ afterId: String(last.year), label: t('trend.partYearBreak') }] : []),
    ],
    bars: [
      ...annual.map((entry) => {
        const value = billionUsdText(entry.manufacturing, locale, t);
        const share = entry.shareOfNational
          ? sharePercentText(entry.shareOfNational, locale)
          : null;
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
      ...(partYear
        ? [
            {
              id: partYear.id,
              label: String(partYearYear),
              value: partYear.manufacturing.value,
              valueLabel: formatNumber(
                partYear.manufacturing.value,
                locale,
                partYear.manufacturing.decimals,
              ),
              description: t('trend.descriptionPartYear', {
                months: partYearMonths,
                year: partYearYear,
                value: billionUsdText(partYear.manufacturing, locale, t),
              }),
              derived: false,
              isRemainder: true,
              secondaryLabel: partYearMonths,
              highlight: false,
            },
          ]
        : []),
    ],
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
        // A derived share (2020's ≈ 80.3%) is not a stated one (2019's 75.5%): the file says which.
        { id: 'status', label: t('trend.col.status'), kind: 'text' },
      ],
      rows: [
        ...annual.map((entry) => [
          String(entry.year),
          entry.manufacturing.value,
          entry.national?.value ?? null,
          entry.shareOfNational?.value ?? null,
          growthBy.get(entry.year)?.growth.value ?? null,
          t(valueShareStatusKey(entry.manufacturing, entry.shareOfNational)),
        ]),
        ...(partYear
          ? [
              [
                t('trend.partYear', { months: partYearMonths, year: partYearYear }),
                partYear.manufacturing.value,
                partYear.national?.value ?? null,
                partYear.shareOfNational?.value ?? null,
                null,
                t(valueShareStatusKey(partYear.manufacturing, partYear.shareOfNational)),
              ],
            ]
          : []),
      ],
      decimalsByRow: [
        ...annual.map((entry) => [
          undefined,
          entry.manufacturing.decimals,
          entry.national?.decimals,
          entry.shareOfNational?.decimals,
          growthBy.get(entry.year)?.growth.decimals,
          undefined,
        ]),
        ...(partYear
          ? [
              [
                undefined,
                partYear.manufacturing.decimals,
                partYear.national?.decimals,
                partYear.shareOfNational?.decimals,
                undefined,
                undefined,
              ],
            ]
          : []),
      ],
      rowSources: [
        ...annual.map((entry) =>
          rowSourceText(dataset.sources.get(entry.manufacturing.sourceId), locale),
        ),
        ...(partYear
          ? [rowSourceText(dataset.sources.get(partYear.manufacturing.sourceId), locale)]
          : []),
      ],
    },
    sources: citedSources(
      dataset.sources,
      coverage.map((entry) => entry.sourceId),
    ),
  };
}
