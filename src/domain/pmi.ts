import { TABLES, requiredColumns } from './tables.ts';
import { parseCsv } from './csv.ts';
import type { CellRef } from './fields.ts';
import {
  duplicateKeyIssue,
  nextMonth,
  readMonth,
  readNumber,
  readRequiredText,
  unknownSourceIssue,
} from './fields.ts';
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import type { SourceMap } from './sources.ts';

export const PMI_FILE = TABLES.pmi.file;
/** 50 separates expansion (above) from contraction (below). */
export const PMI_THRESHOLD = 50;

export interface PmiPoint {
  /** `YYYY-MM` */
  month: string;
  value: number;
  decimals: number;
  /** `YYYY-MM`: the month the value was first released (the PMI is shown as first released). */
  firstRelease?: string;
}

export interface PmiDataset {
  sourceId: string;
  sources: SourceMap;
  points: PmiPoint[];
  /** `YYYY-MM`: when the survey began, from series.csv (for "lowest since the survey began"). */
  seriesStart?: string;
}

/**
 * Parses and validates the monthly PMI: months contiguous, values within 0–100,
 * one source; a month's first release (optional column `first_release`) comes after the month.
 */
export function buildPmiDataset(
  text: string,
  sources: SourceMap,
  file = PMI_FILE,
): Result<PmiDataset> {
  const table = parseCsv(text, { file, requiredColumns: requiredColumns('pmi') });
  if (!table.ok) return fail(table.issues);
  const issues: Issue[] = [...table.issues];
  const points: (PmiPoint & { line: number })[] = [];
  const firstRow = new Map<string, number>();
  const sourceIds = new Set<string>();
  table.data.rows.forEach((row, index) => {
    const line = table.data.lineNumbers[index] ?? index + 2;
    const ref = (column: string): CellRef => ({ file, row: line, column });
    const month = readMonth(row.month, ref('month'), issues);
    const value = readNumber(row.pmi, ref('pmi'), { required: true, min: 0, max: 100 }, issues);
    const sourceId = readRequiredText(row.source, ref('source'), issues);
    let firstRelease: string | undefined;
    if (row.first_release !== undefined && row.first_release.trim() !== '') {
      const released = readMonth(row.first_release, ref('first_release'), issues);
      if (released !== null && month !== null && released <= month) {
        issues.push({
          code: 'value.outOfRange',
          severity: 'error',
          ...ref('first_release'),
          params: { value: released, min: nextMonth(month), max: '' },
        });
      } else if (released !== null) firstRelease = released;
    }
    if (sourceId !== null && !sources.has(sourceId))
      issues.push(unknownSourceIssue(ref('source'), sourceId));
    else if (sourceId !== null) sourceIds.add(sourceId);
    if (month === null || value === null) return;
    const first = firstRow.get(month);
    if (first !== undefined) {
      issues.push(duplicateKeyIssue(ref('month'), month, first));
      return;
    }
    firstRow.set(month, line);
    points.push({
      month,
      value: value.value,
      decimals: value.decimals,
      ...(firstRelease ? { firstRelease } : {}),
      line,
    });
  });

  points.sort((a, b) => a.month.localeCompare(b.month));
  for (let i = 1; i < points.length; i++) {
    const previous = points[i - 1]!;
    const current = points[i]!;
    const expected = nextMonth(previous.month);
    if (current.month !== expected) {
      issues.push({
        code: 'pmi.gap',
        severity: 'error',
        file,
        row: current.line,
        column: 'month',
        params: { after: previous.month, expected, found: current.month },
      });
    }
  }
  const [sourceId] = [...sourceIds];
  if (sourceId === undefined) return fail(issues);
  return fromIssues(
    {
      sourceId,
      sources,
      points: points.map(({ month, value, decimals, firstRelease }) => ({
        month,
        value,
        decimals,
        ...(firstRelease ? { firstRelease } : {}),
      })),
    },
    issues,
  );
}

/** The lowest reading (the earliest, if it repeats). */
export function pmiLow(points: readonly PmiPoint[]): PmiPoint | undefined {
  return points.reduce<PmiPoint | undefined>(
    (low, point) => (!low || point.value < low.value ? point : low),
    undefined,
  );
}
