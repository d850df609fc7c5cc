/**
 * `npm run data:update -- <table> <release.csv> --source <id> --published <YYYY-MM-DD>`:
 * adds a release to data/. New keys are added; a key whose value differs is
 * revised, its old value kept in vintages.csv with its release; the same
 * release twice changes nothing. Every change bumps the data version
 * (versions.csv) and logs each figure in changes.csv ("What changed").
 *
 * The release is read by the one tokenizer and checked by the one table
 * reader against the table's description in src/domain/tables.ts; the whole
 * data set is then built as the build builds it. Any problem stops the
 * update before a file is written, with its file, line and column.
 */
import Papa from 'papaparse';
import { buildAllDatasets } from '../build/bundledDataPlugin.ts';
import { DATA_FILES } from '../src/domain/bundle.ts';
import type { DataFileKey } from '../src/domain/bundle.ts';
import { parseCsv } from '../src/domain/csv.ts';
import { readTable } from '../src/domain/readTable.ts';
import type { Issue } from '../src/domain/result.ts';
import type { ColumnSpec, TableSpec } from '../src/domain/tables.ts';
import { PATTERNS, TABLES } from '../src/domain/tables.ts';
import { nextMonth } from '../src/domain/fields.ts';

/** The tables a release can update: their key, the value columns a release states, and the row order. */
export const UPDATABLE = {
  pmi: { table: 'pmi', key: ['month'], values: ['pmi'], order: 'month' },
  'annual-totals': {
    table: 'annualTotals',
    key: ['year'],
    values: ['manufacturing_busd', 'national_busd', 'share_of_national_pct'],
    order: 'year',
  },
  'part-year-totals': {
    table: 'partYearTotals',
    key: ['period'],
    values: ['manufacturing_busd', 'national_busd', 'share_of_national_pct'],
    order: 'end',
  },
  'monthly-exports': {
    table: 'monthlyExports',
    key: ['month'],
    values: ['manufacturing_busd', 'share_of_national_pct'],
    order: 'month',
  },
} as const satisfies Record<
  string,
  { table: DataFileKey; key: readonly string[]; values: readonly string[]; order: string }
>;
export type UpdatableTable = keyof typeof UPDATABLE;

export interface UpdateRequest {
  table: string;
  /** The release file's name (for messages) and text. */
  releaseFile: string;
  releaseText: string;
  source?: string;
  published?: string;
}

export interface UpdateResult {
  /** The files of data/ that change, by key, with their new text. */
  files: Partial<Record<DataFileKey, string>>;
  added: number;
  revised: number;
  version: number | null;
}

type Row = Record<string, string>;

const fail = (issues: Issue[]) => ({ ok: false as const, issues });

function rowsOf(text: string): { header: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

function toCsv(header: readonly string[], rows: readonly Row[]): string {
  return `${Papa.unparse(
    { fields: [...header], data: rows.map((row) => header.map((name) => row[name] ?? '')) },
    { newline: '\n' },
  )}\n`;
}

const sameNumber = (a: string, b: string) =>
  a === b || (a !== '' && b !== '' && Number(a) === Number(b));

/**
 * The update as new file texts, or the issues that stop it. Pure: reads
 * nothing and writes nothing (the command does both, after this succeeds).
 */
export function planUpdate(
  data: Record<DataFileKey, string>,
  request: UpdateRequest,
): { ok: true; data: UpdateResult } | { ok: false; issues: Issue[] } {
  const file = request.releaseFile;
  if (!(request.table in UPDATABLE))
    return fail([
      {
        code: 'update.unknownTable',
        severity: 'error',
        params: { table: request.table, tables: Object.keys(UPDATABLE).join(', ') },
      },
    ]);
  const spec = UPDATABLE[request.table as UpdatableTable];
  // Any updatable table, read through the one reader (its rows are only checked here, not typed).
  const table: TableSpec = TABLES[spec.table];
  const columns: Record<string, ColumnSpec> = table.columns;
  const issues: Issue[] = [];
  if (!request.published)
    issues.push({
      code: 'update.missingOption',
      severity: 'error',
      params: { option: '--published', hint: 'the release date, YYYY-MM-DD' },
    });
  else if (
    !/^\d{4}-\d{2}-\d{2}$/.test(request.published) ||
    !new RegExp(`^${PATTERNS.date}$`).test(request.published)
  )
    issues.push({
      code: 'value.invalidDate',
      severity: 'error',
      column: '--published',
      params: { value: request.published },
    });
  const sources = new Set(rowsOf(data.sources).rows.map((row) => row.id ?? ''));
  if (!request.source)
    issues.push({
      code: 'update.missingOption',
      severity: 'error',
      params: { option: '--source', hint: 'a source id in sources.csv' },
    });
  else if (!sources.has(request.source))
    issues.push({
      code: 'update.unknownSource',
      severity: 'error',
      column: '--source',
      params: { id: request.source },
    });

  // The release: the one tokenizer, then its header against the table's columns.
  const parsed = parseCsv(request.releaseText, { file });
  if (!parsed.ok) return fail([...issues, ...parsed.issues]);
  const allowed = Object.keys(columns).filter((name) => name !== 'source');
  for (const name of parsed.data.header)
    if (!allowed.includes(name))
      issues.push({
        code: 'update.unknownColumn',
        severity: 'error',
        file,
        row: 1,
        column: name,
        params: { column: name, table: table.file, columns: allowed.join(', ') },
      });
  for (const name of [...spec.key, ...allowed.filter((name) => columns[name]!.required)])
    if (!parsed.data.header.includes(name) && name !== 'first_release')
      issues.push({
        code: 'update.missingColumn',
        severity: 'error',
        file,
        row: 1,
        column: name,
        params: { column: name, table: table.file },
      });
  if (issues.length > 0) return fail(issues);

  // Each cell as the table reads it, at the release's own lines: a month, a range, a key twice.
  const release = parsed.data.rows.map((record) => ({
    ...Object.fromEntries(allowed.map((name) => [name, record[name] ?? ''])),
    source: request.source!,
  }));
  const releaseHeader = [...allowed, 'source'];
  const checked = readTable(
    toCsv(releaseHeader, release),
    { ...table, file },
    {
      keys: { sources },
    },
  );
  // The synthesized file has no quoted line breaks, so its lines are the release's record lines.
  const lines = parsed.data.lineNumbers;
  const located = checked.issues.map((issue) =>
    issue.row !== undefined && issue.row >= 2
      ? { ...issue, row: lines[issue.row - 2] ?? issue.row }
      : issue,
  );
  if (!checked.ok || located.some((issue) => issue.severity === 'error')) return fail(located);

  // Merge into the current table.
  const current = rowsOf(data[spec.table]);
  const keyOf = (row: Row) => spec.key.map((name) => row[name] ?? '').join('|');
  const byKey = new Map(current.rows.map((row, index) => [keyOf(row), index]));
  const sourceRows = new Map(rowsOf(data.sources).rows.map((row) => [row.id ?? '', row]));
  const vintages = rowsOf(data.vintages);
  const changes = rowsOf(data.changes);
  const versions = rowsOf(data.versions);
  const lastVersion = Math.max(0, ...versions.rows.map((row) => Number(row.version)));
  const version = lastVersion + 1;
  const logged: Row[] = [];
  const kept: Row[] = [];
  let added = 0;
  let revised = 0;
  const historyKey = (row: Row) => (spec.key.length === 1 ? row[spec.key[0]!]! : keyOf(row));

  for (const row of release) {
    const next: Row = { ...row, source: request.source! };
    if (spec.table === 'pmi' && !next.first_release)
      next.first_release =
        request.published!.slice(0, 7) > next.month!
          ? request.published!.slice(0, 7)
          : nextMonth(next.month!);
    const index = byKey.get(keyOf(row));
    if (index === undefined) {
      current.rows.push(next);
      byKey.set(keyOf(row), current.rows.length - 1);
      for (const name of spec.values)
        if (next[name])
          logged.push({
            version: String(version),
            table: request.table,
            key: historyKey(row),
            column: name,
            kind: 'added',
            old: '',
            new: next[name]!,
            source: request.source!,
          });
      added++;
      continue;
    }
    const before = current.rows[index]!;
    const differs = spec.values.filter(
      (name) => (next[name] ?? '') !== '' && !sameNumber(before[name] ?? '', next[name]!),
    );
    if (differs.length === 0) continue;
    // The figure as it stood is kept, with its release: a revision never overwrites.
    const oldSource = sourceRows.get(before.source ?? '');
    for (const name of spec.values) {
      const old = before[name] ?? '';
      if (old === '') continue;
      const figure = { table: request.table, key: historyKey(before), column: name };
      // The value a revision replaces is the figure's first release unless one is kept already.
      const hasFirstRelease = vintages.rows.some(
        (entry) =>
          entry.table === figure.table &&
          entry.key === figure.key &&
          entry.column === figure.column &&
          entry.status === 'first-release',
      );
      kept.push({
        ...figure,
        value: old,
        status: hasFirstRelease ? 'as-printed' : 'first-release',
        published: (oldSource?.vintage ?? '').split('/').at(-1) ?? '',
        source: before.source ?? '',
        publisher: oldSource?.publisher ?? '',
        url: before.url || oldSource?.url || '',
        quote: before.quote || '',
      });
    }
    for (const name of differs)
      logged.push({
        version: String(version),
        table: request.table,
        key: historyKey(before),
        column: name,
        kind: before[name] ? 'revised' : 'added',
        old: before[name] ?? '',
        new: next[name]!,
        source: request.source!,
      });
    // A revision replaces the row: its figures are the new release's, with its source.
    current.rows[index] = {
      ...Object.fromEntries(current.header.map((name) => [name, ''])),
      ...next,
      ...(spec.table === 'pmi'
        ? { first_release: before.first_release ?? next.first_release }
        : {}),
    };
    revised++;
  }
  if (added === 0 && revised === 0)
    return { ok: true, data: { files: {}, added, revised, version: null } };

  const order = spec.order;
  current.rows.sort((a, b) =>
    (a[order] ?? '') < (b[order] ?? '') ? -1 : (a[order] ?? '') > (b[order] ?? '') ? 1 : 0,
  );
  const publisher = sourceRows.get(request.source!)?.publisher ?? request.source!;
  const files: Partial<Record<DataFileKey, string>> = {
    [spec.table]: toCsv(current.header, current.rows),
    changes: toCsv(changes.header, [...changes.rows, ...logged]),
    versions: toCsv(versions.header, [
      ...versions.rows,
      {
        version: String(version),
        date: request.published!,
        summary: `${table.title}: ${added} added, ${revised} revised, from ${publisher}.`,
        summary_indonesian: `${table.file}: ${added} ditambahkan, ${revised} direvisi, dari ${publisher}.`,
      },
    ]),
  };
  if (kept.length > 0) files.vintages = toCsv(vintages.header, [...vintages.rows, ...kept]);

  // The whole data set must still build, as the build builds it (a PMI month missing, a share over 100 %).
  const built = buildAllDatasets({ ...data, ...files });
  if (!built.ok)
    return fail(
      built.problems.map((problem) => ({
        code: 'update.wouldNotBuild' as const,
        severity: 'error' as const,
        params: { detail: problem },
      })),
    );
  return { ok: true, data: { files, added, revised, version } };
}

/** The files of data/ by key, for the command. */
export const DATA_FILE_NAMES = DATA_FILES;
