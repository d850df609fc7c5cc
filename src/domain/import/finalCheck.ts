/**
 * What the whole file comes to, once every record is read: the issues only the
 * end can tell (an unclosed quote, mixed number formats, no rows, no numbers)
 * and the report. Pure: the same reading gives the same issues and report.
 */
import type { RecordsEnd } from '../csvRecords.ts';
import type { TextEncodingName } from './decode.ts';
import type { MixedCells } from './columnTypes/index.ts';
import type { ImportIssue } from './issues.ts';
import type { Layout } from './layout.ts';
import { isValueName } from './mapping.ts';
import { writeInFormat } from './numberFormat.ts';
import type { RowTally } from './rows.ts';
import { boundText, collapseSpace, MAX_LABEL_LENGTH } from './text.ts';
import type { Delimiter, ImportedColumn, ImportReport } from './types.ts';

export interface FinalCheckInput {
  layout: Layout;
  columns: readonly ImportedColumn[];
  tally: RowTally;
  /** How the records ended (an unclosed quote, or not). */
  end: RecordsEnd;
  /** Mixed-format cells per column index. */
  mixed: ReadonlyMap<number, MixedCells>;
}

/** Nothing but blank lines or bare delimiters (";;;"): an empty file, though it has bytes. */
export function isEmptyReading({
  layout,
  tally,
  end,
}: Pick<FinalCheckInput, 'layout' | 'tally' | 'end'>): boolean {
  return layout.headerRow === null && tally.rowsRead === 0 && end.unclosedQuoteLine === null;
}

/** The issues of the file as a whole, in the order the report lists them. */
export function finalIssues({
  layout,
  columns,
  tally,
  end,
  mixed,
}: FinalCheckInput): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (end.unclosedQuoteLine !== null) {
    const column = columns.find((entry) => entry.sourceIndex === end.unclosedQuoteCell);
    issues.push({
      code: 'csv.unclosedQuote',
      severity: 'error',
      row: end.unclosedQuoteLine,
      ...(column ? { column: column.name } : {}),
    });
  }
  mixed.forEach((entry, index) => {
    const column = columns[index];
    if (!column?.numberFormat) return;
    issues.push({
      code: 'import.mixedNumberFormat',
      severity: 'warning',
      row: entry.rows[0],
      column: column.name,
      params: {
        format: column.numberFormat.id,
        example: writeInFormat(1234.5, column.numberFormat.id),
        otherFormat: entry.otherFormat,
        rows: entry.rows.join(', '),
        count: entry.count,
      },
    });
  });
  if (tally.rowsRead === 0 && layout.headerRow !== null && end.unclosedQuoteLine === null) {
    issues.push({ code: 'csv.headerOnly', severity: 'error', row: layout.headerRow });
  } else if (tally.rowsRead > 0 && tally.rowsImported === 0) {
    issues.push({
      code: 'import.noRows',
      severity: 'error',
      params: { skipped: tally.skippedCount },
    });
  }
  if (tally.rowsImported > 0) {
    const numberColumns = columns.filter(
      (column) => column.kind === 'number' && column.parsedCount > 0,
    );
    // A column named like a value (nilai, share, persen …) that holds no numbers.
    const valueNamed = columns.filter(
      (column) => column.kind === 'text' && column.parsedCount > 0 && isValueName(column.name),
    );
    for (const column of valueNamed) {
      issues.push({
        code: 'import.noNumbers',
        severity: numberColumns.length > 0 ? 'warning' : 'error',
        row: layout.headerRow ?? undefined,
        column: column.name,
      });
    }
    if (numberColumns.length === 0 && valueNamed.length === 0) {
      issues.push({ code: 'import.noNumbers', severity: 'error' });
    }
  }
  return issues;
}

export interface ReportInput {
  layout: Layout;
  columns: readonly ImportedColumn[];
  tally: RowTally;
  delimiter: Delimiter;
  rowsKept: number;
  meta: { encoding: TextEncodingName | null; bom: boolean };
}

/** The report shown above the imported table. */
export function importReport({
  layout,
  columns,
  tally,
  delimiter,
  rowsKept,
  meta,
}: ReportInput): ImportReport {
  return {
    encoding: meta.encoding,
    bom: meta.bom,
    delimiter,
    headerRow: layout.headerRow,
    titleLines: layout.titleLines.map((record) => ({
      row: record.line,
      text: collapseSpace(boundText(record.cells.join(' '), MAX_LABEL_LENGTH)),
    })),
    rowsRead: tally.rowsRead,
    rowsImported: tally.rowsImported,
    rowsKept,
    columnsRead: columns.length,
    blankLines: tally.blankLines,
    numberFormats: Object.fromEntries(columns.map((column) => [column.name, column.numberFormat])),
    skippedRows: tally.skippedRows,
    skippedCount: tally.skippedCount,
  };
}
