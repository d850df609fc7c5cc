/**
 * Checks a label + value pair of columns read as percentages: do the shares
 * add up to 100 %, leave a remainder (which the dashboard shows as "all other
 * sectors"), or exceed 100 %? Rounding is allowed for: each share printed with
 * d decimals may be off by half a unit in its last place.
 */
import { fail, fromIssues } from '../result.ts';
import { shareSumTolerance } from '../decimal.ts';
import type { ImportIssue, ImportResult } from './issues.ts';
import { isMissingMarker, parsePrintedNumber } from './numberFormat.ts';
import type { ImportedTable } from './types.ts';

export interface ShareEntry {
  label: string;
  value: number;
  /** File line of the share, for messages. */
  row: number;
  /** Decimals as printed; sets the rounding allowance. Default 2. */
  decimals?: number;
}

export type ShareStatus = 'complete' | 'remainder' | 'over';

export interface ShareCheck {
  status: ShareStatus;
  /** Sum of the shares (total rows excluded). */
  sum: number;
  /** 100 − sum when the shares leave a remainder, else 0. */
  remainder: number;
  /** How far from 100 the sum may be from rounding alone. */
  tolerance: number;
  shares: ShareEntry[];
  /** A "Total"/"Jumlah" row, left out of the sum. */
  totalRow: ShareEntry | null;
}

const TOTAL_LABEL =
  /^(total|jumlah|jumlah total|grand total|total keseluruhan|semua sektor|all sectors)$/i;

/** Rounds away float noise for messages (21.46 + 13.72 is not 35.18000000000001 to a reader). */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Checks shares already read from a table or an aggregate. */
export function checkShares(
  entries: readonly ShareEntry[],
  column?: string,
): ImportResult<ShareCheck> {
  const issues: ImportIssue[] = [];
  const at = (row: number): Pick<ImportIssue, 'row' | 'column'> =>
    column ? { row, column } : { row };
  let totalRow: ShareEntry | null = null;
  const shares: ShareEntry[] = [];
  for (const entry of entries) {
    if (!totalRow && TOTAL_LABEL.test(entry.label.trim())) {
      totalRow = entry;
      issues.push({
        code: 'import.totalRowExcluded',
        severity: 'info',
        ...at(entry.row),
        params: { label: entry.label, value: entry.value },
      });
      continue;
    }
    shares.push(entry);
    if (entry.value < 0) {
      issues.push({
        code: 'import.negativeShare',
        severity: 'error',
        ...at(entry.row),
        params: { value: entry.value },
      });
    } else if (entry.value > 100) {
      issues.push({
        code: 'import.shareOverHundred',
        severity: 'error',
        ...at(entry.row),
        params: { value: entry.value },
      });
    }
  }
  const sum = tidy(shares.reduce((total, entry) => total + entry.value, 0));
  const tolerance = shareSumTolerance(shares.map((entry) => entry.decimals ?? 2));
  let status: ShareStatus = 'complete';
  let remainder = 0;
  if (sum > 100 + tolerance) {
    status = 'over';
    issues.push({
      code: 'import.sharesOverHundred',
      severity: 'error',
      ...(column ? { column } : {}),
      params: { sum, tolerance },
    });
  } else if (sum < 100 - tolerance) {
    status = 'remainder';
    remainder = tidy(100 - sum);
    issues.push({
      code: 'import.sharesRemainder',
      severity: 'info',
      ...(column ? { column } : {}),
      params: { sum, remainder },
    });
  }
  return fromIssues({ status, sum, remainder, tolerance, shares, totalRow }, issues);
}

/**
 * Reads `mapping.value` of `table` as percentages labelled by `mapping.label`
 * and checks them. Rows with an empty value are reported and left out.
 */
export function validateShares(
  table: ImportedTable,
  mapping: { label: string; value: string },
): ImportResult<ShareCheck> {
  const labelIndex = table.columns.findIndex((column) => column.name === mapping.label);
  const valueIndex = table.columns.findIndex((column) => column.name === mapping.value);
  const valueColumn = table.columns[valueIndex];
  if (labelIndex < 0 || !valueColumn) {
    const missing = labelIndex < 0 ? mapping.label : mapping.value;
    return fail([{ code: 'import.noNumbers', severity: 'error', column: missing }]);
  }
  const issues: ImportIssue[] = [];
  const entries: ShareEntry[] = [];
  for (const row of table.rows) {
    const raw = row.cells[valueIndex] ?? '';
    const label = String(row.values[labelIndex] ?? row.cells[labelIndex] ?? '');
    const format = valueColumn.numberFormat ?? { id: 'plain' as const, percent: true };
    const printed = parsePrintedNumber(raw, format);
    if (!printed) {
      // Unreadable numbers were reported when the table was read; an empty share is reported here.
      if (isMissingMarker(raw)) {
        issues.push({
          code: 'value.required',
          severity: 'warning',
          row: row.line,
          column: valueColumn.name,
        });
      }
      continue;
    }
    entries.push({ label, value: printed.value, row: row.line, decimals: printed.decimals });
  }
  const checked = checkShares(entries, valueColumn.name);
  return checked.ok
    ? { ...checked, issues: [...issues, ...checked.issues] }
    : fail([...issues, ...checked.issues]);
}
