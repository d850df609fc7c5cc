import type { PrintedNumber } from './decimal.ts';
import { cellIssue } from './fields.ts';
import type { Issue } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import type { IndicatorId, IndicatorUnit } from './tables.ts';
import { INDICATOR_IDS, INDICATOR_UNITS, TABLES } from './tables.ts';

/**
 * Single stated figures that belong to no table of their own (indicators.csv):
 * one row is one figure of one indicator in one period, with its source.
 */
export const INDICATORS_FILE = TABLES.indicators.file;
export { INDICATOR_IDS, INDICATOR_UNITS };
export type { IndicatorId, IndicatorUnit };

export interface Indicator {
  id: IndicatorId;
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  value: PrintedNumber;
  unit: IndicatorUnit;
  sourceId: string;
  line: number;
}

/** Reads indicators.csv; issues besides the file's own rules: a unit that does not fit its indicator, a value out of its unit's range. */
export function readIndicators(
  text: string,
  sources: SourceMap,
  issues: Issue[],
  file = INDICATORS_FILE,
): Indicator[] | null {
  const table = readTable(text, { ...TABLES.indicators, file }, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const indicators: Indicator[] = [];
  for (const row of table.data) {
    const { indicator: id, period, value, unit, source: sourceId, line } = row;
    if (!row.valid || !id || !period || !value || !unit || !sourceId) continue;
    if (unit !== INDICATOR_IDS[id]) {
      issues.push(
        cellIssue({ file, row: line, column: 'unit' }, 'value.unknownId', { value: unit }),
      );
      continue;
    }
    const { min, max } = INDICATOR_UNITS[unit];
    if (value.value < min || (max !== undefined && value.value > max)) {
      issues.push(
        cellIssue({ file, row: line, column: 'value' }, 'value.outOfRange', {
          value: value.value,
          min,
          max: max ?? '∞',
        }),
      );
      continue;
    }
    indicators.push({ id, period, value, unit, sourceId, line });
  }
  return indicators;
}
