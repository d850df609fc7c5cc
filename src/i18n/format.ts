import type { Locale } from './locales.ts';
import { isMonth } from '../domain/month.ts';

/** BCP 47 tags for Intl. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', id: 'id-ID' };

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with exactly `decimals` decimals in the reader's locale: 126.57 / 126,57. */
export function formatNumber(value: number, locale: Locale, decimals: number): string {
  return numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A percentage given in percent units: formatPercent(21.46, 'id', 2) → "21,46%". */
export function formatPercent(value: number, locale: Locale, decimals: number): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value / 100);
}

function monthDate(month: string): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

/** `2020-04` → "April 2020" / "Apr 2020" in the reader's language; months are never local-midnight Dates. */
export function formatMonth(
  month: string,
  locale: Locale,
  style: 'long' | 'short' = 'long',
): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    month: style,
    year: 'numeric',
    timeZone: 'UTC',
  }).format(monthDate(month));
}

/** The months of a part-year without its year: `2025-01`–`2025-10` → "Jan–Oct" / "Jan–Okt". */
export function formatMonthSpan(start: string, end: string, locale: Locale): string {
  const name = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: 'short', timeZone: 'UTC' });
  return `${name.format(monthDate(start))}–${name.format(monthDate(end))}`;
}

/** A release date as precisely as known: `2020-01-16`, `2021-01`, `2019`, or a span `2018-02/2022-01`. */
export function formatVintage(vintage: string, locale: Locale): string {
  const [first, last] = vintage.split('/');
  if (first !== undefined && last !== undefined)
    return `${formatVintage(first, locale)} – ${formatVintage(last, locale)}`;
  if (/^\d{4}$/.test(vintage)) return vintage;
  if (isMonth(vintage)) return formatMonth(vintage, locale);
  const [year, month, day] = vintage.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
}
