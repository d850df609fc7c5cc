/**
 * What every column type of an import provides, one small module per type as in
 * Datawrapper's `columnTypes/`: `detect` on the sampled cells of a column,
 * `reader` to convert its cells as the rows stream past, and `format` to write a
 * value back as text.
 */
import type { ImportIssue } from '../issues.ts';
import type { DecimalPreference, NumberFormat } from '../numberFormat.ts';
import type { CellValue, ColumnKind, ImportedColumn } from '../types.ts';
import type { MixedFormats } from './number.ts';

/** What detection knows besides the cells: the column's name and the decimal separator to prefer. */
export interface DetectContext {
  name: string;
  preference: DecimalPreference;
}

/** A column detected as a type, with the number format it reads (null but for numbers). */
export interface Detected {
  numberFormat: NumberFormat | null;
}

/** Where a reader reports: issues (with row and column), and cells written in another number format. */
export interface CellReport {
  add(issue: ImportIssue): void;
  readonly mixed: MixedFormats;
}

/**
 * Converts one trimmed cell of a column, counting it in the column's `parsedCount`,
 * `failedCount` or `emptyCount`. Runs for every cell of a million rows.
 */
export type CellReader = (text: string, line: number) => CellValue;

export interface ColumnType {
  kind: ColumnKind;
  /** Whether the sampled cells (trimmed, no "no value" marks, at least one) are of this type. */
  detect(cells: readonly string[], context: DetectContext): Detected | null;
  /** A reader for the cells of `column`, the `index`-th imported column. */
  reader(column: ImportedColumn, index: number, report: CellReport): CellReader;
  /** A value of this type as plain text (numbers `.`-decimal, for machines); '' for none. */
  format(value: CellValue): string;
}
