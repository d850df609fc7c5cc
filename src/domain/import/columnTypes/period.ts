/** Period columns: years, months and quarters, kept as plain strings (`2019`, `2019-01`, `2019-Q1`). */
import { isPeriodName, isValueName } from '../mapping.ts';
import { isMissingMarker } from '../numberFormat.ts';
import { isBareYear, parsePeriod, readYearMonth } from '../period.ts';
import type { CellValue } from '../types.ts';
import type { ColumnType } from './columnType.ts';

/** Distinct period texts remembered per column (a million rows hold a few hundred months). */
const PERIOD_CACHE_SIZE = 10_000;
const MISSING = Symbol('missing');

export const periodType: ColumnType = {
  kind: 'period',
  detect(cells, { name }) {
    const periods = cells.filter((cell) => parsePeriod(cell) !== null).length;
    const bareYears = cells.filter(isBareYear).length;
    // A column named as periods ("year", "tahun") is one when most of its cells are: a stray
    // "abc" in a short file leaves it a period column, and the bad cell is reported.
    return periods >= (isPeriodName(name) ? 0.5 : 0.8) * cells.length &&
      (bareYears < periods || isPeriodName(name) || !isValueName(name))
      ? { numberFormat: null }
      : null;
  },
  reader(column, _index, report) {
    /** What each distinct text reads as: a period, not one (null), or missing. */
    const periods = new Map<string, string | null | typeof MISSING>();
    const readPeriod = (text: string): string | null | typeof MISSING => {
      const yearMonth = readYearMonth(text);
      if (yearMonth !== undefined) return yearMonth;
      let period = periods.get(text);
      if (period === undefined) {
        period = isMissingMarker(text) ? MISSING : parsePeriod(text);
        if (periods.size < PERIOD_CACHE_SIZE) periods.set(text, period);
      }
      return period;
    };
    return (text, line) => {
      const period = readPeriod(text);
      if (period === MISSING) {
        column.emptyCount++;
        return null;
      }
      if (period === null) {
        column.failedCount++;
        report.add({
          code: 'import.invalidPeriod',
          severity: 'warning',
          row: line,
          column: column.name,
          params: { value: text },
        });
      } else {
        column.parsedCount++;
      }
      return period;
    };
  },
  format: (value: CellValue) => (value === null ? '' : String(value)),
};
