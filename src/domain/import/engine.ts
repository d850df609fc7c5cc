/**
 * One path for imported data, small or large: text goes in (in chunks or at
 * once), the layout is decided on the first records, and every later record
 * is checked and converted as it streams past. `parseImport` keeps all rows;
 * `createImportAggregator` keeps a preview and sums per label, so a million
 * rows import in bounded memory.
 */
import { fail, fromIssues } from '../result.ts';
import type { RecordReader, StrayQuote } from '../csvRecords.ts';
import { createRecordReader } from '../csvRecords.ts';
import type { CellReport } from './columnTypes/index.ts';
import { MixedFormats } from './columnTypes/index.ts';
import type { TextEncodingName } from './decode.ts';
import { decodeBytes, MAX_IMPORT_BYTES, tooLargeIssue } from './decode.ts';
import { finalIssues, importReport, isEmptyReading } from './finalCheck.ts';
import type { ImportIssue, ImportResult } from './issues.ts';
import { IssueCollector } from './issues.ts';
import type { Layout } from './layout.ts';
import { analyzeLayout } from './layout.ts';
import type { RowReader } from './rows.ts';
import { createRowReader } from './rows.ts';
import { RecordSample, TextSample } from './sampleBuffer.ts';
import type {
  Delimiter,
  ImportedColumn,
  ImportedRow,
  ImportedTable,
  ImportOptions,
} from './types.ts';

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

/**
 * Wires the parts: the text sample chooses the delimiter, papaparse (through
 * the record reader) tokenises, the record sample decides the layout, the row
 * reader converts each record by its columns' types, and the final check
 * gives the last issues and the report.
 */
export function createImportEngine(
  options: ImportOptions = {},
  hooks: EngineHooks = {},
): ImportEngine {
  const collector = new IssueCollector();
  const withFile = (issue: ImportIssue): ImportIssue =>
    options.file ? { ...issue, file: options.file } : issue;
  const add = (issue: ImportIssue): void => collector.add(withFile(issue));
  const report: CellReport = { add, mixed: new MixedFormats() };

  const textSample = new TextSample();
  const recordSample = new RecordSample();
  let delimiter: Delimiter | null = options.delimiter ?? null;
  let reader: RecordReader | null = null;
  let layout: Layout | null = null;
  let columns: ImportedColumn[] = [];
  let rowReader: RowReader | null = null;

  const reportStray = (stray: StrayQuote): void => {
    const column = columns.find((entry) => entry.sourceIndex === stray.cell);
    add({
      code: 'import.strayQuote',
      severity: 'warning',
      row: stray.line,
      ...(column ? { column: column.name } : {}),
    });
  };

  const decideLayout = (): void => {
    if (layout || !delimiter) return;
    const decided = analyzeLayout(recordSample.all, delimiter, options);
    layout = decided;
    for (const issue of decided.issues) add(issue);
    columns = decided.columns.map((plan) => ({
      ...plan,
      parsedCount: 0,
      failedCount: 0,
      emptyCount: 0,
    }));
    hooks.onLayout?.(columns);
    const rowsReader = createRowReader({
      layout: decided,
      columns,
      maxRows: options.maxRows ?? Number.POSITIVE_INFINITY,
      report,
      ...(hooks.onRow ? { onRow: hooks.onRow } : {}),
    });
    rowReader = rowsReader;
    const taken = recordSample.take(decided.dataStart);
    // Blank lines among the data count as blank lines of the table (those above it do not).
    rowsReader.addBlankLines(taken.blankLines);
    for (const stray of taken.strayQuotes) reportStray(stray);
    for (const record of taken.records) rowsReader.read(record.cells, record.line);
  };

  const onStrayQuote = (stray: StrayQuote): void => {
    if (layout) reportStray(stray);
    else recordSample.addStrayQuote(stray);
  };

  const onRecord = (cells: string[], line: number): void => {
    if (rowReader) {
      rowReader.read(cells, line);
      return;
    }
    recordSample.add(cells, line);
    if (recordSample.full) decideLayout();
  };

  const startReading = (complete: boolean): void => {
    if (reader) return;
    if (!delimiter) delimiter = textSample.delimiter(complete);
    reader = createRecordReader(delimiter, onRecord, onStrayQuote, textSample.leadingLines + 1);
    reader.push(textSample.take());
  };

  return {
    collector,
    get bufferedRecords() {
      return recordSample.size;
    },
    get stopped() {
      return reader?.stopped ?? false;
    },
    push(text: string): void {
      if (reader) {
        reader.push(text);
        return;
      }
      textSample.push(text);
      if (textSample.full) startReading(false);
    },
    finish(meta): ImportResult<ImportedTable> {
      if (!reader && textSample.blank)
        return fail([withFile({ code: 'csv.empty', severity: 'error' })]);
      startReading(true);
      const end = (reader as RecordReader | null)?.finish() ?? {
        unclosedQuoteLine: null,
        unclosedQuoteCell: null,
      };
      decideLayout();
      const finalLayout = layout as Layout | null;
      const finalRows = rowReader as RowReader | null;
      if (!finalLayout || !finalRows)
        return fail([withFile({ code: 'csv.empty', severity: 'error' })]);
      const { tally, rows } = finalRows;
      if (isEmptyReading({ layout: finalLayout, tally, end })) {
        return fail([withFile({ code: 'csv.empty', severity: 'error' })]);
      }
      const check = { layout: finalLayout, columns, tally, end, mixed: report.mixed.byColumn };
      for (const issue of finalIssues(check)) add(issue);
      const table: ImportedTable = {
        columns,
        rows,
        report: importReport({
          layout: finalLayout,
          columns,
          tally,
          delimiter: delimiter ?? ',',
          rowsKept: rows.length,
          meta,
        }),
      };
      return fromIssues(table, collector.finish());
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
