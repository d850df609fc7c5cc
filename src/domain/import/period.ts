/**
 * Periods as people write them in tables: years, months and quarters, in
 * English and Indonesian. They come back as plain strings (`2019`,
 * `2019-01`, `2019-Q1`, `2019-01-31`), never `Date`s, so no time zone can
 * shift a month.
 */

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'januari', 'jan'],
  ['february', 'februari', 'feb', 'peb', 'pebruari'],
  ['march', 'maret', 'mar'],
  ['april', 'apr'],
  ['may', 'mei'],
  ['june', 'juni', 'jun'],
  ['july', 'juli', 'jul'],
  ['august', 'agustus', 'aug', 'agu', 'agt', 'ags'],
  ['september', 'sep', 'sept'],
  ['october', 'oktober', 'oct', 'okt'],
  ['november', 'nov', 'nop', 'nopember'],
  ['december', 'desember', 'dec', 'des'],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function year(text: string): number | null {
  const value = Number(text);
  return /^\d{4}$/.test(text) && value >= 1800 && value <= 2200 ? value : null;
}

function month(value: number, yearValue: number): string | null {
  if (value < 1 || value > 12) return null;
  return `${yearValue}-${String(value).padStart(2, '0')}`;
}

function quarter(text: string): number | null {
  const lower = text.toLowerCase();
  if (/^[1-4]$/.test(lower)) return Number(lower);
  return ROMAN[lower] ?? null;
}

function daysInMonth(yearValue: number, monthValue: number): number {
  return new Date(Date.UTC(yearValue, monthValue, 0)).getUTCDate();
}

/** "YYYY-MM" by year × 100 + month, each made once: a million rows of months make no new strings. */
const yearMonths = new Map<number, string>();

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * `parsePeriod` of the commonest form, a year and a month (`2019-01`,
 * `2019/1`, `2019.01`), read from the character codes without a regex:
 * the period or null as parsePeriod gives it, or undefined for text of any
 * other form (which then goes through parsePeriod's patterns).
 */
export function readYearMonth(text: string): string | null | undefined {
  const length = text.length;
  if (length !== 6 && length !== 7) return undefined;
  const separator = text.charCodeAt(4);
  // '-', '.', '/'
  if (separator !== 45 && separator !== 46 && separator !== 47) return undefined;
  let yearValue = 0;
  for (let index = 0; index < 4; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return undefined;
    yearValue = yearValue * 10 + (code - 48);
  }
  let monthValue = 0;
  for (let index = 5; index < length; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return undefined;
    monthValue = monthValue * 10 + (code - 48);
  }
  if (yearValue < 1800 || yearValue > 2200 || monthValue < 1 || monthValue > 12) return null;
  const key = yearValue * 100 + monthValue;
  let period = yearMonths.get(key);
  if (period === undefined) {
    period = month(monthValue, yearValue) as string;
    yearMonths.set(key, period);
  }
  return period;
}

function hasFourDigitRun(text: string): boolean {
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    run = isDigit(text.charCodeAt(index)) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/** Periods longer than this (spaces included) are not periods. */
export const MAX_PERIOD_TEXT_LENGTH = 64;

/** A normalized period, or null when the text is not one. */
export function parsePeriod(raw: string): string | null {
  // "Triwulan IV 2020" is the longest form; the patterns below never see long text.
  if (raw.length > MAX_PERIOD_TEXT_LENGTH) return null;
  const yearMonth = readYearMonth(raw);
  if (yearMonth !== undefined) return yearMonth;
  // Every form below holds a four-digit year: a label or a number is turned down without the patterns.
  if (!hasFourDigitRun(raw)) return null;
  const text = raw.trim().replace(/\s+/g, ' ');
  let match: RegExpExecArray | null;

  const bareYear = year(text);
  if (bareYear !== null) return String(bareYear);

  // 2019-01, 2019/01, 2019.01, 2019-1
  if ((match = /^(\d{4})[-/.](\d{1,2})$/.exec(text))) {
    const yearValue = year(match[1] ?? '');
    return yearValue === null ? null : month(Number(match[2]), yearValue);
  }
  // 01/2019, 1-2019
  if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(text))) {
    const yearValue = year(match[2] ?? '');
    return yearValue === null ? null : month(Number(match[1]), yearValue);
  }
  // 2019-01-31
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) {
    const yearValue = year(match[1] ?? '');
    const monthValue = Number(match[2]);
    const day = Number(match[3]);
    if (yearValue === null || monthValue < 1 || monthValue > 12) return null;
    return day >= 1 && day <= daysInMonth(yearValue, monthValue) ? text : null;
  }
  // Januari 2019, Jan-2019, 2019 Januari
  if ((match = /^([A-Za-z]+)\.?[ -](\d{4})$/.exec(text))) {
    const monthValue = MONTHS[(match[1] ?? '').toLowerCase()];
    const yearValue = year(match[2] ?? '');
    return monthValue === undefined || yearValue === null ? null : month(monthValue, yearValue);
  }
  if ((match = /^(\d{4})[ -]([A-Za-z]+)$/.exec(text))) {
    const monthValue = MONTHS[(match[2] ?? '').toLowerCase()];
    const yearValue = year(match[1] ?? '');
    if (monthValue !== undefined && yearValue !== null) return month(monthValue, yearValue);
  }
  // 2019Q1, 2019-Q1, 2019 Q1, Q1 2019, Q1-2019, Triwulan I 2019, TW II 2019
  if ((match = /^(\d{4})[ -]?(?:Q|TW|Triwulan) ?([1-4]|I{1,3}|IV)$/i.exec(text))) {
    const yearValue = year(match[1] ?? '');
    const quarterValue = quarter(match[2] ?? '');
    return yearValue === null || quarterValue === null ? null : `${yearValue}-Q${quarterValue}`;
  }
  if ((match = /^(?:Q|TW|Triwulan) ?([1-4]|I{1,3}|IV)[ -/]?(\d{4})$/i.exec(text))) {
    const yearValue = year(match[2] ?? '');
    const quarterValue = quarter(match[1] ?? '');
    return yearValue === null || quarterValue === null ? null : `${yearValue}-Q${quarterValue}`;
  }
  return null;
}

/** A bare year like "2019": a period, but also a number. */
export function isBareYear(raw: string): boolean {
  return year(raw.trim()) !== null;
}
