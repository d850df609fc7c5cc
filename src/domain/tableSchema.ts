/**
 * Declarative schemas for the bundled files: each file is described once
 * (columns, their types and ranges, the key, source references) and read by
 * the one table reader, which checks all of it with the file line and column
 * of every problem. What a file means (derivation, cross-file checks) lives
 * with its dataset, not here.
 */
import { parseCsv } from './csv.ts';
import type { PrintedNumber } from './decimal.ts';
import type { CellRef } from './fields.ts';
import {
  duplicateKeyIssue,
  readMonth,
  readNumber,
  readRequiredText,
  readVintage,
  unknownSourceIssue,
} from './fields.ts';
import type { Issue, Result } from './result.ts';
import { fail, ok } from './result.ts';

export type ColumnSpec =
  | { type: 'text'; optional?: boolean; required?: boolean }
  | { type: 'number'; optional?: boolean; required?: boolean; min?: number; max?: number }
  | { type: 'month'; optional?: boolean; required?: boolean }
  | { type: 'vintage'; optional?: boolean }
  /** An id in sources.csv. */
  | { type: 'source'; optional?: boolean }
  /** One of a fixed list of words. */
  | { type: 'oneOf'; values: readonly string[]; optional?: boolean };

export interface TableSchema<Columns extends Record<string, ColumnSpec>> {
  file: string;
  columns: Columns;
  /** Columns whose values together are unique (the first is named in a duplicate's message). */
  key?: readonly (keyof Columns & string)[];
}

/** What a cell reads as: null when empty (and allowed to be) or invalid (with an issue). */
type CellValueOf<Spec extends ColumnSpec> = Spec extends { type: 'number' }
  ? PrintedNumber | null
  : Spec extends { type: 'oneOf'; values: readonly (infer Word)[] }
    ? Word | null
    : string | null;

export type SchemaRow<Columns extends Record<string, ColumnSpec>> = {
  [Name in keyof Columns]: CellValueOf<Columns[Name]>;
} & {
  /** File line of the row, for messages. */
  line: number;
  /** Whether every cell read without an issue. */
  valid: boolean;
};

export interface TableContext {
  /** Ids of sources.csv, for `source` columns. */
  sourceIds?: ReadonlySet<string> | ReadonlyMap<string, unknown>;
}

/**
 * Reads `text` as the file `schema` describes. Fails (with every issue) when
 * the file cannot be read as a table; otherwise returns every row, each with
 * its cells read and `valid` false where a cell had an issue, and the issues.
 * Rows repeating a key are reported and left out.
 */
export function readTable<Columns extends Record<string, ColumnSpec>>(
  text: string,
  schema: TableSchema<Columns>,
  context: TableContext = {},
): Result<SchemaRow<Columns>[]> {
  const { file } = schema;
  const names = Object.keys(schema.columns) as (keyof Columns & string)[];
  const table = parseCsv(text, {
    file,
    requiredColumns: names.filter((name) => !schema.columns[name]?.optional),
  });
  if (!table.ok) return fail(table.issues);
  const issues: Issue[] = [...table.issues];
  const rows: SchemaRow<Columns>[] = [];
  const firstRowOfKey = new Map<string, number>();
  table.data.rows.forEach((record, index) => {
    const line = table.data.lineNumbers[index] ?? index + 2;
    const before = issues.length;
    const row = { line, valid: true } as SchemaRow<Columns>;
    const cells = row as Record<string, unknown>;
    for (const name of names) {
      const spec = schema.columns[name] as ColumnSpec;
      const raw = record[name];
      const ref: CellRef = { file, row: line, column: name };
      cells[name] = readCell(spec, raw, ref, issues, context);
    }
    row.valid = issues.length === before;
    if (schema.key && schema.key.every((name) => cells[name] !== null)) {
      const key = schema.key.map((name) => keyText(cells[name])).join('/');
      const first = firstRowOfKey.get(key);
      const keyColumn = schema.key[0] as string;
      if (first !== undefined) {
        issues.push(duplicateKeyIssue({ file, row: line, column: keyColumn }, key, first));
        return;
      }
      firstRowOfKey.set(key, line);
    }
    rows.push(row);
  });
  return ok(rows, issues);
}

function keyText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) return String(value.value);
  return '';
}

function readCell(
  spec: ColumnSpec,
  raw: string | undefined,
  ref: CellRef,
  issues: Issue[],
  context: TableContext,
): PrintedNumber | string | null {
  const empty = (raw ?? '').trim() === '';
  switch (spec.type) {
    case 'number':
      return readNumber(
        raw,
        ref,
        { required: spec.required ?? false, min: spec.min, max: spec.max },
        issues,
      );
    case 'month':
      if (empty && !spec.required) return null;
      return readMonth(raw, ref, issues);
    case 'vintage':
      return readVintage(raw, ref, issues);
    case 'source': {
      const id = readRequiredText(raw, ref, issues);
      if (id !== null && context.sourceIds && !context.sourceIds.has(id)) {
        issues.push(unknownSourceIssue(ref, id));
        return null;
      }
      return id;
    }
    case 'oneOf': {
      const word = (raw ?? '').trim();
      if (spec.values.includes(word)) return word;
      issues.push({
        code: 'value.unknownId',
        severity: 'error',
        ...(ref.file ? { file: ref.file } : {}),
        row: ref.row,
        column: ref.column,
        params: { value: word },
      });
      return null;
    }
    case 'text':
      if (spec.required) return readRequiredText(raw, ref, issues);
      return (raw ?? '').trim();
  }
}
