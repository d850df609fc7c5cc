/**
 * Issues of importing a user's own CSV: `Issue` and `Result` of ../result.ts
 * over the import's codes. Where an existing code means exactly the same thing
 * (a ragged row, an unclosed quote …) it is reused so its translation is
 * shared; the import's own codes live here.
 */
import type { Issue, IssueCode, Result } from '../result.ts';
import { boundText, MAX_ISSUE_TEXT_LENGTH } from './text.ts';

export type ImportIssueCode =
  /** The file is larger than MAX_IMPORT_BYTES. params: { limitBytes, limitMegabytes, sizeBytes } */
  | 'import.tooLarge'
  /** The file is not text (an image, a PDF, an Excel workbook …). params: { kind } */
  | 'import.notText'
  /** Not valid UTF-8, read as Windows-1252 instead (info). params: { encoding } */
  | 'import.encodingFallback'
  /** Some bytes could not be decoded and show as �. params: { encoding } */
  | 'import.invalidCharacters'
  /** The file could not be read at all (worker). params: { detail } */
  | 'import.readFailed'
  /** A title line above the table was skipped (info). row; params: { text } */
  | 'import.titleLine'
  /** A note/source line (e.g. "Sumber: BPS") was skipped (info). row; params: { text } */
  | 'import.noteLine'
  /** The first row looks like data, so columns got generic names (info). row */
  | 'import.noHeader'
  /** Only one column was found: the delimiter may be unusual. params: { delimiter } */
  | 'import.singleColumn'
  /** No data row could be read (every row was skipped). */
  | 'import.noRows'
  /** A column named like a value column, or the whole table, has no numbers. column */
  | 'import.noNumbers'
  /** Some cells of a number column are written in another number format. column, row (first); params: { format, otherFormat, rows, count } */
  | 'import.mixedNumberFormat'
  /** A cell of a period column is not a period. row, column; params: { value } */
  | 'import.invalidPeriod'
  /** More issues of one code than are listed (info). params: { code, count } */
  | 'import.moreIssues'
  /** Too many distinct labels to aggregate; the rest were not aggregated. params: { limit } */
  | 'import.tooManyGroups'
  /** A share below 0 %. row, column; params: { value } */
  | 'import.negativeShare'
  /** A single share above 100 %. row, column; params: { value } */
  | 'import.shareOverHundred'
  /** The shares add up to more than 100 %. column; params: { sum, tolerance } */
  | 'import.sharesOverHundred'
  /** The shares leave a remainder to 100 % (info; the dashboard shows it as "all other"). column; params: { sum, remainder } */
  | 'import.sharesRemainder'
  /** A "Total"/"Jumlah" row was left out of the share sum (info). row; params: { label, value } */
  | 'import.totalRowExcluded'
  /** A label, column name or text cell longer than MAX_LABEL_LENGTH was cut. row, column; params: { length, limit } */
  | 'import.longText'
  /** More columns than MAX_COLUMNS: the first ones are read. row (header); params: { count, limit } */
  | 'import.tooManyColumns'
  /** A quote inside an unquoted cell, or text after a closing quote (`a,"b"c,d`): read as written. row, column */
  | 'import.strayQuote';

/** Codes of result.ts reused with the same meaning (and compatible params). */
export type ReusedIssueCode = Extract<
  IssueCode,
  | 'csv.empty'
  | 'csv.headerOnly'
  | 'csv.unclosedQuote'
  | 'csv.raggedRow'
  | 'csv.duplicateHeader'
  | 'csv.emptyHeader'
  | 'value.notNumber'
  | 'value.required'
>;

/** An import issue: the one issue shape (../result.ts) over the import's codes. */
export type ImportIssue = Issue<ImportIssueCode | ReusedIssueCode>;

/** The one result type over the import's codes. */
export type ImportResult<T> = Result<T, ImportIssueCode | ReusedIssueCode>;

/**
 * An issue carries at most MAX_ISSUE_TEXT_LENGTH characters of any user text
 * (a 10 MB "not a number" cell is quoted by its start), so issues stay small
 * in the worker's message, the report and the page.
 */
export function boundIssue(issue: ImportIssue): ImportIssue {
  const long = (value: unknown) =>
    typeof value === 'string' && value.length > MAX_ISSUE_TEXT_LENGTH;
  const longParam = issue.params && Object.values(issue.params).some(long);
  if (!longParam && !long(issue.column) && !long(issue.file)) return issue;
  const bounded: ImportIssue = { ...issue };
  if (issue.column !== undefined) bounded.column = boundText(issue.column, MAX_ISSUE_TEXT_LENGTH);
  if (issue.file !== undefined) bounded.file = boundText(issue.file, MAX_ISSUE_TEXT_LENGTH);
  if (issue.params) {
    bounded.params = Object.fromEntries(
      Object.entries(issue.params).map(([name, value]) => [
        name,
        typeof value === 'string' ? boundText(value, MAX_ISSUE_TEXT_LENGTH) : value,
      ]),
    );
  }
  return bounded;
}

/** Per-code cap so a million bad rows give a readable list, not a million issues. */
export const MAX_ISSUES_PER_CODE = 50;

/** Collects issues, keeping at most MAX_ISSUES_PER_CODE per code and counting the rest. */
export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  private readonly counts = new Map<string, number>();

  constructor(private readonly limit = MAX_ISSUES_PER_CODE) {}

  add(issue: ImportIssue): void {
    const count = (this.counts.get(issue.code) ?? 0) + 1;
    this.counts.set(issue.code, count);
    if (count <= this.limit) this.issues.push(boundIssue(issue));
  }

  /** The kept issues plus one 'import.moreIssues' per code that overflowed. */
  finish(): ImportIssue[] {
    const overflow: ImportIssue[] = [];
    for (const [code, count] of this.counts) {
      if (count > this.limit) {
        overflow.push({
          code: 'import.moreIssues',
          severity: 'info',
          params: { code, count: count - this.limit },
        });
      }
    }
    return [...this.issues, ...overflow];
  }
}
