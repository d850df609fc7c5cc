/**
 * The shape of a file before its rows are read: which delimiter, which line
 * is the header (after any title lines BPS puts above a table), the column
 * names, and each column's kind and number format — all decided on a sample
 * of the first lines, so a large file can then stream past.
 */
import type { ImportIssue } from './issues.ts';
import { DETECTION_ORDER } from './columnTypes/index.ts';
import type { DecimalPreference, NumberFormat, NumberFormatId } from './numberFormat.ts';
import {
  decimalSeparatorEvidence,
  detectNumberFormat,
  isMissingMarker,
  NUMBER_FORMAT_IDS,
  parsePrintedNumber,
} from './numberFormat.ts';
import { isBareYear } from './period.ts';
import type { RawRecord } from '../csvRecords.ts';
import { createRecordReader, isBlankCell, isBlankRecord } from '../csvRecords.ts';
import { boundText, collapseSpace, MAX_LABEL_LENGTH } from './text.ts';
import type { ColumnKind, Delimiter, ImportOptions } from './types.ts';

/** Ties go to the delimiter least likely to appear inside values. */
const DELIMITER_PREFERENCE: readonly Delimiter[] = [';', '\t', '|', ','];
/** Records read to choose the delimiter. */
const DELIMITER_SAMPLE_RECORDS = 50;
/** Title lines looked at above the header. */
const MAX_TITLE_LINES = 10;
/**
 * Columns read at most. A chart uses three; the report lists each column and
 * the mapping offers each in three lists, so 100,000 of them would stall the
 * page. Later columns are left out with a warning (rows keep their width check).
 */
export const MAX_COLUMNS = 1000;

/** Index of the last non-empty cell + 1: trailing delimiters ("a;1;;") do not make a row wider. */
export function effectiveWidth(cells: readonly string[]): number {
  for (let index = cells.length - 1; index >= 0; index--) {
    if (!isBlankCell(cells[index] ?? '')) return index + 1;
  }
  return 0;
}

function nonEmptyCount(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (!isBlankCell(cell)) count++;
  return count;
}

/** The most common value (ties: the larger). */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

export interface DelimiterDetection {
  delimiter: Delimiter;
  /** Modal number of fields per line with this delimiter (1: a single column). */
  fields: number;
  /** Share of sampled lines with the modal number of fields. */
  consistency: number;
}

/**
 * Chooses the delimiter whose lines most consistently have the same number
 * of fields (two or more), reading quotes properly. `complete` says whether
 * `sample` is the whole text (otherwise its last record may be cut).
 */
export function detectDelimiter(sample: string, complete = true): DelimiterDetection {
  let best: DelimiterDetection | null = null;
  /** A delimiter that splits every line into empty cells (";;;"): nothing but delimiters. */
  let onlyDelimiters: Delimiter | null = null;
  for (const delimiter of DELIMITER_PREFERENCE) {
    const records: string[][] = [];
    const reader = createRecordReader(delimiter, (cells) => {
      if (records.length <= DELIMITER_SAMPLE_RECORDS && !isBlankRecord(cells)) records.push(cells);
    });
    reader.push(sample);
    if (complete) reader.finish();
    else if (records.length > 1) records.pop();
    const sampled = records.slice(0, DELIMITER_SAMPLE_RECORDS);
    if (sampled.length === 0) {
      if (onlyDelimiters === null && sample.includes(delimiter)) onlyDelimiters = delimiter;
      continue;
    }
    // Widths without trailing empty cells ("a;1;;" is two wide), and as written: a table whose
    // rows leave their last columns empty ("2014;117,33;;;") is consistent only as written, and
    // must not lose to the decimal comma inside its numbers.
    let candidate: DelimiterDetection | null = null;
    for (const widths of [sampled.map(effectiveWidth), sampled.map((cells) => cells.length)]) {
      const fields = mode(widths);
      if (fields < 2) continue;
      const consistency = widths.filter((width) => width === fields).length / widths.length;
      if (!candidate || consistency > candidate.consistency + 1e-9)
        candidate = { delimiter, fields, consistency };
    }
    if (candidate && (!best || candidate.consistency > best.consistency + 1e-9)) best = candidate;
  }
  return (
    best ?? { delimiter: onlyDelimiters ?? ',', fields: onlyDelimiters ? 0 : 1, consistency: 1 }
  );
}

/** A cell that reads as a number in some format (bare years excluded when asked). */
function isNumericCell(cell: string, excludeYears: boolean): boolean {
  if (isMissingMarker(cell)) return false;
  if (excludeYears && isBareYear(cell)) return false;
  return NUMBER_FORMAT_IDS.some((id) => parsePrintedNumber(cell, id) !== null);
}

function numericCount(cells: readonly string[], excludeYears: boolean): number {
  return cells.reduce((count, cell) => (isNumericCell(cell, excludeYears) ? count + 1 : count), 0);
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** A header has fewer numbers than the rows below it (year headers like "2019" do not count), or none in an all-text table. */
function looksLikeHeader(candidate: RawRecord, following: readonly RawRecord[]): boolean {
  if (following.length === 0) return numericCount(candidate.cells, true) === 0;
  const inCandidate = numericCount(candidate.cells, true);
  const below = median(following.map((record) => numericCount(record.cells, false)));
  return inCandidate < below || (inCandidate === 0 && below === 0);
}

export interface ColumnPlan {
  name: string;
  sourceIndex: number;
  kind: ColumnKind;
  numberFormat: NumberFormat | null;
}

export interface Layout {
  headerRow: number | null;
  titleLines: RawRecord[];
  /** Index in the analysed records of the first data record. */
  dataStart: number;
  /** Cells a data row must have (the widest of header and typical row). */
  width: number;
  columns: ColumnPlan[];
  issues: ImportIssue[];
}

const NOTE_PREFIX = /^(sumber|source|catatan|note|notes|keterangan|ket\.|\*)/i;

/** `recordShape` of a record of empty cells only (a blank line, or only delimiters). */
export const BLANK_RECORD = -1;
/** `recordShape` of a line with only a first-cell text, like "Sumber: BPS" under a table. */
export const NOTE_RECORD = -2;
/** `recordShape` of a record that is a row of the table. */
export const DATA_RECORD = -3;

/**
 * What a record is, for a table `width` cells wide: BLANK_RECORD, NOTE_RECORD,
 * DATA_RECORD, or (0 or more) the number of cells of a ragged row, too many or
 * too few. One pass over the cells: it runs for each of a million rows.
 */
export function recordShape(cells: readonly string[], width: number): number {
  let filled = 0;
  let last = -1;
  for (let index = 0; index < cells.length; index++) {
    if (isBlankCell(cells[index] as string)) continue;
    filled++;
    last = index;
  }
  if (filled === 0) return BLANK_RECORD;
  // A note: the first cell alone holds text, on a short line or starting like "Sumber:".
  if (
    width >= 2 &&
    filled === 1 &&
    last === 0 &&
    (cells.length < width || NOTE_PREFIX.test((cells[0] as string).trim()))
  )
    return NOTE_RECORD;
  if (last + 1 > width) return last + 1;
  if (cells.length < width) return cells.length;
  return DATA_RECORD;
}

/** A line with only a first-cell text, like "Sumber: BPS" under a table. */
export function isNoteRecord(cells: readonly string[], width: number): boolean {
  return recordShape(cells, width) === NOTE_RECORD;
}

/** A header or title as one line of at most MAX_LABEL_LENGTH characters. */
function collapse(text: string): string {
  return collapseSpace(boundText(text, MAX_LABEL_LENGTH));
}

/**
 * Decides header, titles, column names and kinds from the first records.
 * `records` are the first records of the file in order (blank ones included).
 */
export function analyzeLayout(
  records: readonly RawRecord[],
  delimiter: Delimiter,
  options: ImportOptions,
): Layout {
  const issues: ImportIssue[] = [];
  const withFile = (issue: ImportIssue): ImportIssue =>
    options.file ? { ...issue, file: options.file } : issue;
  const nonBlank = records.filter((record) => !isBlankRecord(record.cells));
  const modal = mode(nonBlank.map((record) => effectiveWidth(record.cells)));

  // Title lines: leading lines with at most one filled cell, in a table of two or more columns.
  let titleEnd = 0;
  if (modal >= 2) {
    while (
      titleEnd < Math.min(MAX_TITLE_LINES, nonBlank.length - 1) &&
      nonEmptyCount((nonBlank[titleEnd] as RawRecord).cells) <= 1
    ) {
      titleEnd++;
    }
  }
  let headerIndex: number | null = null;
  const candidate = nonBlank[titleEnd];
  if (candidate) {
    const following = nonBlank
      .slice(titleEnd + 1, titleEnd + 21)
      .filter((record) => nonEmptyCount(record.cells) >= Math.min(2, modal));
    if (options.hasHeader === true) headerIndex = titleEnd;
    else if (options.hasHeader === false) headerIndex = null;
    else if (looksLikeHeader(candidate, following)) headerIndex = titleEnd;
    else {
      // "Sektor;" (an empty header cell) looks like a title line; it is the header
      // when it has the row's number of cells and the next line is data.
      const previous = nonBlank[titleEnd - 1];
      if (previous && previous.cells.length >= modal && numericCount(previous.cells, true) === 0) {
        headerIndex = titleEnd - 1;
      }
    }
  }
  const titleCount = headerIndex ?? titleEnd;
  const titleLines = nonBlank.slice(0, titleCount);
  for (const title of titleLines) {
    issues.push(
      withFile({
        code: 'import.titleLine',
        severity: 'info',
        row: title.line,
        params: { text: collapse(title.cells.join(' ')) },
      }),
    );
  }
  const header = headerIndex === null ? null : (nonBlank[headerIndex] as RawRecord);
  const firstData = nonBlank[headerIndex === null ? titleEnd : headerIndex + 1];
  const dataStart = firstData ? records.indexOf(firstData) : records.length;
  const width = Math.max(header ? effectiveWidth(header.cells) : 0, modal, 1);

  const dataRecords = records
    .slice(dataStart)
    .filter((record) => recordShape(record.cells, width) === DATA_RECORD);
  const columnCells = (index: number): string[] =>
    dataRecords.map((record) => (record.cells[index] ?? '').trim());

  // Names: header text, "Column N" for empty ones (dropping empty columns with no data), "(2)" for duplicates.
  const columns: ColumnPlan[] = [];
  const seen = new Set<string>();
  if (!header && firstData) {
    issues.push(withFile({ code: 'import.noHeader', severity: 'info', row: firstData.line }));
  }
  if (width > MAX_COLUMNS) {
    issues.push(
      withFile({
        code: 'import.tooManyColumns',
        severity: 'warning',
        ...(header ? { row: header.line } : {}),
        params: { count: width, limit: MAX_COLUMNS },
      }),
    );
  }
  for (let index = 0; index < Math.min(width, MAX_COLUMNS); index++) {
    let name = header ? collapse(header.cells[index] ?? '') : '';
    const headerLength = header ? (header.cells[index] ?? '').trim().length : 0;
    if (header && headerLength > MAX_LABEL_LENGTH) {
      issues.push(
        withFile({
          code: 'import.longText',
          severity: 'warning',
          row: header.line,
          column: name,
          params: { length: headerLength, limit: MAX_LABEL_LENGTH },
        }),
      );
    }
    if (name === '') {
      const hasData = columnCells(index).some((cell) => cell !== '');
      if (header && !hasData) continue;
      name = `Column ${index + 1}`;
      if (header) {
        issues.push(
          withFile({
            code: 'csv.emptyHeader',
            severity: 'warning',
            row: header.line,
            params: { index: index + 1, renamedTo: name },
          }),
        );
      }
    }
    if (seen.has(name)) {
      let copy = 2;
      while (seen.has(`${name} (${copy})`)) copy++;
      const renamedTo = `${name} (${copy})`;
      issues.push(
        withFile({
          code: 'csv.duplicateHeader',
          severity: 'warning',
          row: header?.line,
          column: name,
          params: { index: index + 1, renamedTo },
        }),
      );
      name = renamedTo;
    }
    seen.add(name);
    columns.push({ name, sourceIndex: index, kind: 'text', numberFormat: null });
  }

  // Kinds and number formats. The decimal separator of ambiguous columns ("1.234")
  // follows the option, then a ';' delimiter (Indonesian Excel), then the other columns.
  const detections = columns.map((column) =>
    detectNumberFormat(columnCells(column.sourceIndex), 'point'),
  );
  let preference: DecimalPreference = options.decimal ?? (delimiter === ';' ? 'comma' : 'point');
  if (!options.decimal && delimiter !== ';') {
    let comma = 0;
    let point = 0;
    for (const detection of detections) {
      const evidence = decimalSeparatorEvidence(detection.counts);
      if (evidence === 'comma') comma++;
      if (evidence === 'point') point++;
    }
    if (comma > point) preference = 'comma';
  }
  columns.forEach((column) => {
    const cells = columnCells(column.sourceIndex).filter((cell) => !isMissingMarker(cell));
    if (cells.length === 0) return;
    const forced = options.numberFormats?.[column.name] as NumberFormatId | undefined;
    if (forced && NUMBER_FORMAT_IDS.includes(forced)) {
      const detection = detectNumberFormat(cells, preference);
      column.kind = 'number';
      column.numberFormat = { id: forced, percent: detection.format?.percent ?? false };
      return;
    }
    // The first column type that accepts the cells (period, number, then text).
    const context = { name: column.name, preference };
    for (const type of DETECTION_ORDER) {
      const detected = type.detect(cells, context);
      if (!detected) continue;
      column.kind = type.kind;
      column.numberFormat = detected.numberFormat;
      return;
    }
  });

  if (width === 1 && nonBlank.length > 0) {
    issues.push(
      withFile({ code: 'import.singleColumn', severity: 'warning', params: { delimiter } }),
    );
  }
  return { headerRow: header?.line ?? null, titleLines, dataStart, width, columns, issues };
}
