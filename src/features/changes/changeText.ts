/**
 * How a changed figure is named and written, on the "What changed" page and in
 * the note a link opened after a data update shows: "Manufacturing exports,
 * year 2019, manufacturing exports (billion USD)", its numbers with the
 * decimals they were printed with.
 */
import type { HistoryTable } from '../../domain/history.ts';
import type { SourceMap } from '../../domain/sources.ts';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import { isMessageKey } from '../../i18n/index.ts';
import { formatNumber, formatVintage } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

function label(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key as MessageKey) : fallback;
}

export function changeTableLabel(table: string, t: Translate): string {
  return label(t, `changes.table.${table}`, table);
}

export function changedFigureLabel(
  figure: { table: HistoryTable; key: string; column: string },
  t: Translate,
): string {
  return `${changeTableLabel(figure.table, t)} ${figure.key}, ${label(
    t,
    `changes.column.${figure.column}`,
    figure.column,
  )}`;
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

/** A changed figure's value with as many decimals as it has (131.1 stays 131.1, 126.57 stays 126.57). */
export function changeNumber(value: number, locale: Locale): string {
  return formatNumber(value, locale, decimalsOf(value));
}

/** Who printed a changed figure's value, and when ("ANTARA …, 2024"); '' for no known source. */
export function changeSourceText(
  sourceId: string | undefined,
  sources: SourceMap,
  locale: Locale,
): string {
  const source = sourceId ? sources.get(sourceId) : undefined;
  if (!source) return '';
  const publisher = locale === 'id' ? source.indonesian.publisher : source.publisher;
  return `${publisher}, ${formatVintage(source.vintage, locale)}`;
}
