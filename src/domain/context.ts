import { TABLES, requiredColumns } from './tables.ts';
import { parseCsv } from './csv.ts';
import type { PrintedNumber } from './decimal.ts';
import type { CellRef } from './fields.ts';
import {
  duplicateKeyIssue,
  readNumber,
  readRequiredText,
  readVintage,
  unknownSourceIssue,
} from './fields.ts';
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import type { SourceMap } from './sources.ts';

export const CONTEXT_FILE = TABLES.context.file;
export const CONTEXT_UNITS = ['percent', 'billion-people', 'million-people'] as const;
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
  const table = parseCsv(text, {
    file,
    requiredColumns: requiredColumns('context'),
  });
  if (!table.ok) return fail(table.issues);
  const issues: Issue[] = [...table.issues];
  const figures: ContextFigure[] = [];
  const firstRow = new Map<string, number>();
  table.data.rows.forEach((row, index) => {
    const line = table.data.lineNumbers[index] ?? index + 2;
    const ref = (column: string): CellRef => ({ file, row: line, column });
    const id = readRequiredText(row.id, ref('id'), issues);
    const value = readNumber(row.value, ref('value'), { required: true, min: 0 }, issues);
    const asOf = readVintage(row.as_of, ref('as_of'), issues);
    const sourceId = readRequiredText(row.source, ref('source'), issues);
    const unit = row.unit as ContextUnit;
    if (!CONTEXT_UNITS.includes(unit)) {
      issues.push({
        code: 'value.unknownId',
        severity: 'error',
        ...ref('unit'),
        params: { value: row.unit ?? '' },
      });
      return;
    }
    if (unit === 'percent' && value && value.value > 100) {
      issues.push({
        code: 'value.outOfRange',
        severity: 'error',
        ...ref('value'),
        params: { value: value.value, min: 0, max: 100 },
      });
      return;
    }
    if (sourceId !== null && !sources.has(sourceId)) {
      issues.push(unknownSourceIssue(ref('source'), sourceId));
      return;
    }
    if (id === null || value === null || asOf === null || sourceId === null) return;
    const first = firstRow.get(id);
    if (first !== undefined) {
      issues.push(duplicateKeyIssue(ref('id'), id, first));
      return;
    }
    firstRow.set(id, line);
    figures.push({ id, value, unit, asOf, sourceId });
  });
  return fromIssues({ sources, figures }, issues);
}
