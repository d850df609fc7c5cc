/**
 * Streaming import for large files: chunks of bytes or text go in, and out
 * come a preview of the first rows, the full report, and per-label sums and
 * counts. Memory stays bounded by the preview size and the number of distinct
 * labels (capped), not by the number of rows.
 */
import { fail, ok } from '../result.ts';
import { createStreamDecoder, MAX_IMPORT_BYTES, tooLargeIssue } from './decode.ts';
import type { StreamDecoder } from './decode.ts';
import { createImportEngine } from './engine.ts';
import type { ImportIssue, ImportResult } from './issues.ts';
import type { ColumnMapping } from './mapping.ts';
import { guessMapping } from './mapping.ts';
import { parsePrintedNumber } from './numberFormat.ts';
import type { NumberFormat } from './numberFormat.ts';
import type { ImportedColumn, ImportedTable, ImportOptions } from './types.ts';

/** Rows kept for the preview and the report table. */
export const DEFAULT_PREVIEW_ROWS = 1000;
/** Distinct labels (× periods) aggregated before refusing new ones. */
export const MAX_AGGREGATE_GROUPS = 10_000;

export interface AggregatorOptions extends Omit<ImportOptions, 'maxRows'> {
  /** Column names; each defaults to guessMapping's choice. `period: null` aggregates across periods. */
  label?: string;
  value?: string;
  period?: string | null;
  previewRows?: number;
  maxGroups?: number;
}

export interface AggregateGroup {
  label: string;
  /** The normalized period, when aggregating per period. */
  period: string | null;
  sum: number;
  count: number;
  /** File line of the first row of the group. */
  firstRow: number;
  /** The most decimals a value of the group's rows is written with (`321` has none, `12,50` two). */
  decimals: number;
}

export interface AggregatedImport {
  /** The first `previewRows` rows, every column, and the report of the whole file. */
  table: ImportedTable;
  mapping: ColumnMapping;
  groups: AggregateGroup[];
  /** Rows whose value was a number and went into a group. */
  rowsAggregated: number;
  /** Rows without a number in the value column, or beyond the group limit. */
  rowsNotAggregated: number;
}

export interface ImportAggregator {
  /** Next slice of the file's bytes (decoded incrementally; encoding sniffed on the first slice). */
  pushBytes(bytes: Uint8Array): void;
  /** Next slice of already-decoded text. Do not mix with pushBytes. */
  push(text: string): void;
  /** Bytes or characters pushed so far. */
  readonly received: number;
  /**
   * Nothing more can change the outcome (the file is too large, cannot be decoded, or has a
   * quote that never closes): stop reading and call `finish`, which says why.
   */
  readonly stopped: boolean;
  finish(): ImportResult<AggregatedImport>;
}

interface GroupState {
  label: string;
  period: string | null;
  sum: number;
  /** Neumaier compensation: a million additions stay exact to the printed decimals. */
  compensation: number;
  count: number;
  firstRow: number;
  decimals: number;
}

export function createImportAggregator(options: AggregatorOptions = {}): ImportAggregator {
  const maxGroups = options.maxGroups ?? MAX_AGGREGATE_GROUPS;
  /** Groups by period, then label (no key strings built per row), and in order of first row. */
  const groups = new Map<string | null, Map<string, GroupState>>();
  const groupsInOrder: GroupState[] = [];
  /** The period of the last row aggregated, and its labels (undefined before the first row). */
  let lastPeriod: string | null | undefined;
  let lastLabels: Map<string, GroupState> | undefined;
  let mapping: ColumnMapping = { label: null, value: null, period: null, valueIsPercent: false };
  let labelIndex = -1;
  let valueIndex = -1;
  let periodIndex = -1;
  let valueFormat: NumberFormat | undefined;
  let rowsAggregated = 0;
  let rowsNotAggregated = 0;
  let warnedGroups = false;
  let received = 0;
  let decoder: StreamDecoder | null = null;
  let failure: ImportIssue[] | null = null;
  const withFile = (issue: ImportIssue): ImportIssue =>
    options.file ? { ...issue, file: options.file } : issue;

  const resolve = (columns: readonly ImportedColumn[]): void => {
    const guess = guessMapping({ columns });
    const named = (name: string | null | undefined): string | null =>
      name && columns.some((column) => column.name === name) ? name : null;
    mapping = {
      label: options.label !== undefined ? named(options.label) : guess.label,
      value: options.value !== undefined ? named(options.value) : guess.value,
      period: options.period !== undefined ? named(options.period) : guess.period,
      valueIsPercent: guess.valueIsPercent,
    };
    labelIndex = columns.findIndex((column) => column.name === mapping.label);
    valueIndex = columns.findIndex((column) => column.name === mapping.value);
    periodIndex = columns.findIndex((column) => column.name === mapping.period);
    valueFormat = columns[valueIndex]?.numberFormat ?? undefined;
  };

  const engine = createImportEngine(
    { ...options, maxRows: options.previewRows ?? DEFAULT_PREVIEW_ROWS },
    {
      onLayout: resolve,
      onRow: (row) => {
        const values = row.values;
        const value = valueIndex >= 0 ? values[valueIndex] : null;
        if (typeof value !== 'number') {
          rowsNotAggregated++;
          return;
        }
        const labelValue = labelIndex >= 0 ? values[labelIndex] : null;
        const label = typeof labelValue === 'string' ? labelValue : String(labelValue ?? '');
        const periodValue = periodIndex >= 0 ? values[periodIndex] : null;
        const period =
          typeof periodValue === 'string' || periodValue === null || periodValue === undefined
            ? (periodValue ?? null)
            : String(periodValue);
        // Rows of one period usually come together: its labels are at hand without a lookup.
        let labels = period === lastPeriod ? lastLabels : groups.get(period);
        if (!labels) {
          labels = new Map();
          groups.set(period, labels);
        }
        lastPeriod = period;
        lastLabels = labels;
        let group = labels.get(label);
        if (!group) {
          if (groupsInOrder.length >= maxGroups) {
            if (!warnedGroups) {
              warnedGroups = true;
              engine.collector.add(
                withFile({
                  code: 'import.tooManyGroups',
                  severity: 'warning',
                  row: row.line,
                  params: { limit: maxGroups },
                }),
              );
            }
            rowsNotAggregated++;
            return;
          }
          group = {
            label,
            period,
            sum: 0,
            compensation: 0,
            count: 0,
            firstRow: row.line,
            decimals: 0,
          };
          labels.set(label, group);
          groupsInOrder.push(group);
        }
        const total = group.sum + value;
        group.compensation +=
          Math.abs(group.sum) >= Math.abs(value)
            ? group.sum - total + value
            : value - total + group.sum;
        group.sum = total;
        group.count++;
        // Shown as written: a group of `321` is 321, not 321.00 because another row has `12.50`.
        const printed = valueFormat
          ? parsePrintedNumber(row.cells[valueIndex] ?? '', valueFormat)
          : null;
        if (printed && printed.decimals > group.decimals) group.decimals = printed.decimals;
        rowsAggregated++;
      },
    },
  );

  const guardSize = (size: number): boolean => {
    received += size;
    if (received > MAX_IMPORT_BYTES && !failure) failure = [withFile(tooLargeIssue(received))];
    return failure === null;
  };

  return {
    get received() {
      return received;
    },
    get stopped() {
      return failure !== null || engine.stopped;
    },
    pushBytes(bytes: Uint8Array): void {
      if (!guardSize(bytes.length)) return;
      decoder ??= createStreamDecoder();
      const decoded = decoder.push(bytes);
      if (!decoded.ok) failure = decoded.issues.map(withFile);
      else engine.push(decoded.data);
    },
    push(text: string): void {
      if (!guardSize(text.length)) return;
      engine.push(text);
    },
    finish(): ImportResult<AggregatedImport> {
      if (failure) return fail(failure);
      const decoderIssues: ImportIssue[] = [];
      if (decoder) {
        // Stopped early, the last bytes read may end inside a character: they are not the file's end.
        if (!engine.stopped) {
          const tail = decoder.finish();
          if (!tail.ok) return fail(tail.issues.map(withFile));
          engine.push(tail.data);
        }
        decoderIssues.push(...decoder.issues.map(withFile));
      }
      const result = engine.finish({
        encoding: decoder?.encoding ?? null,
        bom: decoder?.bom ?? false,
      });
      if (!result.ok) return fail([...decoderIssues, ...result.issues]);
      const aggregated: AggregateGroup[] = groupsInOrder.map((group) => ({
        label: group.label,
        period: group.period,
        sum: group.sum + group.compensation,
        count: group.count,
        firstRow: group.firstRow,
        decimals: group.decimals,
      }));
      return ok(
        { table: result.data, mapping, groups: aggregated, rowsAggregated, rowsNotAggregated },
        [...decoderIssues, ...result.issues],
      );
    },
  };
}
