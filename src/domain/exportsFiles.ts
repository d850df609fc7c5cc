/**
 * Reading the three files of the sector-exports dataset (periods.csv,
 * sector-exports.csv, annual-totals.csv) into checked rows: each file against
 * its description in tables.ts, plus the rules within one row that a column
 * description cannot state. What the rows mean together (derived shares and
 * values, the remainder, agreement between files) is exports.ts.
 */
import type { PrintedNumber } from './decimal.ts';
import { cellIssue } from './fields.ts';
import type { Issue } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import type { Measure } from './tables.ts';
import { TABLES } from './tables.ts';

export const EXPORT_FILES = {
  periods: TABLES.periods.file,
  sectorExports: TABLES.sectorExports.file,
  annualTotals: TABLES.annualTotals.file,
  partYearTotals: TABLES.partYearTotals.file,
  monthlyExports: TABLES.monthlyExports.file,
} as const;

export type Coverage = (typeof TABLES.periods.columns.coverage.enum)[number];

export interface PeriodRow {
  id: string;
  start: string;
  end: string;
  coverage: Coverage;
  total: PrintedNumber;
  sourceId: string;
  line: number;
}

export interface SectorRow {
  periodId: string;
  sectorId: string;
  /** At least one of share and value is stated. */
  share: PrintedNumber | null;
  value: PrintedNumber | null;
  sourceId: string;
  line: number;
}

export interface AnnualRow {
  year: number;
  manufacturing: PrintedNumber;
  /** At least the manufacturing total when stated. */
  national: PrintedNumber | null;
  shareOfNational: PrintedNumber | null;
  measure: Measure;
  sourceId: string;
  /** Where the figure was read ('' for the source's own address) and the phrase that states it. */
  url: string;
  quote: string;
  line: number;
}

export interface PartYearRow {
  id: string;
  start: string;
  end: string;
  manufacturing: PrintedNumber;
  national: PrintedNumber | null;
  shareOfNational: PrintedNumber | null;
  measure: Measure;
  sourceId: string;
  line: number;
}

export interface MonthlyRow {
  month: string;
  manufacturing: PrintedNumber;
  shareOfNational: PrintedNumber | null;
  measure: Measure;
  sourceId: string;
  line: number;
}

/** periods.csv: a period starts no later than it ends. */
export function readPeriods(text: string, sources: SourceMap, issues: Issue[]): PeriodRow[] | null {
  const table = readTable(text, TABLES.periods, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const periods: PeriodRow[] = [];
  for (const row of table.data) {
    const { period: id, start, end, coverage, total_busd: total, source: sourceId, line } = row;
    if (!row.valid || !id || !start || !end || !coverage || !total || !sourceId) continue;
    if (start > end) {
      issues.push(
        cellIssue({ file: EXPORT_FILES.periods, row: line, column: 'end' }, 'value.outOfRange', {
          value: end,
          min: start,
          max: '',
        }),
      );
      continue;
    }
    periods.push({ id, start, end, coverage, total, sourceId, line });
  }
  return periods;
}

/** sector-exports.csv, for the periods read: a row states a share, a value or both. */
export function readSectorRows(
  text: string,
  sources: SourceMap,
  periodIds: ReadonlySet<string>,
  issues: Issue[],
): SectorRow[] | null {
  const table = readTable(text, TABLES.sectorExports, { keys: { sources, periods: periodIds } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const rows: SectorRow[] = [];
  for (const row of table.data) {
    const { period: periodId, sector: sectorId, share_pct: share, value_busd: value, line } = row;
    if (!row.valid || !periodId || !sectorId || !row.source) continue;
    if (!share && !value) {
      issues.push(
        cellIssue(
          { file: EXPORT_FILES.sectorExports, row: line, column: 'share_pct' },
          'value.required',
        ),
      );
      continue;
    }
    rows.push({ periodId, sectorId, share, value, sourceId: row.source, line });
  }
  return rows;
}

/** annual-totals.csv, by year: national exports are at least manufacturing's. */
export function readAnnualRows(
  text: string,
  sources: SourceMap,
  issues: Issue[],
): AnnualRow[] | null {
  const table = readTable(text, TABLES.annualTotals, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const rows: AnnualRow[] = [];
  for (const row of table.data) {
    const { year, manufacturing_busd: manufacturing, national_busd: national, line } = row;
    if (!row.valid || !year || !manufacturing || !row.source) continue;
    if (national && national.value < manufacturing.value) {
      issues.push(
        cellIssue(
          { file: EXPORT_FILES.annualTotals, row: line, column: 'national_busd' },
          'value.outOfRange',
          { value: national.value, min: manufacturing.value, max: '∞' },
        ),
      );
    }
    rows.push({
      year,
      manufacturing,
      national,
      shareOfNational: row.share_of_national_pct,
      measure: row.measure ?? 'industri-pengolahan',
      sourceId: row.source,
      url: row.url ?? '',
      quote: row.quote ?? '',
      line,
    });
  }
  return rows.sort((a, b) => a.year - b.year);
}

/** part-year-totals.csv: a part-year starts no later than it ends, within one year; national at least manufacturing. */
export function readPartYearRows(
  text: string,
  sources: SourceMap,
  issues: Issue[],
): PartYearRow[] | null {
  const table = readTable(text, TABLES.partYearTotals, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const rows: PartYearRow[] = [];
  for (const row of table.data) {
    const { period: id, start, end, manufacturing_busd: manufacturing, line } = row;
    if (!row.valid || !id || !start || !end || !manufacturing || !row.source) continue;
    if (start > end || start.slice(0, 4) !== end.slice(0, 4)) {
      issues.push(
        cellIssue(
          { file: EXPORT_FILES.partYearTotals, row: line, column: 'end' },
          'value.outOfRange',
          { value: end, min: start, max: `${start.slice(0, 4)}-12` },
        ),
      );
      continue;
    }
    const national = row.national_busd;
    if (national && national.value < manufacturing.value) {
      issues.push(
        cellIssue(
          { file: EXPORT_FILES.partYearTotals, row: line, column: 'national_busd' },
          'value.outOfRange',
          { value: national.value, min: manufacturing.value, max: '∞' },
        ),
      );
    }
    rows.push({
      id,
      start,
      end,
      manufacturing,
      national,
      shareOfNational: row.share_of_national_pct,
      measure: row.measure ?? 'industri-pengolahan',
      sourceId: row.source,
      line,
    });
  }
  return rows.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}

/** monthly-exports.csv, by month. */
export function readMonthlyRows(
  text: string,
  sources: SourceMap,
  issues: Issue[],
): MonthlyRow[] | null {
  const table = readTable(text, TABLES.monthlyExports, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const rows: MonthlyRow[] = [];
  for (const row of table.data) {
    const { month, manufacturing_busd: manufacturing, line } = row;
    if (!row.valid || !month || !manufacturing || !row.source) continue;
    rows.push({
      month,
      manufacturing,
      shareOfNational: row.share_of_national_pct,
      measure: row.measure ?? 'industri-pengolahan',
      sourceId: row.source,
      line,
    });
  }
  return rows.sort((a, b) => (a.month < b.month ? -1 : 1));
}
