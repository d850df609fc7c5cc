import type { TableModel } from '../domain/chartModel.ts';
import { isolate } from '../i18n/bidi.ts';
import { formatMonth, formatNumber } from '../i18n/format.ts';
import type { Locale } from '../i18n/locales.ts';

/** Formats one cell for people: numbers in the locale with the precision the figure has. */
export function formatCell(
  table: TableModel,
  rowIndex: number,
  columnIndex: number,
  locale: Locale,
): string {
  const column = table.columns[columnIndex];
  const value = table.rows[rowIndex]?.[columnIndex];
  if (value === null || value === undefined || !column) return '–';
  if (column.kind === 'number' && typeof value === 'number') {
    const decimals = table.decimalsByRow?.[rowIndex]?.[columnIndex] ?? column.decimals ?? 2;
    const range = table.rangesByRow?.[rowIndex]?.[columnIndex];
    if (range)
      return `${formatNumber(range.low, locale, decimals)}–${formatNumber(range.high, locale, decimals)}`;
    return formatNumber(value, locale, decimals);
  }
  if (column.kind === 'month' && typeof value === 'string') return formatMonth(value, locale);
  // Text may be a user's (imported labels): isolated, so an override in it stays in its cell.
  return isolate(String(value));
}

/** Exactly the numbers the chart plots, as an accessible table. */
export function DataTable({
  table,
  caption,
  locale,
}: {
  table: TableModel;
  caption: string;
  locale: Locale;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className={column.kind === 'number' ? 'num' : undefined}
              >
                {isolate(column.label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {row.map((_, columnIndex) => {
                const column = table.columns[columnIndex];
                const text = formatCell(table, rowIndex, columnIndex, locale);
                return columnIndex === 0 ? (
                  <th key={columnIndex} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={columnIndex} className={column?.kind === 'number' ? 'num' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
