/**
 * The rows of the table once the layout is known: each record is classed (blank,
 * note, ragged, data) and each cell of a data row is converted by its column's
 * type. Runs for every record of a million-row file: no allocation per row
 * once the preview is full.
 */
import type { CellReader, CellReport } from './columnTypes/index.ts';
import { COLUMN_TYPES } from './columnTypes/index.ts';
import type { ImportIssue } from './issues.ts';
import type { Layout } from './layout.ts';
import { BLANK_RECORD, NOTE_RECORD, recordShape } from './layout.ts';
import { boundText, collapseSpace, MAX_LABEL_LENGTH } from './text.ts';
import type { CellValue, ImportedColumn, ImportedRow, SkippedRow } from './types.ts';

/** Skipped rows listed in the report (all are counted). */
export const MAX_SKIPPED_LISTED = 1000;

/** `cell.trim()`, without the call for a cell that starts and ends printable (almost every cell). */
function trimCell(cell: string): string {
  const length = cell.length;
  if (length === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(length - 1);
  // No character from '!' to '~' is white space to trim().
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}

/** What the rows came to, for the final check and the report. */
export interface RowTally {
  /** Data records read (excluding header, title and blank lines). */
  rowsRead: number;
  /** Records that became rows. */
  rowsImported: number;
  blankLines: number;
  /** The first MAX_SKIPPED_LISTED skipped rows. */
  skippedRows: SkippedRow[];
  skippedCount: number;
}

export interface RowReader {
  /** Reads one record of the file (blank, note, ragged or data). */
  read(cells: string[], line: number): void;
  /** Blank lines of the table seen before the layout was known. */
  addBlankLines(count: number): void;
  /** Rows kept (the first `maxRows`). */
  readonly rows: ImportedRow[];
  readonly tally: RowTally;
}

export interface RowReaderOptions {
  layout: Layout;
  columns: ImportedColumn[];
  maxRows: number;
  report: CellReport;
  /** See EngineHooks.onRow. */
  onRow?: (row: ImportedRow, columns: readonly ImportedColumn[]) => void;
}

export function createRowReader({
  layout,
  columns,
  maxRows,
  report,
  onRow,
}: RowReaderOptions): RowReader {
  const width = layout.width;
  const add = (issue: ImportIssue): void => report.add(issue);
  const readers: CellReader[] = columns.map((column, index) =>
    COLUMN_TYPES[column.kind].reader(column, index, report),
  );
  const rows: ImportedRow[] = [];
  const tally: RowTally = {
    rowsRead: 0,
    rowsImported: 0,
    blankLines: 0,
    skippedRows: [],
    skippedCount: 0,
  };

  const skip = (row: number, reason: SkippedRow['reason']): void => {
    tally.skippedCount++;
    if (tally.skippedRows.length < MAX_SKIPPED_LISTED) tally.skippedRows.push({ row, reason });
  };

  /** The row handed to `onRow` once the preview is full: reused, so a million rows make no garbage here. */
  const reusedValues: CellValue[] = [];
  const reusedRow: ImportedRow = { line: 0, cells: [], values: reusedValues };

  const read = (cells: string[], line: number): void => {
    const shape = recordShape(cells, width);
    if (shape === BLANK_RECORD) {
      tally.blankLines++;
      return;
    }
    tally.rowsRead++;
    if (shape === NOTE_RECORD) {
      add({
        code: 'import.noteLine',
        severity: 'info',
        row: line,
        params: { text: collapseSpace(boundText(cells[0] ?? '', MAX_LABEL_LENGTH)) },
      });
      skip(line, 'import.noteLine');
      return;
    }
    if (shape >= 0) {
      add({
        code: 'csv.raggedRow',
        severity: 'warning',
        row: line,
        params: { expected: width, found: shape },
      });
      skip(line, 'csv.raggedRow');
      return;
    }
    const keep = rows.length < maxRows;
    const values = keep ? new Array<CellValue>(columns.length) : reusedValues;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index] as ImportedColumn;
      values[index] = (readers[index] as CellReader)(
        trimCell(cells[column.sourceIndex] ?? ''),
        line,
      );
    }
    tally.rowsImported++;
    if (!keep) {
      reusedRow.line = line;
      onRow?.(reusedRow, columns);
      return;
    }
    // The preview shows cells as read (trimmed), but never a megabyte of one.
    const row: ImportedRow = {
      line,
      cells: columns.map((column) =>
        boundText((cells[column.sourceIndex] ?? '').trim(), MAX_LABEL_LENGTH),
      ),
      values,
    };
    rows.push(row);
    onRow?.(row, columns);
  };

  return {
    read,
    addBlankLines(count) {
      tally.blankLines += count;
    },
    rows,
    tally,
  };
}
