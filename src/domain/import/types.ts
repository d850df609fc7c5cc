/** The shapes an import produces: columns with detected kinds, parsed rows and a report. */
import type { TextEncodingName } from './decode.ts';
import type { ImportIssue } from './issues.ts';
import type { DecimalPreference, NumberFormat, NumberFormatId } from './numberFormat.ts';

export type Delimiter = ',' | ';' | '\t' | '|';
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

export function isDelimiter(value: unknown): value is Delimiter {
  return typeof value === 'string' && (DELIMITERS as readonly string[]).includes(value);
}

/** text: labels; number: values; period: years, months, quarters (normalized strings). */
export type ColumnKind = 'text' | 'number' | 'period';

export interface ImportedColumn {
  name: string;
  /** 0-based position of the column in the file. */
  sourceIndex: number;
  kind: ColumnKind;
  /** The detected (or given) number format; null unless kind is 'number'. */
  numberFormat: NumberFormat | null;
  /** Cells read as a value of the column's kind. */
  parsedCount: number;
  /** Cells that could not be read (not a number / not a period). */
  failedCount: number;
  /** Empty cells and "no value" marks ("-", "...", "n/a"). */
  emptyCount: number;
}

/** A number, a period string, a text, or null for an empty or unreadable cell. */
export type CellValue = string | number | null;

export interface ImportedRow {
  /** File line where the row starts. */
  line: number;
  /** The trimmed text of each cell, in column order. */
  cells: string[];
  values: CellValue[];
}

export interface SkippedRow {
  row: number;
  column?: string;
  reason: ImportIssue['code'];
}

export interface ImportReport {
  /** null when the input was already text. */
  encoding: TextEncodingName | null;
  bom: boolean;
  delimiter: Delimiter;
  /** Line of the header row, or null when the file has none (columns are named "Column 1" …). */
  headerRow: number | null;
  /** Title lines skipped above the table. */
  titleLines: { row: number; text: string }[];
  /** Data records read (excluding header, title and blank lines). */
  rowsRead: number;
  /** Records that became rows (some may have unreadable cells). */
  rowsImported: number;
  /** Rows kept in `rows` (the first `maxRows`). */
  rowsKept: number;
  columnsRead: number;
  blankLines: number;
  numberFormats: Record<string, NumberFormat | null>;
  /** Rows not imported and why (the first MAX_SKIPPED_LISTED). */
  skippedRows: SkippedRow[];
  skippedCount: number;
}

export interface ImportedTable {
  columns: ImportedColumn[];
  rows: ImportedRow[];
  report: ImportReport;
}

/**
 * The engine's options. Only `file` and `maxRows` reach it from the app (the worker protocol
 * carries nothing else); the overrides of detection (delimiter, header, decimal, number formats)
 * are the engine's API for tests and scripts, not offered to readers.
 */
export interface ImportOptions {
  /** File name, copied into issues. */
  file?: string;
  /** Skip detection and use this delimiter. */
  delimiter?: Delimiter;
  /** Skip detection: the first non-title row is (true) or is not (false) a header. */
  hasHeader?: boolean;
  /** Decimal separator to prefer when a column is ambiguous ("1.234"). Default: from the delimiter and the other columns. */
  decimal?: DecimalPreference;
  /** Number format per column name, overriding detection. */
  numberFormats?: Record<string, NumberFormatId>;
  /** Rows kept in the table (the rest are still read, checked and counted). Default: all for parseImport. */
  maxRows?: number;
}
