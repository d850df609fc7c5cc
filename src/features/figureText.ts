import type { Figure } from '../domain/figures.ts';
import type { Source, SourceMap } from '../domain/sources.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { isMessageKey } from '../i18n/index.ts';
import { formatNumber, formatPercent, formatVintage } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** Text shared by the chart selectors: figures with their precision and provenance. */

const APPROX = '≈ ';

/**
 * How a table row's value and share were obtained, for its status column: both stated, both
 * derived, or one of each (a share without a value, or none, follows the value).
 */
export function valueShareStatusKey(
  value: Pick<Figure, 'status'>,
  share?: Pick<Figure, 'status'>,
): MessageKey {
  const shareStatus = share?.status ?? value.status;
  if (shareStatus === value.status)
    return value.status === 'stated' ? 'status.stated' : 'status.derived';
  return shareStatus === 'stated'
    ? 'status.statedShareDerivedValue'
    : 'status.derivedShareStatedValue';
}

/**
 * The range a derived figure is printed as, when one number would claim too
 * much: a share derived from a value stated with one significant figure
 * ("9" billion ÷ 94.36 is anything from 9.0 % to 10.1 %, and "≈ 10 %" would
 * read like 2019's stated 10 %). Null when a single number is honest.
 */
export function printedRange(figure: Figure): { low: number; high: number } | null {
  if (figure.status !== 'derived' || !figure.interval || figure.significantFigures > 1) return null;
  const factor = 10 ** figure.decimals;
  const low = Math.round(figure.interval.low * factor) / factor;
  const high = Math.round(figure.interval.high * factor) / factor;
  return low === high ? null : { low, high };
}

export function sharePercentText(figure: Figure, locale: Locale): string {
  const range = printedRange(figure);
  if (range)
    return (
      APPROX +
      formatNumber(range.low, locale, figure.decimals) +
      '–' +
      formatPercent(range.high, locale, figure.decimals)
    );
  return (
    (figure.status === 'derived' ? APPROX : '') +
    formatPercent(figure.value, locale, figure.decimals)
  );
}

/** A stated growth rate with its sign: "+2.95%". */
export function signedPercentText(figure: Figure, locale: Locale): string {
  const text = formatPercent(Math.abs(figure.value), locale, figure.decimals);
  return (figure.status === 'derived' ? APPROX : '') + (figure.value < 0 ? '−' : '+') + text;
}

/** "126.57 billion USD", "US$126,57 miliar"; "≈ " before the whole when derived. */
export function billionUsdText(
  figure: Figure,
  locale: Locale,
  t: Translate,
  short = false,
): string {
  const number = formatNumber(figure.value, locale, figure.decimals);
  return (
    (figure.status === 'derived' ? APPROX : '') +
    t(short ? 'unit.billionUsdShort' : 'unit.billionUsd', { value: number })
  );
}

export function sectorName(id: string, t: Translate): string {
  const key = `sector.${id}`;
  return isMessageKey(key) ? t(key) : id;
}

/** A sector's name inside a sentence: a common noun, so lower case ("the largest sector was food"). */
export function sectorNameInSentence(id: string, t: Translate, locale: Locale): string {
  const name = sectorName(id, t);
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

export function periodName(id: string, t: Translate): string {
  const key = `period.${id}`;
  return isMessageKey(key) ? t(key as MessageKey) : id;
}

/** Publisher and title in the reader's language. */
export function sourceName(source: Source, locale: Locale): { publisher: string; title: string } {
  return locale === 'id' ? source.indonesian : { publisher: source.publisher, title: source.title };
}

/** "Publisher, Title" in the reader's language. */
export function sourceText(source: Source, locale: Locale): string {
  const name = sourceName(source, locale);
  return `${name.publisher}, ${name.title}`;
}

export function sourceLine(
  sources: readonly (Source | undefined)[],
  t: Translate,
  locale: Locale,
): string {
  const names = [
    ...new Set(sources.filter((s): s is Source => !!s).map((s) => sourceText(s, locale))),
  ];
  return t('frame.source', { source: names.join('; ') });
}

export function vintageLine(
  sources: readonly (Source | undefined)[],
  locale: Locale,
  t: Translate,
): string {
  const vintages = [
    ...new Set(
      sources.filter((s): s is Source => !!s).map((s) => formatVintage(s.vintage, locale)),
    ),
  ];
  return t('frame.vintage', { vintage: vintages.join('; ') });
}

/** What one source covers in a chart: its id and the labels (years, periods) it gives. */
export interface SourceCoverage {
  sourceId: string;
  covers: string;
}

/**
 * Source and release-date lines for a chart; with several sources, each is
 * paired with the years it covers ("…, Manufacturing exports 2015 (for 2015)";
 * "Data as released: 2019 (for 2015, 2018); 16 January 2020 (for 2019); …"),
 * so a reader can tell which release each figure comes from. The frame, the
 * image download and the CSV all print these lines.
 */
export function sourceLines(
  map: SourceMap,
  coverage: readonly SourceCoverage[],
  t: Translate,
  locale: Locale,
): { source: string; vintage: string } {
  const bySource = new Map<string, string[]>();
  for (const entry of coverage) {
    if (!map.has(entry.sourceId)) continue;
    const covers = bySource.get(entry.sourceId) ?? [];
    if (!covers.includes(entry.covers)) covers.push(entry.covers);
    bySource.set(entry.sourceId, covers);
  }
  const sources = [...bySource.keys()].map((id) => map.get(id)!);
  if (sources.length <= 1) {
    return { source: sourceLine(sources, t, locale), vintage: vintageLine(sources, locale, t) };
  }
  const covers = (id: string) => (bySource.get(id) ?? []).join(', ');
  const byVintage = new Map<string, string[]>();
  for (const source of sources) {
    const list = byVintage.get(source.vintage) ?? [];
    list.push(covers(source.id));
    byVintage.set(source.vintage, list);
  }
  // One publisher for all (Kemenperin's releases of several years): name it once, then the titles.
  const publishers = new Set(sources.map((source) => sourceName(source, locale).publisher));
  const onePublisher = publishers.size === 1 ? [...publishers][0]! : null;
  const entries = sources
    .map((source) =>
      t('frame.sourceFor', {
        source: onePublisher ? sourceName(source, locale).title : sourceText(source, locale),
        covers: covers(source.id),
      }),
    )
    .join('; ');
  return {
    source: onePublisher
      ? t('frame.sourcesOnePublisher', { publisher: onePublisher, sources: entries })
      : t('frame.sources', { sources: entries }),
    vintage: t('frame.vintages', {
      vintages: [...byVintage]
        .map(([vintage, list]) =>
          t('frame.vintageFor', {
            vintage: formatVintage(vintage, locale),
            covers: list.join(', '),
          }),
        )
        .join('; '),
    }),
  };
}

/** One row's source for the CSV: "Publisher, Title (release date)". */
export function rowSourceText(source: Source | undefined, locale: Locale): string {
  return source ? `${sourceText(source, locale)} (${formatVintage(source.vintage, locale)})` : '';
}

export function lookupSources(map: SourceMap, ids: readonly string[]): (Source | undefined)[] {
  return [...new Set(ids)].map((id) => map.get(id));
}

/** The sources a chart cites: each one once, in the order given, unknown ids left out. */
export function citedSources(map: SourceMap, ids: readonly string[]): Source[] {
  return lookupSources(map, ids).filter((source): source is Source => source !== undefined);
}
