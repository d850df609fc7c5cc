import type { ExportsDataset } from '../../domain/exports.ts';
import type { PmiDataset } from '../../domain/pmi.ts';
import { pmiLow } from '../../domain/pmi.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatMonth, formatNumber, formatVintage } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { billionUsdText, sharePercentText, sourceName } from '../figureText.ts';

export interface Headline {
  id: string;
  label: string;
  value: string;
  detail: string;
  source: string;
}

/**
 * The headline year is the year of the dashboard's reference period (the
 * first full-year period in data/periods.csv), so the cards and the sector
 * chart always speak of the same year.
 */
export function selectExportHeadlines(
  dataset: ExportsDataset,
  t: Translate,
  locale: Locale,
): Headline[] {
  const reference = dataset.periods.find((period) => period.coverage === 'full-year');
  const year = reference ? Number(reference.start.slice(0, 4)) : dataset.annual.at(-1)?.year;
  const annual = dataset.annual.find((entry) => entry.year === year);
  if (!annual) return [];
  const source = dataset.sources.get(annual.manufacturing.sourceId);
  const sourceText = source
    ? `${sourceName(source, locale).publisher}, ${formatVintage(source.vintage, locale)}`
    : '';
  const headlines: Headline[] = [
    {
      id: 'exports',
      label: t('kpi.exports.label', { year: annual.year }),
      value: billionUsdText(annual.manufacturing, locale, t),
      detail: '',
      source: sourceText,
    },
  ];
  if (annual.shareOfNational) {
    headlines.push({
      id: 'share',
      label: t('kpi.share.label', { year: annual.year }),
      value: sharePercentText(annual.shareOfNational, locale),
      detail: annual.national
        ? t('kpi.share.detail', { national: billionUsdText(annual.national, locale, t) })
        : '',
      source: sourceText,
    });
  }
  for (const gdp of dataset.shareOfGdp.filter((entry) => entry.year === annual.year)) {
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
