/**
 * The one month pattern: a plain `YYYY-MM` string, never a `Date` at midnight
 * (time zones). Bundled files, URL parameters and normalized import periods
 * all use it.
 */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  return MONTH_PATTERN.test(text);
}
