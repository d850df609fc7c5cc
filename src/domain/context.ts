import type { PrintedNumber } from './decimal.ts';
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import { CONTEXT_UNITS, TABLES } from './tables.ts';

export const CONTEXT_FILE = TABLES.context.file;
export { CONTEXT_UNITS };
export type ContextUnit = (typeof CONTEXT_UNITS)[number];

export interface ContextFigure {
  id: string;
  value: PrintedNumber;
  unit: ContextUnit;
  asOf: string;
  sourceId: string;
}

export interface ContextDataset {
  sources: SourceMap;
  figures: ContextFigure[];
}

export function buildContextFigures(
  text: string,
  sources: SourceMap,
  file = CONTEXT_FILE,
): Result<ContextDataset> {
  const table = readTable(text, { ...TABLES.context, file }, { keys: { sources } });
  if (!table.ok) return fail(table.issues);
  const issues: Issue[] = [...table.issues];
  const figures: ContextFigure[] = [];
  for (const row of table.data) {
    const { id, value, unit, as_of: asOf, source: sourceId } = row;
    if (!row.valid || id === null || value === null || unit === null) continue;
    if (asOf === null || sourceId === null) continue;
    // A percentage above 100 is out of range; other units have no upper bound.
    if (unit === 'percent' && value.value > 100) {
      issues.push({
        code: 'value.outOfRange',
        severity: 'error',
        file,
        row: row.line,
        column: 'value',
        params: { value: value.value, min: 0, max: 100 },
      });
      continue;
    }
    figures.push({ id, value, unit, asOf, sourceId });
  }
  return fromIssues({ sources, figures }, issues);
}
