import { TABLES, requiredColumns } from './tables.ts';
import { parseCsv } from './csv.ts';
import type { PrintedNumber } from './decimal.ts';
import type { CellRef } from './fields.ts';
import {
  duplicateKeyIssue,
  readMonth,
  readNumber,
  readRequiredText,
  unknownSourceIssue,
} from './fields.ts';
import type { Issue } from './result.ts';
import type { SourceMap } from './sources.ts';

/**
 * Single stated figures that belong to no table of their own (indicators.csv):
 * one row is one figure of one indicator in one period, with its source.
 */
export const INDICATORS_FILE = TABLES.indicators.file;

export const INDICATOR_UNITS = {
  /** A share of a whole: 0–100. */
  percent: { min: 0, max: 100 },
  /** Growth on the previous period: above −100. */
  'percent-change': { min: -100, max: undefined },
} as const;
export type IndicatorUnit = keyof typeof INDICATOR_UNITS;

export const INDICATOR_IDS = {
  /** Growth of manufacturing exports on the previous year, as stated with the year's total. */
  'manufacturing-exports-growth': 'percent-change',
  /** Manufacturing's share of GDP. */
  'manufacturing-share-of-gdp': 'percent',
} as const satisfies Record<string, IndicatorUnit>;
export type IndicatorId = keyof typeof INDICATOR_IDS;

export interface Indicator {
  id: IndicatorId;
  /** `YYYY` or `YYYY-MM`. */
  period: string;
  value: PrintedNumber;
  unit: IndicatorUnit;
  sourceId: string;
  line: number;
}

const PERIOD = /^\d{4}$/;

function isIndicatorId(id: string): id is IndicatorId {
  return Object.prototype.hasOwnProperty.call(INDICATOR_IDS, id);
}

/** Reads indicators.csv; issues for unknown indicators, units that do not fit them, and values out of range. */
export function readIndicators(
  text: string,
  sources: SourceMap,
  issues: Issue[],
  file = INDICATORS_FILE,
): Indicator[] | null {
  const table = parseCsv(text, {
    file,
    requiredColumns: requiredColumns('indicators'),
  });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const indicators: Indicator[] = [];
  const firstRow = new Map<string, number>();
  table.data.rows.forEach((row, index) => {
    const line = table.data.lineNumbers[index] ?? index + 2;
    const ref = (column: string): CellRef => ({ file, row: line, column });
    const id = readRequiredText(row.indicator, ref('indicator'), issues);
    const period = readRequiredText(row.period, ref('period'), issues);
    const sourceId = readRequiredText(row.source, ref('source'), issues);
    if (id === null || period === null || sourceId === null) return;
    if (!isIndicatorId(id)) {
      issues.push({
        code: 'value.unknownId',
        severity: 'error',
        ...ref('indicator'),
        params: { value: id },
      });
      return;
    }
    const unit = INDICATOR_IDS[id];
    if (row.unit !== unit) {
      issues.push({
        code: 'value.unknownId',
        severity: 'error',
        ...ref('unit'),
        params: { value: row.unit ?? '' },
      });
      return;
    }
    if (!PERIOD.test(period) && readMonth(period, ref('period'), issues) === null) return;
    const range = INDICATOR_UNITS[unit];
    const value = readNumber(
      row.value,
      ref('value'),
      { required: true, min: range.min, ...(range.max !== undefined ? { max: range.max } : {}) },
      issues,
    );
    if (!sources.has(sourceId)) {
      issues.push(unknownSourceIssue(ref('source'), sourceId));
      return;
    }
    if (value === null) return;
    const key = `${id}/${period}`;
    const first = firstRow.get(key);
    if (first !== undefined) {
      issues.push(duplicateKeyIssue(ref('period'), key, first));
      return;
    }
    firstRow.set(key, line);
    indicators.push({ id, period, value, unit, sourceId, line });
  });
  return indicators;
}
