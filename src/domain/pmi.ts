import { nextMonth } from './fields.ts';
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import { TABLES } from './tables.ts';
import type { FigureHistory } from './history.ts';

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
  /** Other values reports printed for a month (vintages.csv), by `pmi|<month>|pmi`. */
  history?: FigureHistory;
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
  const table = readTable(text, { ...TABLES.pmi, file }, { keys: { sources } });
  if (!table.ok) return fail(table.issues);
  const issues: Issue[] = [...table.issues];
  const points: (PmiPoint & { line: number })[] = [];
  const sourceIds = new Set<string>();
  for (const row of table.data) {
    const { month, pmi: value, source: sourceId, line } = row;
    let firstRelease: string | undefined;
    const released = row.first_release;
    if (released && month !== null && released <= month) {
      issues.push({
        code: 'value.outOfRange',
        severity: 'error',
        file,
        row: line,
        column: 'first_release',
        params: { value: released, min: nextMonth(month), max: '' },
      });
    } else if (released) firstRelease = released;
    if (sourceId !== null) sourceIds.add(sourceId);
    if (month === null || value === null) continue;
    points.push({
      month,
      value: value.value,
      decimals: value.decimals,
      ...(firstRelease ? { firstRelease } : {}),
      line,
    });
  }

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
