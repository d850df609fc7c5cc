import { isMonth } from './month.ts';
import type { Issue, IssueCode } from './result.ts';
import type { PrintedNumber } from './decimal.ts';
import { parseMachineDecimal } from './decimal.ts';

/** Where a cell sits, for messages. */
export interface CellRef {
  file?: string;
  row: number;
  column: string;
}

/** An error in one cell, with its file, line and column. */
export function cellIssue(ref: CellRef, code: IssueCode, params?: Issue['params']): Issue {
  return {
    code,
    severity: 'error',
    ...(ref.file ? { file: ref.file } : {}),
    row: ref.row,
    column: ref.column,
    ...(params ? { params } : {}),
  };
}

export interface NumberRule {
  required?: boolean;
  min?: number;
  max?: number;
}

/**
 * Reads a machine-format number from a cell. Pushes an issue and returns null
 * when the cell is not a number or is out of range; returns null without an
 * issue when an optional cell is empty.
 */
export function readNumber(
  raw: string | undefined,
  ref: CellRef,
  rule: NumberRule,
  issues: Issue[],
): PrintedNumber | null {
  const text = (raw ?? '').trim();
  if (text === '') {
    if (rule.required) issues.push(cellIssue(ref, 'value.required'));
    return null;
  }
  const printed = parseMachineDecimal(text);
  if (!printed) {
    issues.push(cellIssue(ref, 'value.notNumber', { value: text }));
    return null;
  }
  if (
    (rule.min !== undefined && printed.value < rule.min) ||
    (rule.max !== undefined && printed.value > rule.max)
  ) {
    issues.push(
      cellIssue(ref, 'value.outOfRange', {
        value: text,
        min: rule.min ?? '−∞',
        max: rule.max ?? '∞',
      }),
    );
    return null;
  }
  return printed;
}

/** A plain `YYYY-MM` month; months are never `Date`s at midnight (time zones). */
export function readMonth(raw: string | undefined, ref: CellRef, issues: Issue[]): string | null {
  const text = (raw ?? '').trim();
  if (!isMonth(text)) {
    issues.push(cellIssue(ref, 'value.invalidMonth', { value: text }));
    return null;
  }
  return text;
}

/** Month arithmetic on `YYYY-MM` strings. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthIndex = Number(month.slice(5, 7));
  return monthIndex === 12
    ? `${year + 1}-01`
    : `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}
