import type { Figure } from '../domain/figures.ts';
import type { Source, SourceMap } from '../domain/sources.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { isMessageKey } from '../i18n/index.ts';
import { formatNumber, formatPercent, formatVintage } from '../i18n/format.ts';
import type { Locale } from '../state/viewState.ts';

/** Text shared by the chart selectors: figures with their precision and provenance. */

const APPROX = '≈ ';

export function sharePercentText(figure: Figure, locale: Locale): string {
  return (
    (figure.status === 'derived' ? APPROX : '') +
    formatPercent(figure.value, locale, figure.decimals)
  );
}

export function billionUsdText(
  figure: Figure,
  locale: Locale,
  t: Translate,
  short = false,
): string {
  const number =
    (figure.status === 'derived' ? APPROX : '') +
    formatNumber(figure.value, locale, figure.decimals);
  return t(short ? 'unit.billionUsdShort' : 'unit.billionUsd', { value: number });
}

export function sectorName(id: string, t: Translate): string {
  const key = `sector.${id}`;
  return isMessageKey(key) ? t(key) : id;
}

export function periodName(id: string, t: Translate): string {
  const key = `period.${id}`;
  return isMessageKey(key) ? t(key as MessageKey) : id;
}

/** Publisher and title in the reader's language. */
export function sourceName(source: Source, locale: Locale): { publisher: string; title: string } {
  return locale === 'id' ? source.indonesian : { publisher: source.publisher, title: source.title };
}

export function sourceLine(
  sources: readonly (Source | undefined)[],
  t: Translate,
  locale: Locale,
): string {
  const names = [
    ...new Set(
      sources
        .filter((s): s is Source => !!s)
        .map((s) => {
          const name = sourceName(s, locale);
          return `${name.publisher}, ${name.title}`;
        }),
    ),
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

export function lookupSources(map: SourceMap, ids: readonly string[]): (Source | undefined)[] {
  return [...new Set(ids)].map((id) => map.get(id));
}
