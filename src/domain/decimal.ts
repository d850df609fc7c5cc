/**
 * A number as it was printed: its value and how precisely it was printed.
 * Precision matters here: "10 %" is a share rounded to a whole percent and a
 * value derived from it must not claim more precision than that.
 */
export interface PrintedNumber {
  value: number;
  /** Digits after the decimal point as printed ("126.57" → 2, "10" → 0). */
  decimals: number;
  /** Significant figures as printed ("10" → 2, "0.05" → 1, "126.57" → 5). */
  significantFigures: number;
}

const MACHINE_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * The one reading of printed digits, for machine numbers here and for every
 * number format of users' files (src/domain/import/numberFormat.ts): the value
 * of `integerDigits`.`fraction`, with decimals and significant figures as
 * printed; null when the value overflows. `-0` reads as 0.
 */
export function printedNumberOf(
  integerDigits: string,
  fraction: string,
  negative: boolean,
): PrintedNumber | null {
  const magnitude = Number(`${integerDigits || '0'}.${fraction || '0'}`);
  if (!Number.isFinite(magnitude)) return null;
  const significant = (integerDigits + fraction).replace(/^0+/, '');
  return {
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    decimals: fraction.length,
    significantFigures: Math.max(1, significant.length),
  };
}

/** Parses a machine-format ('.'-decimal, no grouping) number; null when it is not one. */
export function parseMachineDecimal(raw: string): PrintedNumber | null {
  const match = MACHINE_DECIMAL.exec(raw.trim());
  if (!match) return null;
  return printedNumberOf(match[2] ?? '', match[3] ?? '', match[1] === '-');
}

/** Half a unit in the last printed place: the rounding error a printed number can carry. */
export function halfUnit(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** Decimal places that show `significantFigures` significant figures of `value`. */
export function decimalsForSignificantFigures(value: number, significantFigures: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  return Math.max(0, significantFigures - 1 - magnitude);
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Closed interval of the true values a printed number can stand for. */
export interface Interval {
  low: number;
  high: number;
}

export function intervalOf(printed: PrintedNumber): Interval {
  const half = halfUnit(printed.decimals);
  return { low: printed.value - half, high: printed.value + half };
}

/** (a / b) × 100 over intervals, for positive a and b. */
export function percentInterval(part: Interval, whole: Interval): Interval {
  return { low: (part.low / whole.high) * 100, high: (part.high / whole.low) * 100 };
}

export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.low <= b.high + 1e-12 && b.low <= a.high + 1e-12;
}

/** (a − b) over intervals. */
export function differenceInterval(a: Interval, b: Interval): Interval {
  return { low: a.low - b.high, high: a.high - b.low };
}

/** Sum of intervals. */
export function sumInterval(parts: readonly Interval[]): Interval {
  return parts.reduce((sum, part) => ({ low: sum.low + part.low, high: sum.high + part.high }), {
    low: 0,
    high: 0,
  });
}

/**
 * Decimal places a figure known only within `interval` deserves: the most
 * whose half unit still covers half the interval's width (127.36–127.38 → 1,
 * "127.4"), never fewer than 0.
 */
export function decimalsForInterval(interval: Interval): number {
  const halfWidth = (interval.high - interval.low) / 2;
  if (halfWidth <= 0) return 0;
  return Math.max(0, Math.floor(Math.log10(0.5 / halfWidth) + 1e-9));
}

/**
 * The one rule for whether shares add up: each share printed with d decimals
 * may be off by half a unit in its last place, so their sum may be off by the
 * sum of those halves. Bundled data and users' files both use it.
 */
export function shareSumTolerance(decimals: readonly number[]): number {
  const tolerance = decimals.reduce((total, places) => total + halfUnit(places), 0);
  return Math.round(tolerance * 1e6) / 1e6;
}
