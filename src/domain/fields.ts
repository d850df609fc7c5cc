import { isMonth } from './month.ts';
import type { Issue } from './result.ts';
import type { PrintedNumber } from './decimal.ts';
import { parseMachineDecimal } from './decimal.ts';

/** Where a cell sits, for messages. */
export interface CellRef {
  file?: string;
  row: number;
  column: string;
}

function at(ref: CellRef): Pick<Issue, 'file' | 'row' | 'column'> {
  return ref.file
    ? { file: ref.file, row: ref.row, column: ref.column }
    : { row: ref.row, column: ref.column };
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
    if (rule.required) issues.push({ code: 'value.required', severity: 'error', ...at(ref) });
    return null;
  }
  const printed = parseMachineDecimal(text);
  if (!printed) {
    issues.push({
      code: 'value.notNumber',
      severity: 'error',
      ...at(ref),
      params: { value: text },
    });
    return null;
  }
  if (
    (rule.min !== undefined && printed.value < rule.min) ||
    (rule.max !== undefined && printed.value > rule.max)
  ) {
    issues.push({
      code: 'value.outOfRange',
      severity: 'error',
      ...at(ref),
      params: { value: text, min: rule.min ?? '−∞', max: rule.max ?? '∞' },
    });
    return null;
  }
  return printed;
}

/** A plain `YYYY-MM` month; months are never `Date`s at midnight (time zones). */
export function readMonth(raw: string | undefined, ref: CellRef, issues: Issue[]): string | null {
  const text = (raw ?? '').trim();
  if (!isMonth(text)) {
    issues.push({
      code: 'value.invalidMonth',
      severity: 'error',
      ...at(ref),
      params: { value: text },
    });
    return null;
  }
  return text;
}

const DATE = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
const VINTAGE = new RegExp(`^${DATE}(/${DATE})?$`);

/**
 * A release date as precisely as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`;
 * `first/last` (ISO 8601 interval) for a series released over time, such as
 * a monthly index as first released each month.
 */
export function readVintage(raw: string | undefined, ref: CellRef, issues: Issue[]): string | null {
  const text = (raw ?? '').trim();
  const [first, last] = text.split('/');
  if (!VINTAGE.test(text) || (last !== undefined && first! > last)) {
    issues.push({
      code: 'value.invalidDate',
      severity: 'error',
      ...at(ref),
      params: { value: text },
    });
    return null;
  }
  return text;
}

export function readRequiredText(
  raw: string | undefined,
  ref: CellRef,
  issues: Issue[],
): string | null {
  const text = (raw ?? '').trim();
  if (text === '') {
    issues.push({ code: 'value.required', severity: 'error', ...at(ref) });
    return null;
  }
  return text;
}

export function duplicateKeyIssue(ref: CellRef, key: string, firstRow: number): Issue {
  return { code: 'key.duplicate', severity: 'error', ...at(ref), params: { key, firstRow } };
}

export function unknownSourceIssue(ref: CellRef, id: string): Issue {
  return { code: 'key.unknownSource', severity: 'error', ...at(ref), params: { id } };
}

/** Month arithmetic on `YYYY-MM` strings. */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthIndex = Number(month.slice(5, 7));
  return monthIndex === 12
    ? `${year + 1}-01`
    : `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}
