/**
 * The one month pattern: a plain `YYYY-MM` string, never a `Date` at midnight
 * (time zones). Bundled files, URL parameters and normalized import periods
 * all use it.
 */
/** The month part, 01–12 (also in the published descriptor's date patterns, src/domain/tables.ts). */
export const MONTH_NUMBER = '(0[1-9]|1[0-2])';
export const MONTH_PATTERN = new RegExp(`^(\\d{4})-${MONTH_NUMBER}$`);

export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text);
}

/** The month `count` months after `month` (before it when negative): `addMonths('2026-02', -11)` is `2025-03`. */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
