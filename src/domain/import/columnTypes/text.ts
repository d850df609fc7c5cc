/** Text columns: labels. Every column is text when it is nothing else. */
import { boundText, MAX_LABEL_LENGTH } from '../text.ts';
import type { CellValue } from '../types.ts';
import type { ColumnType } from './columnType.ts';

export const textType: ColumnType = {
  kind: 'text',
  detect: () => ({ numberFormat: null }),
  reader(column, _index, report) {
    return (text, line) => {
      if (text === '') column.emptyCount++;
      else column.parsedCount++;
      if (text.length > MAX_LABEL_LENGTH) {
        report.add({
          code: 'import.longText',
          severity: 'warning',
          row: line,
          column: column.name,
          params: { length: text.length, limit: MAX_LABEL_LENGTH },
        });
        return boundText(text, MAX_LABEL_LENGTH);
      }
      return text === '' ? null : text;
    };
  },
  format: (value: CellValue) => (value === null ? '' : String(value)),
};
