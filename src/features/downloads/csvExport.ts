/**
 * CSV and clipboard exports of a chart's table: exactly the numbers the chart
 * plots, at the precision they were printed (the table's decimals), so a
 * derived value never claims more precision than the figures it came from.
 *
 * Two flavours:
 * - machine: UTF-8 without BOM, comma, `.` decimal, no grouping, months as
 *   `YYYY-MM`, header = column ids, RFC 4180 quoting and CRLF line ends. The
 *   same shape as the files in data/.
 * - spreadsheet: what the reader's spreadsheet opens correctly with a double
 *   click. `id`: `;` delimiter and `,` decimal (Excel with Indonesian regional
 *   settings expects both); `en`: `,` and `.`. Both start with a UTF-8 BOM
 *   (without it Excel reads UTF-8 as a legacy code page and mangles "≈" and
 *   "–"), headers are the translated column labels, and every text cell a
 *   spreadsheet would run as a formula (`=`, `+`, `-`, `@` …), headers and the
 *   source column included, gets a leading `'` (OWASP's advice against CSV
 *   injection; an imported file's headers and labels can contain anything).
 *   The clipboard TSV is guarded the same way.
 *
 * Provenance: both flavours stay strictly rectangular (one header row, no
 * comment lines), so any CSV reader round-trips them. Attribution travels as
 * an ordinary last column, added with `withSourceColumn` (the files in data/
 * carry a `source` column too), and in the file name's chart id.
 */
import type {
  ChartId,
  ChartModel,
  FigureHistoryModel,
  TableCell,
  TableModel,
} from '../../domain/chartModel.ts';
import type { Translate } from '../../i18n/index.ts';
import { withoutIsolates } from '../../i18n/bidi.ts';
import type { Locale } from '../../i18n/locales.ts';
import { chartFileBase } from './fileNames.ts';

export type CsvFlavour = 'machine' | 'spreadsheet';

export const UTF8_BOM = '\uFEFF';

export interface SpreadsheetFormat {
  delimiter: ',' | ';';
  decimal: '.' | ',';
}

export const SPREADSHEET_FORMATS: Record<Locale, SpreadsheetFormat> = {
  en: { delimiter: ',', decimal: '.' },
  id: { delimiter: ';', decimal: ',' },
};

const MACHINE_FORMAT: SpreadsheetFormat = { delimiter: ',', decimal: '.' };
const CRLF = '\r\n';

// Plain digits, never grouping or an exponent: 1e-7 → "0.0000001".
const plainFormats = new Map<number, Intl.NumberFormat>();
function plainFormat(decimals: number | undefined): Intl.NumberFormat {
  const key = decimals ?? -1;
  let format = plainFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      useGrouping: false,
      ...(decimals === undefined
        ? { maximumFractionDigits: 20 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
    });
    plainFormats.set(key, format);
  }
  return format;
}

function validDecimals(decimals: number | undefined): number | undefined {
  return decimals !== undefined && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20
    ? decimals
    : undefined;
}

/**
 * A number as plain `.`-decimal text with `decimals` places (all its digits
 * when not given); '' for a missing or non-finite value.
 */
export function plainDecimal(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const text = plainFormat(validDecimals(decimals)).format(value);
  // No "-0" or "-0.00": a rounded-away sign is noise.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

function cellDecimals(
  table: TableModel,
  rowIndex: number,
  columnIndex: number,
): number | undefined {
  return table.decimalsByRow?.[rowIndex]?.[columnIndex] ?? table.columns[columnIndex]?.decimals;
}

/**
 * Text a spreadsheet would evaluate as a formula: OWASP's starts (`=` `+` `-`
 * `@`, tab, CR), their full-width forms (East Asian Excel converts them), and
 * any of these after leading spaces (some spreadsheets trim before reading).
 */
const FORMULA_START = /^[ ]{0,64}[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** Whether the spreadsheet flavours write `text` with a leading `'`. */
export function needsFormulaGuard(text: string): boolean {
  return FORMULA_START.test(text);
}

function guardFormula(text: string): string {
  return needsFormulaGuard(text) ? `'${text}` : text;
}

interface CellFormat {
  decimal: SpreadsheetFormat['decimal'];
  guardFormulas: boolean;
}

function formatCell(
  cell: TableCell | undefined,
  decimals: number | undefined,
  format: CellFormat,
): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const text = plainDecimal(cell, decimals);
    return format.decimal === '.' ? text : text.replace('.', format.decimal);
  }
  // Every text cell a spreadsheet reads, whatever its column: labels, months, the source column.
  return format.guardFormulas ? guardFormula(cell) : cell;
}

/** RFC 4180: quote a field holding the delimiter, a quote or a line break; double inner quotes. */
function quoteField(field: string, delimiter: string): string {
  return field.includes(delimiter) || /["\r\n]/.test(field)
    ? `"${field.replace(/"/g, '""')}"`
    : field;
}

function tableRecords(table: TableModel, header: 'ids' | 'labels', format: CellFormat): string[][] {
  const columns = table.columns;
  // Headers are cells too: an imported file's column names end up here.
  const headerRow = columns.map((column) =>
    formatCell(header === 'ids' ? column.id : column.label, undefined, format),
  );
  const dataRows = table.rows.map((row, rowIndex) =>
    columns.map((_column, columnIndex) =>
      formatCell(row[columnIndex], cellDecimals(table, rowIndex, columnIndex), format),
    ),
  );
  return [headerRow, ...dataRows];
}

function joinRecords(records: string[][], delimiter: string, lineEnd: string): string {
  return records
    .map((record) => record.map((field) => quoteField(field, delimiter)).join(delimiter))
    .join(lineEnd);
}

/** Machine CSV: comma, `.` decimal, column ids as header, no BOM. */
export function tableToMachineCsv(table: TableModel): string {
  const records = tableRecords(table, 'ids', {
    decimal: MACHINE_FORMAT.decimal,
    guardFormulas: false,
  });
  return joinRecords(records, MACHINE_FORMAT.delimiter, CRLF) + CRLF;
}

/** Spreadsheet CSV in the reader's locale: BOM, translated headers, locale delimiter and decimal. */
export function tableToSpreadsheetCsv(table: TableModel, locale: Locale): string {
  const format = SPREADSHEET_FORMATS[locale];
  const records = tableRecords(table, 'labels', { decimal: format.decimal, guardFormulas: true });
  return UTF8_BOM + joinRecords(records, format.delimiter, CRLF) + CRLF;
}

export function tableToCsv(table: TableModel, flavour: CsvFlavour, locale: Locale): string {
  return flavour === 'machine' ? tableToMachineCsv(table) : tableToSpreadsheetCsv(table, locale);
}

/**
 * Tab-separated text for the clipboard: pastes into Excel, LibreOffice and
 * Google Sheets as cells. Translated headers, the locale's decimal mark, no
 * grouping (a grouped "1.234" would paste as 1.234 in an English sheet).
 */
export function tableToTsv(table: TableModel, locale: Locale): string {
  const records = tableRecords(table, 'labels', {
    decimal: SPREADSHEET_FORMATS[locale].decimal,
    guardFormulas: true,
  });
  // Spreadsheets read quoted cells on paste as they do in CSV: tabs, quotes and line breaks need quoting.
  return joinRecords(records, '\t', '\n');
}

/**
 * The table with attribution as its last column (`source`: each row's own
 * source where the table has `rowSources`, else the same text in every row),
 * as the files in data/ carry it. Unchanged when it already has one.
 */
export function withSourceColumn(
  table: TableModel,
  source: { label: string; text: string },
): TableModel {
  if (table.columns.some((column) => column.id === 'source')) return table;
  return {
    columns: [...table.columns, { id: 'source', label: source.label, kind: 'text' }],
    // A row with its own source (a year from its own release) carries that one.
    rows: table.rows.map((row, index) => [...row, table.rowSources?.[index] ?? source.text]),
    ...(table.decimalsByRow
      ? { decimalsByRow: table.decimalsByRow.map((row) => [...row, undefined]) }
      : {}),
  };
}

/**
 * What a chart's CSV download holds: its table, and its source line with the
 * release date as the last column. The app's Download button and the build's
 * published chart files (data/charts/) both write this, so they cannot differ.
 */
export function chartDownloadTable(
  model: Pick<ChartModel, 'table' | 'text'>,
  sourceLabel: string,
  /** The one period a chart shows (the sector chart's `2018`), as a column of its own. */
  period?: { label: string; id: string },
): TableModel {
  const table = withSourceColumn(model.table, {
    label: sourceLabel,
    // The file gets the text without the isolates that keep user text apart on screen.
    text: withoutIsolates(`${model.text.source.replace(/^[^:]*:\s*/, '')} (${model.text.vintage})`),
  });
  return period === undefined ? table : withPeriodColumn(table, period);
}

/**
 * The span of time a table covers, for its download's file name: `2021-01-2021-12` from a
 * `month` column, `2015-2023` (or `2019`) from a `year` column; undefined when it has neither.
 */
export function tablePeriod(table: TableModel): string | undefined {
  const index = table.columns.findIndex((column) => column.id === 'month' || column.id === 'year');
  if (index < 0) return undefined;
  const values = table.rows
    .map((row) => row[index])
    .filter((cell): cell is string => typeof cell === 'string' && cell !== '')
    .sort();
  const first = values[0];
  const last = values[values.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return first === last ? first : `${first}-${last}`;
}

/**
 * The table with the period it shows as its first column (`period`), so a file of one
 * period says which; unchanged when the table has a period, month or year column already.
 */
export function withPeriodColumn(
  table: TableModel,
  period: { label: string; id: string },
): TableModel {
  if (table.columns.some((column) => ['period', 'month', 'year'].includes(column.id))) return table;
  return {
    ...table,
    columns: [{ id: 'period', label: period.label, kind: 'text' }, ...table.columns],
    rows: table.rows.map((row) => [period.id, ...row]),
    ...(table.decimalsByRow
      ? { decimalsByRow: table.decimalsByRow.map((row) => [undefined, ...row]) }
      : {}),
    ...(table.rangesByRow
      ? { rangesByRow: table.rangesByRow.map((row) => [undefined, ...row]) }
      : {}),
  };
}

/**
 * `indonesia-manufacturing-pmi.csv` (machine) or
 * `indonesia-manufacturing-pmi-spreadsheet-id.csv`; a qualifier such as the
 * period goes after the chart id.
 */
/**
 * Every printing of the figures a chart draws, a row each (the current value
 * first): the history as a table of its own, in the columns of data/vintages.csv.
 */
export function historyTable(history: readonly FigureHistoryModel[], t: Translate): TableModel {
  const printings = history.flatMap((figure) =>
    figure.printings.map((printing) => ({ figure, printing })),
  );
  return {
    columns: [
      { id: 'figure', label: t('history.col.figure'), kind: 'text' },
      { id: 'value', label: t('history.col.value'), kind: 'number' },
      { id: 'status', label: t('history.col.status'), kind: 'text' },
      { id: 'published', label: t('history.col.published'), kind: 'text' },
      { id: 'publisher', label: t('history.col.publisher'), kind: 'text' },
      { id: 'url', label: t('history.col.url'), kind: 'text' },
      { id: 'quote', label: t('history.col.quote'), kind: 'text' },
    ],
    rows: printings.map(({ figure, printing }) => [
      figure.key,
      printing.value,
      printing.status,
      printing.published,
      printing.publisher,
      printing.url,
      printing.quote,
    ]),
    decimalsByRow: printings.map(({ printing }) => [
      undefined,
      printing.decimals,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]),
  };
}

export function csvFileName(
  chartId: ChartId,
  flavour: CsvFlavour,
  locale: Locale,
  qualifier?: string,
): string {
  const base = chartFileBase(chartId, qualifier);
  return flavour === 'machine' ? `${base}.csv` : `${base}-spreadsheet-${locale}.csv`;
}
