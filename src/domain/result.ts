/**
 * Errors are values here (as in OWID Grapher's ErrorValue and Excalidraw's
 * restore functions): parsers and validators return a Result and never throw
 * at the caller, so the UI can always keep what it had and explain what went wrong.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Every issue code is translated in the UI (`issue.<code>` in src/i18n). */
export type IssueCode =
  | 'load.failed'
  | 'csv.empty'
  | 'csv.headerOnly'
  | 'csv.unclosedQuote'
  | 'csv.malformed'
  | 'csv.raggedRow'
  | 'csv.missingColumn'
  | 'csv.duplicateHeader'
  | 'csv.emptyHeader'
  | 'value.required'
  | 'value.notNumber'
  | 'value.outOfRange'
  | 'value.invalidMonth'
  | 'value.invalidDate'
  | 'value.unknownId'
  | 'key.duplicate'
  | 'key.unknownSource'
  | 'key.unknownPeriod'
  | 'shares.overHundred'
  | 'figures.disagree'
  | 'figures.growthWithoutTotal'
  | 'period.totalMismatch'
  | 'pmi.gap'
  | 'update.unknownTable'
  | 'update.unknownColumn'
  | 'update.missingColumn'
  | 'update.missingOption'
  | 'update.unknownSource'
  | 'update.noFile'
  | 'update.wouldNotBuild';

/**
 * One issue shape for every parser and validator, generic over its codes:
 * the bundled-data readers use IssueCode, the import its own union
 * (ImportIssueCode in ./import/issues.ts), and both share this type, these
 * helpers and the translated message lookup.
 */
export interface Issue<Code extends string = IssueCode> {
  code: Code;
  severity: Severity;
  /** Which file the issue is in, when it comes from a file. */
  file?: string;
  /** 1-based line number in the file as a spreadsheet shows it (the header is line 1). */
  row?: number;
  /** Column name (header) where the issue applies. */
  column?: string;
  /** Values the translated message interpolates, e.g. { value: 'abc' }. */
  params?: Record<string, string | number>;
}

export type Result<T, Code extends string = IssueCode> =
  | { ok: true; data: T; issues: Issue<Code>[] }
  | { ok: false; data?: undefined; issues: Issue<Code>[] };

export function ok<T, Code extends string = IssueCode>(
  data: T,
  issues: Issue<Code>[] = [],
): Result<T, Code> {
  return { ok: true, data, issues };
}

export function fail<T, Code extends string = IssueCode>(issues: Issue<Code>[]): Result<T, Code> {
  return { ok: false, issues };
}

export function hasErrors(issues: readonly { severity: Severity }[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Ok when no issue is an error; warnings travel with the data. */
export function fromIssues<T, Code extends string = IssueCode>(
  data: T,
  issues: Issue<Code>[],
): Result<T, Code> {
  return hasErrors(issues) ? fail(issues) : ok(data, issues);
}
