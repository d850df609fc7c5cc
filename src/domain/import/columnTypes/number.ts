/**
 * Number columns, in the format detected over the column (Datawrapper's way:
 * the candidate format that parses the most sampled cells).
 */
import type { NumberFormatId } from '../numberFormat.ts';
import {
  detectNumberFormat,
  isMissingMarker,
  otherFormatOf,
  parseCommonNumber,
  parsePrintedNumber,
} from '../numberFormat.ts';
import type { CellValue } from '../types.ts';
import type { ColumnType } from './columnType.ts';

/** Rows named in a "mixed number formats" warning. */
const MIXED_ROWS_LISTED = 20;

/** Cells of one column that read in another format than the column's. */
export interface MixedCells {
  /** The first MIXED_ROWS_LISTED lines. */
  rows: number[];
  count: number;
  /** The other format of the first such cell. */
  otherFormat: NumberFormatId;
}

/** Mixed-format cells per column index, in the order the columns first had one. */
export class MixedFormats {
  readonly byColumn = new Map<number, MixedCells>();

  add(index: number, line: number, otherFormat: NumberFormatId): void {
    let entry = this.byColumn.get(index);
    if (!entry) {
      entry = { rows: [], count: 0, otherFormat };
      this.byColumn.set(index, entry);
    }
    entry.count++;
    if (entry.rows.length < MIXED_ROWS_LISTED) entry.rows.push(line);
  }
}

export const numberType: ColumnType = {
  kind: 'number',
  detect(cells, { preference }) {
    const detection = detectNumberFormat(cells, preference);
    return detection.format && detection.parsed >= 0.5 * cells.length
      ? { numberFormat: detection.format }
      : null;
  },
  reader(column, index, report) {
    const format = column.numberFormat;
    return (text, line) => {
      if (format) {
        // The commonest cells, without a regex or a new string.
        const common = parseCommonNumber(text, format.id);
        if (!Number.isNaN(common)) {
          column.parsedCount++;
          return common;
        }
      }
      if (isMissingMarker(text)) {
        column.emptyCount++;
        return null;
      }
      const parsed = format ? parsePrintedNumber(text, format) : null;
      if (parsed) {
        column.parsedCount++;
        return parsed.value;
      }
      column.failedCount++;
      const other = format ? otherFormatOf(text, format.id) : null;
      if (other) {
        report.mixed.add(index, line, other);
      } else {
        report.add({
          code: 'value.notNumber',
          severity: 'warning',
          row: line,
          column: column.name,
          params: { value: text },
        });
      }
      return null;
    };
  },
  format: (value: CellValue) => (typeof value === 'number' ? String(value) : ''),
};
