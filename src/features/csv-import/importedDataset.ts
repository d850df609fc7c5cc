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
} from '../../domain/import/index.ts';
import { isDelimiter, NUMBER_FORMAT_IDS, parsePrintedNumber } from '../../domain/import/index.ts';

export const DATASET_VERSION = 1;
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
    mapping: { label: imported.mapping.label, value, period: imported.mapping.period },
    shares: meta.shares,
    decimals: printedDecimals(imported, value),
    groups: imported.groups.map((group) => ({
      label: group.label,
      period: group.period,
      value: group.sum,
      count: group.count,
      firstRow: group.firstRow,
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
    isNullableString(value.period) &&
    typeof value.value === 'number' &&
    Number.isFinite(value.value) &&
    isCount(value.count) &&
    isCount(value.firstRow)
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
