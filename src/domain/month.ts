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
