/**
 * What is kept of an imported CSV: the chosen mapping, the per-label (and
 * per-period) sums and a short report — never the raw file. Its size is
 * bounded by the aggregator's group limit, whatever the size of the file.
 */
import type {
  AggregatedImport,
  Delimiter,
  NumberFormatId,
  TextEncodingName,
} from '../../../domain/import/index.ts';
import {
  isDelimiter,
  NUMBER_FORMAT_IDS,
  parsePrintedNumber,
} from '../../../domain/import/index.ts';
import { boundText, MAX_LABEL_LENGTH } from '../../../domain/import/text.ts';
import type { Result } from '../../../domain/result.ts';
import { fail, ok } from '../../../domain/result.ts';

/**
 * The shape of a kept dataset. Older shapes are read through `restoreDataset`
 * (migrations, field by field, with defaults); bump this with a migration.
 *   1: the first shape.
 *   2: `savedAt` (when it was kept, to order the list across tabs); labels at
 *      most MAX_LABEL_LENGTH characters (a stored megabyte label froze reloads).
 */
export const DATASET_VERSION = 2;
/** Decimals shown at most, whatever a file prints. */
const MAX_DECIMALS = 6;

export interface DatasetMapping {
  /** Column of the labels (categories); null charts one bar per period. */
  label: string | null;
  /** Column of the values. */
  value: string;
  /** Column of the periods; null when the file has none or it is not used. */
  period: string | null;
}

export interface DatasetGroup {
  /** '' when the label cell was empty or no label column is mapped. */
  label: string;
  period: string | null;
  /** Sum of the values of the group's rows. */
  value: number;
  /** Rows summed. */
  count: number;
  /** File line of the group's first row. */
  firstRow: number;
  /** Decimals its values are written with (absent in datasets kept before: the dataset's). */
  decimals?: number;
}

export interface DatasetSummary {
  rowsRead: number;
  rowsImported: number;
  rowsAggregated: number;
  skippedCount: number;
  columnsRead: number;
  delimiter: Delimiter;
  encoding: TextEncodingName | null;
  numberFormat: NumberFormatId | null;
}

export interface ImportedDataset {
  version: typeof DATASET_VERSION;
  id: string;
  /** The name the user sees (the file name at first; renamable). */
  name: string;
  fileName: string;
  /** Local date of the import, `YYYY-MM-DD`. */
  importedOn: string;
  /** When it was kept (ISO 8601), to order the list. */
  savedAt: string;
  mapping: DatasetMapping;
  /** The values are percentages of a whole (shares): checked to sum to 100 and charted in %. */
  shares: boolean;
  /** Decimals the values are printed with (the most any cell has). */
  decimals: number;
  groups: DatasetGroup[];
  summary: DatasetSummary;
}

/** `YYYY-MM-DD` of a moment in the reader's own calendar (not UTC: an import at 06:00 in Jakarta is that day). */
export function localDate(moment: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** The most decimals printed in a column of the preview rows (the file's own precision). */
export function printedDecimals(imported: AggregatedImport, column: string): number {
  const { table } = imported;
  const index = table.columns.findIndex((entry) => entry.name === column);
  const format = table.columns[index]?.numberFormat;
  if (index < 0 || !format) return 0;
  let decimals = 0;
  for (const row of table.rows) {
    const printed = parsePrintedNumber(row.cells[index] ?? '', format);
    if (printed) decimals = Math.max(decimals, printed.decimals);
  }
  return Math.min(decimals, MAX_DECIMALS);
}

export interface DatasetMeta {
  id: string;
  name: string;
  fileName: string;
  importedOn: string;
  /** Defaults to now. */
  savedAt?: string;
  shares: boolean;
}

/**
 * The dataset to keep from an import aggregated with `mapping` (the groups
 * must come from that mapping: the aggregator sums per label and period).
 */
export function datasetFromImport(imported: AggregatedImport, meta: DatasetMeta): ImportedDataset {
  const { report, columns } = imported.table;
  const value = imported.mapping.value ?? '';
  const valueColumn = columns.find((column) => column.name === value);
  return {
    version: DATASET_VERSION,
    id: meta.id,
    name: meta.name,
    fileName: meta.fileName,
    importedOn: meta.importedOn,
    savedAt: meta.savedAt ?? new Date().toISOString(),
    mapping: { label: imported.mapping.label, value, period: imported.mapping.period },
    shares: meta.shares,
    decimals: printedDecimals(imported, value),
    groups: imported.groups.map((group) => ({
      label: group.label,
      period: group.period,
      value: group.sum,
      count: group.count,
      firstRow: group.firstRow,
      decimals: Math.min(group.decimals, MAX_DECIMALS),
    })),
    summary: {
      rowsRead: report.rowsRead,
      rowsImported: report.rowsImported,
      rowsAggregated: imported.rowsAggregated,
      skippedCount: report.skippedCount,
      columnsRead: report.columnsRead,
      delimiter: report.delimiter,
      encoding: report.encoding,
      numberFormat: valueColumn?.numberFormat?.id ?? null,
    },
  };
}

// Shape checks: what comes back from storage was written by another version,
// or another tab, or was edited by hand; it is checked before it is charted.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isNullableString = (value: unknown): value is string | null =>
  value === null || isString(value);

function isGroup(value: unknown): value is DatasetGroup {
  return (
    isRecord(value) &&
    isString(value.label) &&
    value.label.length <= MAX_LABEL_LENGTH + 1 &&
    isNullableString(value.period) &&
    typeof value.value === 'number' &&
    Number.isFinite(value.value) &&
    isCount(value.count) &&
    isCount(value.firstRow) &&
    (value.decimals === undefined || (isCount(value.decimals) && value.decimals <= MAX_DECIMALS))
  );
}

function isSummary(value: unknown): value is DatasetSummary {
  return (
    isRecord(value) &&
    isCount(value.rowsRead) &&
    isCount(value.rowsImported) &&
    isCount(value.rowsAggregated) &&
    isCount(value.skippedCount) &&
    isCount(value.columnsRead) &&
    isDelimiter(value.delimiter) &&
    isNullableString(value.encoding) &&
    (value.numberFormat === null ||
      (NUMBER_FORMAT_IDS as readonly unknown[]).includes(value.numberFormat))
  );
}

export function isImportedDataset(value: unknown): value is ImportedDataset {
  return (
    isRecord(value) &&
    value.version === DATASET_VERSION &&
    isString(value.id) &&
    isString(value.name) &&
    isString(value.fileName) &&
    isString(value.importedOn) &&
    /^\d{4}-\d{2}-\d{2}$/.test(value.importedOn) &&
    isString(value.savedAt) &&
    isRecord(value.mapping) &&
    isNullableString(value.mapping.label) &&
    isString(value.mapping.value) &&
    isNullableString(value.mapping.period) &&
    typeof value.shares === 'boolean' &&
    isCount(value.decimals) &&
    Array.isArray(value.groups) &&
    value.groups.every(isGroup) &&
    isSummary(value.summary)
  );
}

// Restoring what storage holds. Each field is read on its own, with a default
// where one is safe; only what a chart cannot do without (an id, the value
// column, some groups) makes a record unrestorable, and then the caller keeps
// it as it is and says so, rather than dropping a student's data.

/**
 * Why a stored record cannot be restored: it is not a dataset record at all;
 * a newer version of the page wrote it; or it lacks what a chart needs (an
 * id, the value column, a group).
 */
export type RestoreIssueCode =
  'stored.notADataset' | 'stored.newerVersion' | 'stored.missingFields';

export interface RestoredDataset {
  dataset: ImportedDataset;
  /** The version the record was written in (migrated from). */
  fromVersion: number;
}

/** The one result type (domain/result.ts); a failure has one error issue with the code. */
export type RestoreResult = Result<RestoredDataset, RestoreIssueCode>;

const unrestorable = (code: RestoreIssueCode): RestoreResult => fail([{ code, severity: 'error' }]);

const orDefault = <T>(value: unknown, check: (value: unknown) => value is T, fallback: T): T =>
  check(value) ? value : fallback;
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isDay = (value: unknown): value is string =>
  isString(value) && /^\d{4}-\d{2}-\d{2}$/.test(value);

function restoreGroup(value: unknown): DatasetGroup | null {
  if (!isRecord(value) || typeof value.value !== 'number' || !Number.isFinite(value.value))
    return null;
  return {
    label: boundText(orDefault(value.label, isString, ''), MAX_LABEL_LENGTH),
    period: orDefault(value.period, isNullableString, null),
    value: value.value,
    count: orDefault(value.count, isCount, 1),
    firstRow: orDefault(value.firstRow, isCount, 0),
    ...(isCount(value.decimals) ? { decimals: Math.min(value.decimals, MAX_DECIMALS) } : {}),
  };
}

function restoreSummary(value: unknown, groups: readonly DatasetGroup[]): DatasetSummary {
  const summary = isRecord(value) ? value : {};
  const rows = groups.reduce((sum, group) => sum + group.count, 0);
  return {
    rowsRead: orDefault(summary.rowsRead, isCount, rows),
    rowsImported: orDefault(summary.rowsImported, isCount, rows),
    rowsAggregated: orDefault(summary.rowsAggregated, isCount, rows),
    skippedCount: orDefault(summary.skippedCount, isCount, 0),
    columnsRead: orDefault(summary.columnsRead, isCount, 0),
    delimiter: isDelimiter(summary.delimiter) ? summary.delimiter : ',',
    encoding: orDefault(summary.encoding, isNullableString, null) as TextEncodingName | null,
    numberFormat: (NUMBER_FORMAT_IDS as readonly unknown[]).includes(summary.numberFormat)
      ? (summary.numberFormat as NumberFormatId)
      : null,
  };
}

/** Version 1 → 2: `savedAt` from the import day; labels bounded (below, for every version). */
function fromVersion1(record: Record<string, unknown>): Record<string, unknown> {
  const day = isDay(record.importedOn) ? record.importedOn : '1970-01-01';
  return { ...record, version: 2, savedAt: `${day}T00:00:00.000Z` };
}

const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {
  1: fromVersion1,
};

/** A stored record of any version as a current dataset, or why it cannot be one. */
export function restoreDataset(stored: unknown): RestoreResult {
  if (!isRecord(stored)) return unrestorable('stored.notADataset');
  const fromVersion = stored.version === undefined ? 1 : stored.version;
  if (typeof fromVersion !== 'number' || !Number.isInteger(fromVersion) || fromVersion < 1)
    return unrestorable('stored.notADataset');
  if (fromVersion > DATASET_VERSION) return unrestorable('stored.newerVersion');
  let record = stored;
  for (let version = fromVersion; version < DATASET_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (migrate) record = migrate(record);
  }
  const mapping = isRecord(record.mapping) ? record.mapping : {};
  const groups = Array.isArray(record.groups)
    ? record.groups.map(restoreGroup).filter((group): group is DatasetGroup => group !== null)
    : [];
  if (!isString(record.id) || record.id === '' || !isString(mapping.value) || groups.length === 0)
    return unrestorable('stored.missingFields');
  const fileName = orDefault(record.fileName, isString, '');
  const importedOn = orDefault(record.importedOn, isDay, '1970-01-01');
  const decimals = orDefault(record.decimals, isCount, 0);
  return ok({
    fromVersion,
    dataset: {
      version: DATASET_VERSION,
      id: record.id,
      name: boundText(orDefault(record.name, isString, fileName || record.id), MAX_LABEL_LENGTH),
      fileName: boundText(fileName, MAX_LABEL_LENGTH),
      importedOn,
      savedAt: orDefault(record.savedAt, isString, `${importedOn}T00:00:00.000Z`),
      mapping: {
        label: orDefault(mapping.label, isNullableString, null),
        value: mapping.value,
        period: orDefault(mapping.period, isNullableString, null),
      },
      shares: orDefault(record.shares, isBoolean, false),
      decimals: Math.min(decimals, MAX_DECIMALS),
      groups,
      summary: restoreSummary(record.summary, groups),
    },
  });
}
