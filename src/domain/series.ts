import { TABLES, requiredColumns } from './tables.ts';
import { parseCsv } from './csv.ts';
import type { CellRef } from './fields.ts';
import { duplicateKeyIssue, readMonth, readRequiredText, unknownSourceIssue } from './fields.ts';
import type { Issue } from './result.ts';
import type { SourceMap } from './sources.ts';

/**
 * What the publishers say about whole series (series.csv): one row is a
 * series, with its frequency and the month its publisher began it, so claims
 * such as "lowest since the survey began (April 2011)" come from data/ with a
 * source, not from a translation.
 */
export const SERIES_FILE = TABLES.series.file;
export const FREQUENCIES = ['month', 'quarter', 'year', 'period'] as const;

export interface SeriesInfo {
  id: string;
  frequency: (typeof FREQUENCIES)[number];
  /** `YYYY-MM`, when the publisher began the series; absent when not known. */
  start?: string;
  sourceId: string;
}

export function readSeries(
  text: string,
  sources: SourceMap,
  issues: Issue[],
  file = SERIES_FILE,
): Map<string, SeriesInfo> | null {
  const table = parseCsv(text, {
    file,
    requiredColumns: requiredColumns('series'),
  });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const series = new Map<string, SeriesInfo>();
  const firstRow = new Map<string, number>();
  table.data.rows.forEach((row, index) => {
    const line = table.data.lineNumbers[index] ?? index + 2;
    const ref = (column: string): CellRef => ({ file, row: line, column });
    const id = readRequiredText(row.series, ref('series'), issues);
    const sourceId = readRequiredText(row.source, ref('source'), issues);
    const frequency = row.frequency as SeriesInfo['frequency'];
    if (!FREQUENCIES.includes(frequency)) {
      issues.push({
        code: 'value.unknownId',
        severity: 'error',
        ...ref('frequency'),
        params: { value: row.frequency ?? '' },
      });
      return;
    }
    const startText = (row.series_start ?? '').trim();
    const start = startText === '' ? undefined : readMonth(startText, ref('series_start'), issues);
    if (id === null || sourceId === null || start === null) return;
    if (!sources.has(sourceId)) {
      issues.push(unknownSourceIssue(ref('source'), sourceId));
      return;
    }
    const first = firstRow.get(id);
    if (first !== undefined) {
      issues.push(duplicateKeyIssue(ref('series'), id, first));
      return;
    }
    firstRow.set(id, line);
    series.set(id, { id, frequency, ...(start ? { start } : {}), sourceId });
  });
  return series;
}
