/**
 * One path for imported data, small or large: text goes in (in chunks or at
 * once), the layout is decided on the first records, and every later record
 * is checked and converted as it streams past. `parseImport` keeps all rows;
 * `createImportAggregator` keeps a preview and sums per label, so a million
 * rows import in bounded memory.
 */
import { fail, fromIssues } from '../result.ts';
import type { TextEncodingName } from './decode.ts';
import { decodeBytes, MAX_IMPORT_BYTES, tooLargeIssue } from './decode.ts';
import type { ImportIssue, ImportResult } from './issues.ts';
import { IssueCollector } from './issues.ts';
import type { Layout } from './layout.ts';
import {
  analyzeLayout,
  BLANK_RECORD,
  detectDelimiter,
  NOTE_RECORD,
  recordShape,
} from './layout.ts';
import { isValueName } from './mapping.ts';
import {
  writeInFormat,
  isMissingMarker,
  otherFormatOf,
  parseCommonNumber,
  parsePrintedNumber,
} from './numberFormat.ts';
import { parsePeriod, readYearMonth } from './period.ts';
import type { RawRecord, RecordReader, StrayQuote } from '../csvRecords.ts';
import { createRecordReader, isBlankRecord } from '../csvRecords.ts';
import { boundText, collapseSpace, MAX_LABEL_LENGTH } from './text.ts';
import type {
  CellValue,
  Delimiter,
  ImportedColumn,
  ImportedRow,
  ImportedTable,
  ImportOptions,
  ImportReport,
  SkippedRow,
} from './types.ts';

/** Characters of text looked at to choose the delimiter. */
const DELIMITER_SAMPLE_CHARS = 64 * 1024;
/** Records looked at to decide header, kinds and number formats. */
const LAYOUT_SAMPLE_RECORDS = 1000;
/** Skipped rows listed in the report (all are counted). */
export const MAX_SKIPPED_LISTED = 1000;
/** Rows named in a "mixed number formats" warning. */
const MIXED_ROWS_LISTED = 20;
/** Distinct period texts remembered (a million rows hold a few hundred months). */
const PERIOD_CACHE_SIZE = 10_000;
const MISSING = Symbol('missing');

/** `cell.trim()`, without the call for a cell that starts and ends printable (almost every cell). */
function trimCell(cell: string): string {
  const length = cell.length;
  if (length === 0) return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(length - 1);
  // No character from '!' to '~' is white space to trim().
  return first > 32 && first < 127 && last > 32 && last < 127 ? cell : cell.trim();
}

interface MixedCells {
  rows: number[];
  count: number;
  otherFormat: string;
}

export interface EngineHooks {
  /**
   * Called for each imported row once the layout is known. Once `maxRows`
   * rows are kept, the same row object is reused for every later row (with
   * empty `cells`): read it during the call, do not keep it.
   */
  onRow?: (row: ImportedRow, columns: readonly ImportedColumn[]) => void;
  /** Called once when the layout is known, before the first row. */
  onLayout?: (columns: readonly ImportedColumn[]) => void;
}

export interface ImportEngine {
  push(text: string): void;
  finish(meta: { encoding: TextEncodingName | null; bom: boolean }): ImportResult<ImportedTable>;
  /** Issues gathered so far, to add aggregation issues to. */
  readonly collector: IssueCollector;
  /** Records held while the layout is decided (at most LAYOUT_SAMPLE_RECORDS; blank lines never). */
  readonly bufferedRecords: number;
  /** The file cannot be read past this point (an unclosed quote): `finish` says why. */
  readonly stopped: boolean;
}

export function createImportEngine(
  options: ImportOptions = {},
  hooks: EngineHooks = {},
): ImportEngine {
  const maxRows = options.maxRows ?? Number.POSITIVE_INFINITY;
  const collector = new IssueCollector();
  const withFile = (issue: ImportIssue): ImportIssue =>
    options.file ? { ...issue, file: options.file } : issue;
  const add = (issue: ImportIssue): void => collector.add(withFile(issue));

  let sampleText = '';
  /** Blank lines dropped from the start before reading began (they count for line numbers only). */
  let leadingLines = 0;

  /** Drops whole blank lines at the start of the sample, so detection sees content, not newlines. */
  const dropLeadingBlankLines = (): void => {
    let index = 0;
    let lineStart = 0;
    let lines = 0;
    while (index < sampleText.length) {
      const code = sampleText.charCodeAt(index);
      if (code === 10) {
        lines++;
        lineStart = index + 1;
      } else if (code === 13) {
        // CRLF is one break; a CR at the very end waits for the next piece.
        if (index + 1 === sampleText.length) break;
        if (sampleText.charCodeAt(index + 1) === 10) index++;
        lines++;
        lineStart = index + 1;
      } else if (code !== 32 && code !== 9 && code !== 0xfeff) break;
      index++;
    }
    if (lineStart > 0) {
      sampleText = sampleText.slice(lineStart);
      leadingLines += lines;
    }
  };
  let delimiter: Delimiter | null = options.delimiter ?? null;
  let reader: RecordReader | null = null;
  /** Non-blank records read before the layout is known (blank ones are only counted). */
  let pending: RawRecord[] = [];
  /** Blank records seen while `pending` filled, and how many came before each pending record. */
  let pendingBlank = 0;
  let blanksBefore: number[] = [];
  let strayQuotes: StrayQuote[] = [];
  let layout: Layout | null = null;
  let columns: ImportedColumn[] = [];
  const rows: ImportedRow[] = [];
  const skippedRows: SkippedRow[] = [];
  let skippedCount = 0;
  let rowsRead = 0;
  let rowsImported = 0;
  let blankLines = 0;
  const mixed = new Map<number, MixedCells>();

  const skip = (row: number, reason: SkippedRow['reason'], column?: string): void => {
    skippedCount++;
    if (skippedRows.length < MAX_SKIPPED_LISTED)
      skippedRows.push(column ? { row, column, reason } : { row, reason });
  };

  /** What each distinct text of a period column reads as: a period, not one (null), or missing. */
  const periods = new Map<string, string | null | typeof MISSING>();
  const readPeriod = (text: string): string | null | typeof MISSING => {
    const yearMonth = readYearMonth(text);
    if (yearMonth !== undefined) return yearMonth;
    let period = periods.get(text);
    if (period === undefined) {
      period = isMissingMarker(text) ? MISSING : parsePeriod(text);
      if (periods.size < PERIOD_CACHE_SIZE) periods.set(text, period);
    }
    return period;
  };

  const convertCell = (
    column: ImportedColumn,
    raw: string,
    line: number,
    index: number,
  ): CellValue => {
    const text = trimCell(raw);
    if (column.kind === 'text') {
      if (text === '') column.emptyCount++;
      else column.parsedCount++;
      if (text.length > MAX_LABEL_LENGTH) {
        add({
          code: 'import.longText',
          severity: 'warning',
          row: line,
          column: column.name,
          params: { length: text.length, limit: MAX_LABEL_LENGTH },
        });
        return boundText(text, MAX_LABEL_LENGTH);
      }
      return text === '' ? null : text;
    }
    const format = column.numberFormat;
    if (format) {
      const common = parseCommonNumber(text, format.id);
      if (!Number.isNaN(common)) {
        column.parsedCount++;
        return common;
      }
    }
    if (column.kind === 'period') {
      const period = readPeriod(text);
      if (period === MISSING) {
        column.emptyCount++;
        return null;
      }
      if (period === null) {
        column.failedCount++;
        add({
          code: 'import.invalidPeriod',
          severity: 'warning',
          row: line,
          column: column.name,
          params: { value: text },
        });
      } else {
        column.parsedCount++;
      }
      return period;
    }
    if (isMissingMarker(text)) {
      column.emptyCount++;
      return null;
    }
    const parsed = format ? parsePrintedNumber(text, format) : null;
    if (parsed) {
      column.parsedCount++;
      return parsed.value;
    }
    column.failedCount++;
    const other = format ? otherFormatOf(text, format.id) : null;
    if (other) {
      const entry = mixed.get(index) ?? { rows: [], count: 0, otherFormat: other };
      entry.count++;
      if (entry.rows.length < MIXED_ROWS_LISTED) entry.rows.push(line);
      mixed.set(index, entry);
    } else {
      add({
        code: 'value.notNumber',
        severity: 'warning',
        row: line,
        column: column.name,
        params: { value: text },
      });
    }
    return null;
  };

  /** The row handed to `onRow` once the preview is full: reused, so a million rows make no garbage here. */
  const reusedValues: CellValue[] = [];
  const reusedRow: ImportedRow = { line: 0, cells: [], values: reusedValues };

  const processRecord = (cells: string[], line: number): void => {
    if (!layout) return;
    const shape = recordShape(cells, layout.width);
    if (shape === BLANK_RECORD) {
      blankLines++;
      return;
    }
    rowsRead++;
    if (shape === NOTE_RECORD) {
      add({
        code: 'import.noteLine',
        severity: 'info',
        row: line,
        params: { text: collapseSpace(boundText(cells[0] ?? '', MAX_LABEL_LENGTH)) },
      });
      skip(line, 'import.noteLine');
      return;
    }
    if (shape >= 0) {
      add({
        code: 'csv.raggedRow',
        severity: 'warning',
        row: line,
        params: { expected: layout.width, found: shape },
      });
      skip(line, 'csv.raggedRow');
      return;
    }
    const keep = rows.length < maxRows;
    const values = keep ? new Array<CellValue>(columns.length) : reusedValues;
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index] as ImportedColumn;
      values[index] = convertCell(column, cells[column.sourceIndex] ?? '', line, index);
    }
    rowsImported++;
    if (!keep) {
      reusedRow.line = line;
      hooks.onRow?.(reusedRow, columns);
      return;
    }
    // The preview shows cells as read (trimmed), but never a megabyte of one.
    const row: ImportedRow = {
      line,
      cells: columns.map((column) =>
        boundText((cells[column.sourceIndex] ?? '').trim(), MAX_LABEL_LENGTH),
      ),
      values,
    };
    rows.push(row);
    hooks.onRow?.(row, columns);
  };

  const decideLayout = (): void => {
    if (layout || !delimiter) return;
    layout = analyzeLayout(pending, delimiter, options);
    for (const issue of layout.issues) add(issue);
    columns = layout.columns.map((plan) => ({
      ...plan,
      parsedCount: 0,
      failedCount: 0,
      emptyCount: 0,
    }));
    hooks.onLayout?.(columns);
    const records = pending.slice(layout.dataStart);
    // Blank lines among the data count as blank lines of the table (those above it do not).
    blankLines += pendingBlank - (blanksBefore[layout.dataStart] ?? pendingBlank);
    const strays = strayQuotes;
    pending = [];
    blanksBefore = [];
    strayQuotes = [];
    for (const stray of strays) reportStray(stray);
    for (const record of records) processRecord(record.cells, record.line);
  };

  const reportStray = (stray: StrayQuote): void => {
    const column = columns.find((entry) => entry.sourceIndex === stray.cell);
    add({
      code: 'import.strayQuote',
      severity: 'warning',
      row: stray.line,
      ...(column ? { column: column.name } : {}),
    });
  };

  const onStrayQuote = (stray: StrayQuote): void => {
    if (layout) reportStray(stray);
    else if (strayQuotes.length < LAYOUT_SAMPLE_RECORDS) strayQuotes.push(stray);
  };

  const onRecord = (cells: string[], line: number): void => {
    if (layout) {
      processRecord(cells, line);
      return;
    }
    // Blank lines are counted, never kept: 50 MB of newlines must not become 50 million records.
    if (isBlankRecord(cells)) {
      pendingBlank++;
      return;
    }
    pending.push({ cells, line });
    blanksBefore.push(pendingBlank);
    if (pending.length >= LAYOUT_SAMPLE_RECORDS) decideLayout();
  };

  const startReading = (complete: boolean): void => {
    if (reader) return;
    if (!delimiter) {
      // Only the sample: a 27 MB file given in one piece is not scanned four times.
      const sample = sampleText.slice(0, DELIMITER_SAMPLE_CHARS);
      delimiter = detectDelimiter(
        sample,
        complete && sample.length === sampleText.length,
      ).delimiter;
    }
    reader = createRecordReader(delimiter, onRecord, onStrayQuote, leadingLines + 1);
    const text = sampleText;
    sampleText = '';
    reader.push(text);
  };

  return {
    collector,
    get bufferedRecords() {
      return pending.length;
    },
    get stopped() {
      return reader?.stopped ?? false;
    },
    push(text: string): void {
      if (reader) {
        reader.push(text);
        return;
      }
      sampleText += text;
      dropLeadingBlankLines();
      if (sampleText.length >= DELIMITER_SAMPLE_CHARS) startReading(false);
    },
    finish(meta): ImportResult<ImportedTable> {
      const startedEmpty = !reader && sampleText.replace(/^\uFEFF/, '').trim() === '';
      if (startedEmpty) return fail([withFile({ code: 'csv.empty', severity: 'error' })]);
      startReading(true);
      const end = (reader as RecordReader).finish();
      decideLayout();
      const finalLayout = layout as Layout | null;
      // Nothing but blank lines or bare delimiters (";;;") is an empty file too.
      if (
        !finalLayout ||
        (finalLayout.headerRow === null && rowsRead === 0 && end.unclosedQuoteLine === null)
      ) {
        return fail([withFile({ code: 'csv.empty', severity: 'error' })]);
      }

      if (end.unclosedQuoteLine !== null) {
        const column = columns.find((entry) => entry.sourceIndex === end.unclosedQuoteCell);
        add({
          code: 'csv.unclosedQuote',
          severity: 'error',
          row: end.unclosedQuoteLine,
          ...(column ? { column: column.name } : {}),
        });
      }
      mixed.forEach((entry, index) => {
        const column = columns[index];
        if (!column?.numberFormat) return;
        add({
          code: 'import.mixedNumberFormat',
          severity: 'warning',
          row: entry.rows[0],
          column: column.name,
          params: {
            format: column.numberFormat.id,
            example: writeInFormat(1234.5, column.numberFormat.id),
            otherFormat: entry.otherFormat,
            rows: entry.rows.join(', '),
            count: entry.count,
          },
        });
      });
      if (rowsRead === 0 && finalLayout.headerRow !== null && end.unclosedQuoteLine === null) {
        add({ code: 'csv.headerOnly', severity: 'error', row: finalLayout.headerRow });
      } else if (rowsRead > 0 && rowsImported === 0) {
        add({ code: 'import.noRows', severity: 'error', params: { skipped: skippedCount } });
      }
      if (rowsImported > 0) {
        const numberColumns = columns.filter(
          (column) => column.kind === 'number' && column.parsedCount > 0,
        );
        // A column named like a value (nilai, share, persen …) that holds no numbers.
        const valueNamed = columns.filter(
          (column) => column.kind === 'text' && column.parsedCount > 0 && isValueName(column.name),
        );
        for (const column of valueNamed) {
          add({
            code: 'import.noNumbers',
            severity: numberColumns.length > 0 ? 'warning' : 'error',
            row: finalLayout.headerRow ?? undefined,
            column: column.name,
          });
        }
        if (numberColumns.length === 0 && valueNamed.length === 0) {
          add({ code: 'import.noNumbers', severity: 'error' });
        }
      }

      const report: ImportReport = {
        encoding: meta.encoding,
        bom: meta.bom,
        delimiter: delimiter ?? ',',
        headerRow: finalLayout.headerRow,
        titleLines: finalLayout.titleLines.map((record) => ({
          row: record.line,
          text: collapseSpace(boundText(record.cells.join(' '), MAX_LABEL_LENGTH)),
        })),
        rowsRead,
        rowsImported,
        rowsKept: rows.length,
        columnsRead: columns.length,
        blankLines,
        numberFormats: Object.fromEntries(
          columns.map((column) => [column.name, column.numberFormat]),
        ),
        skippedRows,
        skippedCount,
      };
      return fromIssues({ columns, rows, report }, collector.finish());
    },
  };
}

/**
 * Reads a user's CSV (bytes in any supported encoding, or text) into a table
 * with detected delimiter, header, column kinds and number formats, and a
 * report. Never throws; bad input comes back as issues with row and column.
 */
export function parseImport(
  input: Uint8Array | ArrayBuffer | string,
  options: ImportOptions = {},
): ImportResult<ImportedTable> {
  try {
    let text: string;
    let meta: { encoding: TextEncodingName | null; bom: boolean } = { encoding: null, bom: false };
    const preIssues: ImportIssue[] = [];
    if (typeof input === 'string') {
      // UTF-16 units: close enough to bytes for a size limit.
      if (input.length > MAX_IMPORT_BYTES) return fail([tooLargeIssue(input.length)]);
      text = input.replace(/^\uFEFF/, '');
    } else {
      const decoded = decodeBytes(input instanceof Uint8Array ? input : new Uint8Array(input));
      if (!decoded.ok)
        return fail(
          decoded.issues.map((issue) => (options.file ? { ...issue, file: options.file } : issue)),
        );
      text = decoded.data.text;
      meta = { encoding: decoded.data.encoding, bom: decoded.data.bom };
      preIssues.push(...decoded.issues);
    }
    const engine = createImportEngine(options);
    engine.push(text);
    const result = engine.finish(meta);
    return result.ok
      ? { ...result, issues: [...preIssues, ...result.issues] }
      : fail([...preIssues, ...result.issues]);
  } catch (error) {
    // A defect, not bad input; still a value so the UI keeps what it had.
    return fail([
      { code: 'import.readFailed', severity: 'error', params: { detail: String(error) } },
    ]);
  }
}
