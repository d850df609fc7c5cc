import Papa from 'papaparse';
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
}

/**
 * Parses delimited text into records. Never throws: malformed input comes
 * back as issues with the line and column where they apply.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Result<CsvTable> {
  const file = options.file;
  const withFile = (issue: Issue): Issue => (file ? { ...issue, file } : issue);
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail([withFile({ code: 'csv.empty', severity: 'error' })]);

  const parsed = Papa.parse<string[]>(body, {
    delimiter: options.delimiter ?? ',',
    skipEmptyLines: 'greedy',
  });
  const issues: Issue[] = [];
  for (const error of parsed.errors) {
    // Papaparse counts data rows from 0; a file line is that + 1.
    const row = typeof error.row === 'number' ? error.row + 1 : undefined;
    if (error.code === 'MissingQuotes') {
      issues.push(withFile({ code: 'csv.unclosedQuote', severity: 'error', row }));
    } else if (error.code !== 'UndetectableDelimiter') {
      issues.push(
        withFile({
          code: 'csv.malformed',
          severity: 'error',
          row,
          params: { detail: error.message },
        }),
      );
    }
  }

  const [rawHeader, ...dataRows] = parsed.data;
  const header = (rawHeader ?? []).map((cell) => cell.trim());
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === '') {
      issues.push(
        withFile({
          code: 'csv.emptyHeader',
          severity: 'error',
          row: 1,
          params: { index: index + 1 },
        }),
      );
    } else if (seen.has(name)) {
      issues.push(
        withFile({ code: 'csv.duplicateHeader', severity: 'error', row: 1, column: name }),
      );
    }
    seen.add(name);
  });
  for (const column of options.requiredColumns ?? []) {
    if (!seen.has(column)) {
      issues.push(withFile({ code: 'csv.missingColumn', severity: 'error', row: 1, column }));
    }
  }
  if (dataRows.length === 0) issues.push(withFile({ code: 'csv.headerOnly', severity: 'error' }));

  const rows: Record<string, string>[] = [];
  const lineNumbers: number[] = [];
  dataRows.forEach((cells, index) => {
    const line = index + 2;
    if (cells.length !== header.length) {
      issues.push(
        withFile({
          code: 'csv.raggedRow',
          severity: 'error',
          row: line,
          params: { expected: header.length, found: cells.length },
        }),
      );
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((name, column) => {
      record[name] = (cells[column] ?? '').trim();
    });
    rows.push(record);
    lineNumbers.push(line);
  });

  if (issues.some((issue) => issue.severity === 'error')) return fail(issues);
  return ok({ header, rows, lineNumbers }, issues);
}
