import type { Issue } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import { FREQUENCIES, TABLES } from './tables.ts';

/**
 * What the publishers say about whole series (series.csv): one row is a
 * series, with its frequency and the month its publisher began it, so claims
 * such as "lowest since the survey began (April 2011)" come from data/ with a
 * source, not from a translation.
 */
export const SERIES_FILE = TABLES.series.file;
export { FREQUENCIES };

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
  const table = readTable(text, { ...TABLES.series, file }, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const series = new Map<string, SeriesInfo>();
  for (const row of table.data) {
    const { series: id, frequency, series_start: start, source: sourceId } = row;
    if (!row.valid || !id || !frequency || !sourceId) continue;
    series.set(id, { id, frequency, ...(start ? { start } : {}), sourceId });
  }
  return series;
}
