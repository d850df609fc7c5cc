import type { ExportsDataset } from '../../domain/exports.ts';
import type { PmiDataset } from '../../domain/pmi.ts';
import { PMI_THRESHOLD, pmiLow } from '../../domain/pmi.ts';
import { nextMonth } from '../../domain/fields.ts';
import type { SourceMap } from '../../domain/sources.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatMonth, formatMonthSpan, formatNumber, formatVintage } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { billionUsdText, sharePercentText, sourceName } from '../figureText.ts';

export interface Headline {
  id: string;
  label: string;
  value: string;
  detail: string;
  source: string;
}

function sourceText(sources: SourceMap, sourceId: string, locale: Locale): string {
  const source = sources.get(sourceId);
  return source
    ? `${sourceName(source, locale).publisher}, ${formatVintage(source.vintage, locale)}`
    : '';
}

/**
 * What is latest: the latest full year with its share of national exports,
 * the latest part-year (never shown as a full year), and manufacturing's
 * latest share of GDP, each with its source and release date.
 */
export function selectExportHeadlines(
  dataset: ExportsDataset,
  t: Translate,
  locale: Locale,
): Headline[] {
  const annual = dataset.annual.at(-1);
  if (!annual) return [];
  const headlines: Headline[] = [
    {
      id: 'exports',
      label: t('kpi.exports.label', { year: annual.year }),
      value: billionUsdText(annual.manufacturing, locale, t),
      detail: annual.shareOfNational
        ? t('kpi.exports.detail', {
            share: sharePercentText(annual.shareOfNational, locale),
            national: annual.national ? billionUsdText(annual.national, locale, t) : '—',
          })
        : '',
      source: sourceText(dataset.sources, annual.manufacturing.sourceId, locale),
    },
  ];
  const partYear = dataset.partYears
    .filter((entry) => Number(entry.start.slice(0, 4)) > annual.year)
    .at(-1);
  if (partYear) {
    headlines.push({
      id: 'part-year',
      label: t('kpi.partYear.label', {
        months: formatMonthSpan(partYear.start, partYear.end, locale),
        year: partYear.start.slice(0, 4),
      }),
      value: billionUsdText(partYear.manufacturing, locale, t),
      detail: partYear.shareOfNational
        ? t('kpi.partYear.detail', {
            share: sharePercentText(partYear.shareOfNational, locale),
          })
        : t('kpi.partYear.detailNoShare'),
      source: sourceText(dataset.sources, partYear.manufacturing.sourceId, locale),
    });
  }
  for (const gdp of dataset.shareOfGdp.slice(-1)) {
    const gdpSource = dataset.sources.get(gdp.share.sourceId);
    headlines.push({
      id: 'gdp-share',
      label: t('kpi.gdp.label', { year: gdp.year }),
      value: sharePercentText(gdp.share, locale),
      detail: '',
      source: gdpSource
        ? `${sourceName(gdpSource, locale).publisher}, ${formatVintage(gdpSource.vintage, locale)}`
        : '',
    });
  }
  return headlines;
}

/** The latest PMI month: its value, and whether it means expansion or contraction. */
export function selectLatestPmiHeadline(
  dataset: PmiDataset,
  t: Translate,
  locale: Locale,
): Headline | null {
  const latest = dataset.points.at(-1);
  if (!latest) return null;
  const source = dataset.sources.get(dataset.sourceId);
  const publisher = source ? sourceName(source, locale).publisher : '';
  return {
    id: 'pmi-latest',
    label: t('kpi.pmiLatest.label', { month: formatMonth(latest.month, locale) }),
    value: formatNumber(latest.value, locale, latest.decimals),
    detail:
      latest.value > PMI_THRESHOLD
        ? t('kpi.pmiLatest.expansion')
        : latest.value < PMI_THRESHOLD
          ? t('kpi.pmiLatest.contraction')
          : t('kpi.pmiLatest.unchanged'),
    source: latest.firstRelease
      ? t('kpi.firstReleased', { publisher, month: formatMonth(latest.firstRelease, locale) })
      : publisher,
  };
}

/**
 * When the next figures are due, from the newest month in the data: the PMI
 * on the first working day of the month after the month it covers; BPS trade
 * data (monthly manufacturing exports) around the middle of the next month.
 */
export function nextReleases(latestPmiMonth: string, latestExportsMonth: string) {
  const pmi = nextMonth(latestPmiMonth);
  const exports = nextMonth(latestExportsMonth);
  return {
    pmi: { covers: pmi, due: nextMonth(pmi) },
    exports: { covers: exports, due: nextMonth(exports) },
  };
}

/** The newest release date in the data: the last date any source's vintage names. */
export function dataAsOf(sources: SourceMap): string {
  let newest = '';
  for (const source of sources.values()) {
    const last = source.vintage.split('/').at(-1) ?? '';
    // Compare as far as both are precise: 2026-03 is newer than 2026-01-01.
    if (newest === '' || last.padEnd(10, '~') > newest.padEnd(10, '~')) newest = last;
  }
  return newest;
}

export function selectDataStatus(
  exportsData: ExportsDataset,
  pmi: PmiDataset,
  t: Translate,
  locale: Locale,
): { asOf: string; next: string } {
  const merged = new Map([...exportsData.sources, ...pmi.sources]);
  const latestExports = [
    ...exportsData.partYears.map((entry) => entry.end),
    ...exportsData.annual.map((entry) => `${entry.year}-12`),
    ...exportsData.months.map((entry) => entry.month),
  ].sort();
  const next = nextReleases(
    pmi.points.at(-1)?.month ?? '1970-01',
    latestExports.at(-1) ?? '1970-01',
  );
  return {
    asOf: t('kpi.asOf', { date: formatVintage(dataAsOf(merged), locale) }),
    next: t('kpi.next', {
      pmiMonth: formatMonth(next.pmi.covers, locale),
      pmiDue: formatMonth(next.pmi.due, locale),
      exportsMonth: formatMonth(next.exports.covers, locale),
      exportsDue: formatMonth(next.exports.due, locale),
    }),
  };
}

export function selectPmiHeadline(
  dataset: PmiDataset,
  t: Translate,
  locale: Locale,
): Headline | null {
  const low = pmiLow(dataset.points);
  if (!low) return null;
  const source = dataset.sources.get(dataset.sourceId);
  const publisher = source ? sourceName(source, locale).publisher : '';
  return {
    id: 'pmi-low',
    label: dataset.seriesStart
      ? t('kpi.pmiLow.label', { since: formatMonth(dataset.seriesStart, locale) })
      : t('kpi.pmiLow.labelNoStart'),
    value: formatNumber(low.value, locale, low.decimals),
    detail: t('kpi.pmiLow.detail', { month: formatMonth(low.month, locale) }),
    // The low as first released (May 2020), not the release date of the whole series.
    source: !source
      ? ''
      : low.firstRelease
        ? t('kpi.firstReleased', { publisher, month: formatMonth(low.firstRelease, locale) })
        : `${publisher}, ${formatVintage(source.vintage, locale)}`,
  };
}
