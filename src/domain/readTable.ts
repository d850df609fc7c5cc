/**
 * The one table reader of the bundled files: a file's text and its
 * description in tables.ts in, typed rows and located issues out. It checks
 * everything the description states (required columns and cells, kinds,
 * ranges, word lists, references into other tables, the key), with the file
 * line and column of every problem; data/datapackage.json states the same.
 */
import { parseCsv } from './csv.ts';
import type { PrintedNumber } from './decimal.ts';
import type { CellRef } from './fields.ts';
import { cellIssue, readMonth, readNumber } from './fields.ts';
import type { Issue, IssueCode, Result } from './result.ts';
import { fail, ok } from './result.ts';
import type { ColumnSpec, ReferencedTable, TableSpec } from './tables.ts';
import { PATTERNS } from './tables.ts';

/** What a cell reads as: null when empty (and allowed to be) or invalid (with an issue). */
type CellValueOf<Spec extends ColumnSpec> = Spec extends { type: 'number' }
  ? PrintedNumber | null
  : Spec extends { type: 'year' }
    ? number | null
    : Spec extends { enum: readonly (infer Word)[] }
      ? Word | null
      : string | null;

export type TableRow<Columns extends Record<string, ColumnSpec>> = {
  -readonly [Name in keyof Columns]: CellValueOf<Columns[Name]>;
} & {
  /** File line of the row, for messages. */
  line: number;
  /** Whether every cell read without an issue. */
  valid: boolean;
};

export interface TableContext {
  /** The keys of the tables this one points into (`sources` for every `source` column). */
  keys?: Partial<Record<ReferencedTable, { has(key: string): boolean }>>;
}

const UNKNOWN_KEY: Record<ReferencedTable, IssueCode> = {
  sources: 'key.unknownSource',
  periods: 'key.unknownPeriod',
};

const anchored = (pattern: string) => new RegExp(`^(?:${pattern})$`);
const DATE = anchored(PATTERNS.date);
const VINTAGE = anchored(PATTERNS.vintage);
const YEAR_OR_MONTH = anchored(PATTERNS.yearOrMonth);

/**
 * Reads `text` as the file `table` describes. Fails (with every issue) when
 * the file cannot be read as a table; otherwise returns every row, each with
 * its cells read and `valid` false where a cell had an issue, and the issues.
 * Rows repeating a key are reported and left out.
 */
export function readTable<Columns extends Record<string, ColumnSpec>>(
  text: string,
  table: Pick<TableSpec<Columns>, 'file' | 'columns' | 'primaryKey' | 'mayBeEmpty'>,
  context: TableContext = {},
): Result<TableRow<Columns>[]> {
  const { file, primaryKey } = table;
  const names = Object.keys(table.columns) as (keyof Columns & string)[];
  const parsed = parseCsv(text, {
    file,
    requiredColumns: names.filter((name) => !table.columns[name]?.optionalColumn),
    allowNoRows: table.mayBeEmpty === true,
  });
  if (!parsed.ok) return fail(parsed.issues);
  const issues: Issue[] = [...parsed.issues];
  const rows: TableRow<Columns>[] = [];
  const firstRowOfKey = new Map<string, number>();
  parsed.data.rows.forEach((record, index) => {
    const line = parsed.data.lineNumbers[index]!;
    const before = issues.length;
    const row = { line, valid: true } as TableRow<Columns>;
    const cells = row as Record<string, unknown>;
    for (const name of names) {
      const ref: CellRef = { file, row: line, column: name };
      cells[name] = readCell(table.columns[name] as ColumnSpec, record[name], ref, issues, context);
    }
    row.valid = issues.length === before;
    if (primaryKey.length > 0 && primaryKey.every((name) => cells[name] !== null)) {
      const key = primaryKey.map((name) => keyText(cells[name])).join('/');
      const first = firstRowOfKey.get(key);
      if (first !== undefined) {
        const ref = { file, row: line, column: primaryKey[0]! };
        issues.push(cellIssue(ref, 'key.duplicate', { key, firstRow: first }));
        return;
      }
      firstRowOfKey.set(key, line);
    }
    rows.push(row);
  });
  return ok(rows, issues);
}

function keyText(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'value' in value) return String(value.value);
  return '';
}

function readCell(
  spec: ColumnSpec,
  raw: string | undefined,
  ref: CellRef,
  issues: Issue[],
  context: TableContext,
): PrintedNumber | number | string | null {
  const text = (raw ?? '').trim();
  if (text === '') {
    if (spec.required) issues.push(cellIssue(ref, 'value.required'));
    return null;
  }
  switch (spec.type) {
    case 'number':
      return readNumber(text, ref, { min: spec.minimum, max: spec.maximum }, issues);
    case 'year': {
      const year = readNumber(text, ref, { min: spec.minimum, max: spec.maximum }, issues);
      if (year === null) return null;
      if (year.decimals > 0) {
        issues.push(cellIssue(ref, 'value.notNumber', { value: text }));
        return null;
      }
      return year.value;
    }
    case 'yearmonth':
      return readMonth(text, ref, issues);
    case 'yearOrMonth':
      if (YEAR_OR_MONTH.test(text)) return text;
      issues.push(cellIssue(ref, 'value.invalidMonth', { value: text }));
      return null;
    case 'date':
    case 'vintage': {
      const [first, last] = text.split('/');
      const valid =
        spec.type === 'date' ? DATE.test(text) : VINTAGE.test(text) && !(last && first! > last);
      if (valid) return text;
      issues.push(cellIssue(ref, 'value.invalidDate', { value: text }));
      return null;
    }
    case 'string': {
      if (spec.enum && !spec.enum.includes(text)) {
        issues.push(cellIssue(ref, 'value.unknownId', { value: text }));
        return null;
      }
      const keys = spec.references && context.keys?.[spec.references.table];
      if (spec.references && keys && !keys.has(text)) {
        issues.push(cellIssue(ref, UNKNOWN_KEY[spec.references.table], { id: text }));
        return null;
      }
      return text;
    }
  }
}
