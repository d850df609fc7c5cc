import { isBlankRecord, readRecords } from './csvRecords.ts';
import type { Issue, Result } from './result.ts';
import { fail, ok } from './result.ts';

export interface CsvTable {
  header: string[];
  /** One record per data row, keyed by header. */
  rows: Record<string, string>[];
  /** The file line number (1-based, header = 1) of each row, for messages. */
  lineNumbers: number[];
}

export interface ParseCsvOptions {
  file?: string;
  /** Defaults to ',' (the machine format of data/). */
  delimiter?: string;
  /** Columns that must be present. */
  requiredColumns?: readonly string[];
  /** A header with no rows is a table with none (a history with no entries yet), not an error. */
  allowNoRows?: boolean;
}

/**
 * Parses delimited text into records. Never throws: malformed input comes
 * back as issues with the line and column where they apply.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Result<CsvTable> {
  const file = options.file;
  const withFile = (issue: Issue): Issue => (file ? { ...issue, file } : issue);
  if (text.replace(/^\uFEFF/, '').trim() === '')
    return fail([withFile({ code: 'csv.empty', severity: 'error' })]);

  // The same tokenizer as users' files: exact file lines, blank lines skipped but counted.
  const read = readRecords(text, options.delimiter ?? ',');
  const issues: Issue[] = [];
  if (read.unclosedQuoteLine !== null) {
    issues.push(
      withFile({ code: 'csv.unclosedQuote', severity: 'error', row: read.unclosedQuoteLine }),
    );
  }
  const records = read.records.filter((record) => !isBlankRecord(record.cells));
  const [rawHeaderRecord, ...dataRecords] = records;
  const headerLine = rawHeaderRecord?.line ?? 1;
  const header = (rawHeaderRecord?.cells ?? []).map((cell) => cell.trim());
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      issues.push(
        withFile({
          code: 'csv.emptyHeader',
          severity: 'error',
          row: headerLine,
          params: { index: index + 1 },
        }),
      );
    } else if (seen.has(name)) {
      issues.push(
        withFile({ code: 'csv.duplicateHeader', severity: 'error', row: headerLine, column: name }),
      );
    }
    seen.add(name);
  });
  for (const column of options.requiredColumns ?? []) {
    if (!seen.has(column)) {
      issues.push(
        withFile({ code: 'csv.missingColumn', severity: 'error', row: headerLine, column }),
      );
    }
  }
  for (const stray of read.strayQuotes) {
    // Bundled data is ours: a malformed quote is an error here, not a warning.
    issues.push(
      withFile({
        code: 'csv.malformed',
        severity: 'error',
        row: stray.line,
        ...(header[stray.cell] ? { column: header[stray.cell] } : {}),
        params: { detail: 'text after a closing quote' },
      }),
    );
  }
  if (dataRecords.length === 0 && !options.allowNoRows)
    issues.push(withFile({ code: 'csv.headerOnly', severity: 'error' }));

  const rows: Record<string, string>[] = [];
  const lineNumbers: number[] = [];
  for (const { cells, line } of dataRecords) {
    if (cells.length !== header.length) {
      issues.push(
        withFile({
          code: 'csv.raggedRow',
          severity: 'error',
          row: line,
          params: { expected: header.length, found: cells.length },
        }),
      );
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, column) => {
      record[name] = (cells[column] ?? '').trim();
    });
    rows.push(record);
    lineNumbers.push(line);
  }

  if (issues.some((issue) => issue.severity === 'error')) return fail(issues);
  return ok({ header, rows, lineNumbers }, issues);
}
