/**
 * Number formats of a column, detected the way Datawrapper does it: try every
 * candidate format on a sample of the column and keep the one that parses the
 * most cells. Indonesian files write `1.234,5` (BPS, Excel in id-ID), English
 * ones `1,234.5`; a percent sign may follow (`21,46%`, `21.46 %`).
 *
 * Percent values stay in percent: "21,46%" parses to 21.46, the unit in which
 * the dashboard keeps shares.
 */
import type { PrintedNumber } from '../decimal.ts';
import { printedNumberOf } from '../decimal.ts';

export type NumberFormatId =
  /** 1234.5 */
  | 'plain'
  /** 1,234.5 */
  | 'comma-grouped'
  /** 1.234,5 */
  | 'dot-grouped'
  /** 1234,5 */
  | 'comma-decimal'
  /** 1 234,5 (space, no-break space or narrow no-break space between groups) */
  | 'space-grouped';

export interface NumberFormat {
  id: NumberFormatId;
  /** Written with a trailing percent sign. Parsing accepts the sign either way. */
  percent: boolean;
}

export const NUMBER_FORMAT_IDS: readonly NumberFormatId[] = [
  'plain',
  'comma-grouped',
  'dot-grouped',
  'comma-decimal',
  'space-grouped',
];

export function decimalSeparatorOf(id: NumberFormatId): '.' | ',' {
  return id === 'plain' || id === 'comma-grouped' ? '.' : ',';
}

function groupSeparatorOf(id: NumberFormatId): string {
  switch (id) {
    case 'comma-grouped':
      return ',';
    case 'dot-grouped':
      return '.';
    case 'space-grouped':
      return '\u202F';
    default:
      return '';
  }
}

// Integer part, fraction part. Grouped formats need proper groups of three
// (as in Datawrapper), so "1234,5" is not "dot-grouped" and the formats stay distinguishable.
const PATTERNS: Record<NumberFormatId, RegExp> = {
  plain: /^(\d+|(?=\.\d))(?:\.(\d+))?$/,
  'comma-grouped': /^(\d{1,3}(?:,\d{3})*)(?:\.(\d+))?$/,
  'dot-grouped': /^(\d{1,3}(?:\.\d{3})*)(?:,(\d+))?$/,
  'comma-decimal': /^(\d+)(?:,(\d+))?$/,
  'space-grouped': /^(\d{1,3}(?:[ \u00A0\u202F]\d{3})*)(?:,(\d+))?$/,
};

const SIGN = /^([-+\u2212\u2013])\s*/;

/**
 * No printed number is longer than this (a double has at most 309 integer
 * digits; grouped and with decimals it stays well under). Longer cells are
 * not numbers, and no pattern runs on them: every regex here sees bounded text.
 */
export const MAX_NUMBER_TEXT_LENGTH = 400;

/** The text without a trailing percent sign (and the spaces before it), or null when it has none. */
function withoutPercent(text: string): string | null {
  if (!text.endsWith('%')) return null;
  // trimEnd, not /\s*%$/: that pattern backtracks quadratically over a run of spaces.
  return text.slice(0, -1).trimEnd();
}

export interface ParsedCell extends PrintedNumber {
  /** The cell carried a percent sign. */
  percent: boolean;
}

/**
 * The value of the commonest cells (`-1234`, `1234,5`, `12.75`: an optional
 * minus, digits, at most one decimal separator of the format, at most 15
 * digits) without allocating anything; NaN for every other text, which then
 * goes through parsePrintedNumber. For the texts it accepts it gives exactly
 * parsePrintedNumber's value: an integer below 2^53 divided by an exact power
 * of ten is correctly rounded, as Number() of the decimal text is. This is the
 * import's hot path: a million rows must not mean millions of small strings.
 */
export function parseCommonNumber(text: string, id: NumberFormatId): number {
  const length = text.length;
  if (length === 0 || length > 17) return NaN;
  const separator = id === 'plain' || id === 'comma-grouped' ? 46 : 44; // '.' or ','
  // Grouped formats take an ungrouped integer part of at most three digits.
  const maxIntegerDigits = id === 'plain' || id === 'comma-decimal' ? 15 : 3;
  let index = 0;
  let negative = false;
  if (text.charCodeAt(0) === 45) {
    negative = true;
    index = 1;
  }
  let digits = 0;
  let integerDigits = -1;
  let value = 0;
  for (; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
    } else if (code === separator && integerDigits === -1 && digits > 0) {
      integerDigits = digits;
    } else {
      return NaN;
    }
  }
  const hasSeparator = integerDigits !== -1;
  const fractionDigits = hasSeparator ? digits - integerDigits : 0;
  if (!hasSeparator) integerDigits = digits;
  if (digits === 0 || digits > 15 || integerDigits > maxIntegerDigits) return NaN;
  if (hasSeparator && fractionDigits === 0) return NaN;
  const magnitude = fractionDigits === 0 ? value : value / (POWERS_OF_TEN[fractionDigits] ?? 1);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);

/**
 * Reads a number written in `format` (value, printed decimals and significant
 * figures); null when the text is not a number in that format.
 */
export function parsePrintedNumber(
  raw: string,
  format: NumberFormat | NumberFormatId,
): ParsedCell | null {
  const id = typeof format === 'string' ? format : format.id;
  let text = raw.trim();
  if (text === '' || text.length > MAX_NUMBER_TEXT_LENGTH) return null;
  const unsigned = withoutPercent(text);
  const percent = unsigned !== null;
  if (unsigned !== null) text = unsigned;
  let negative = false;
  const sign = SIGN.exec(text);
  if (sign) {
    negative = sign[1] !== '+';
    text = text.slice(sign[0].length);
  }
  const match = PATTERNS[id].exec(text);
  if (!match) return null;
  const printed = printedNumberOf((match[1] ?? '').replace(/\D/g, ''), match[2] ?? '', negative);
  return printed ? { ...printed, percent } : null;
}

/** The value of a number written in `format`, or null. */
export function parseNumber(raw: string, format: NumberFormat | NumberFormatId): number | null {
  return parsePrintedNumber(raw, format)?.value ?? null;
}

/** Digits after the point in the shortest text that reads back as `value` (capped). */
function naturalDecimals(value: number): number {
  const text = String(Math.abs(value));
  if (!text.includes('e')) return (text.split('.')[1] ?? '').length;
  return Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(value))) + 15));
}

/**
 * Writes `value` in `format` (for round-trip tests and the locale CSV
 * download). Without `decimals`, as many as the value needs.
 */
export function writeInFormat(
  value: number,
  format: NumberFormat | NumberFormatId,
  decimals?: number,
): string {
  if (!Number.isFinite(value)) return '';
  const id = typeof format === 'string' ? format : format.id;
  const percent = typeof format === 'string' ? false : format.percent;
  const places = Math.min(100, Math.max(0, decimals ?? naturalDecimals(value)));
  const fixed = Math.abs(value).toFixed(places);
  const [integerPart = '0', fraction = ''] = fixed.split('.');
  const group = groupSeparatorOf(id);
  const grouped = group ? integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : integerPart;
  const isZero = /^0*(\.0*)?$/.test(fixed);
  const sign = value < 0 && !isZero ? '-' : '';
  const body = fraction ? `${grouped}${decimalSeparatorOf(id)}${fraction}` : grouped;
  return `${sign}${body}${percent ? '%' : ''}`;
}

/**
 * Cells that mean "no value" in statistical tables rather than a bad number:
 * BPS writes "-" for nil and "..." for not available.
 */
const MISSING = new Set([
  '',
  '-',
  '–',
  '—',
  '.',
  '..',
  '...',
  '…',
  'na',
  'n/a',
  'n.a.',
  'nan',
  'null',
  'x',
]);

export function isMissingMarker(raw: string): boolean {
  return MISSING.has(raw.trim().toLowerCase());
}

export type DecimalPreference = 'point' | 'comma';

/**
 * Candidate order for ties: the preferred decimal separator first, and
 * ungrouped before grouped (a tie means no cell showed a group separator).
 */
export function candidateOrder(preference: DecimalPreference): NumberFormatId[] {
  return preference === 'comma'
    ? ['comma-decimal', 'dot-grouped', 'space-grouped', 'plain', 'comma-grouped']
    : ['plain', 'comma-grouped', 'comma-decimal', 'dot-grouped', 'space-grouped'];
}

export interface FormatDetection {
  /** Best format, or null when no cell parses in any format. */
  format: NumberFormat | null;
  /** Cells of the sample that parse in the best format. */
  parsed: number;
  /** Non-missing cells in the sample. */
  candidates: number;
  /** Cells parsed per format, for the report and for tie-breaking across columns. */
  counts: Record<NumberFormatId, number>;
}

/**
 * Picks the format that parses the most cells of `sample`; ties go to the
 * first format of `candidateOrder(preference)`.
 */
/**
 * Whether a cell can be a number in any format: after white space it starts
 * with a digit, a sign or a point, as SIGN and every pattern of PATTERNS do.
 * A label is thus turned down once, not by five patterns.
 */
function startsLikeNumber(cell: string): boolean {
  const code = cell.trimStart().charCodeAt(0);
  return (
    (code >= 48 && code <= 57) || // 0-9
    code === 46 || // .
    code === 45 || // -
    code === 43 || // +
    code === 0x2212 || // minus sign
    code === 0x2013 // en dash
  );
}

export function detectNumberFormat(
  sample: readonly string[],
  preference: DecimalPreference = 'point',
): FormatDetection {
  const counts: Record<NumberFormatId, number> = {
    plain: 0,
    'comma-grouped': 0,
    'dot-grouped': 0,
    'comma-decimal': 0,
    'space-grouped': 0,
  };
  const percentCounts: Record<NumberFormatId, number> = { ...counts };
  let candidates = 0;
  for (const cell of sample) {
    if (isMissingMarker(cell)) continue;
    candidates++;
    if (!startsLikeNumber(cell)) continue;
    for (const id of NUMBER_FORMAT_IDS) {
      // The commonest cells are read without a regex; they carry no percent sign.
      if (!Number.isNaN(parseCommonNumber(cell, id))) {
        counts[id]++;
        continue;
      }
      const parsed = parsePrintedNumber(cell, id);
      if (parsed) {
        counts[id]++;
        if (parsed.percent) percentCounts[id]++;
      }
    }
  }
  let best: NumberFormatId | null = null;
  for (const id of candidateOrder(preference)) {
    if (counts[id] > 0 && (best === null || counts[id] > counts[best])) best = id;
  }
  if (best === null) return { format: null, parsed: 0, candidates, counts };
  return {
    format: { id: best, percent: percentCounts[best] * 2 > counts[best] },
    parsed: counts[best],
    candidates,
    counts,
  };
}

/** Whether the sample tells the decimal separator apart (some format parses strictly more cells). */
export function decimalSeparatorEvidence(
  counts: Record<NumberFormatId, number>,
): DecimalPreference | null {
  const point = Math.max(counts.plain, counts['comma-grouped']);
  const comma = Math.max(counts['dot-grouped'], counts['comma-decimal'], counts['space-grouped']);
  if (point > comma) return 'point';
  if (comma > point) return 'comma';
  return null;
}

/** The first other format in which `raw` parses, for "mixed formats" warnings. */
export function otherFormatOf(raw: string, chosen: NumberFormatId): NumberFormatId | null {
  for (const id of NUMBER_FORMAT_IDS) {
    if (id !== chosen && parsePrintedNumber(raw, id)) return id;
  }
  return null;
}
