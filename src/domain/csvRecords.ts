/**
 * The one CSV tokenizer, for bundled files and users' files alike:
 * papaparse's parser, fed text in pieces of any size, giving records with the
 * exact file line where each starts.
 *
 * What this adds around papaparse, and why:
 * - Line endings are normalised to LF before papaparse sees them (it follows
 *   the first style it meets; users' files mix CR, LF and CRLF). A line break
 *   inside quotes is therefore read as LF, however it was written.
 * - Line numbers come from the records themselves: every record ends at one
 *   line break, and the only other breaks are inside its quoted cells, so a
 *   record after blank lines and multi-line cells keeps its file line.
 * - A malformed quote (`a,"b"c,d`, papaparse's InvalidQuotes) makes
 *   papaparse keep the cell open up to the next quote, swallowing later
 *   lines. Here the record is read on its own, the bad cell as written (`bc`,
 *   as Excel does; `"x⏎y"z` is `x⏎yz`, one record over two lines), the
 *   caller hears of it with line and cell, and papaparse goes on after the
 *   record. Nothing is lost.
 * - An unclosed quote is reported with the line where it opens, at the end,
 *   or as soon as the open record passes MAX_OPEN_RECORD_CHARS with line
 *   breaks in it: reading stops there instead of carrying a growing partial
 *   line through a 30 MB file.
 */
import Papa from 'papaparse';

export interface RawRecord {
  cells: string[];
  /** 1-based file line where the record starts (as a spreadsheet numbers rows). */
  line: number;
}

export interface StrayQuote {
  /** File line of the record holding the malformed quote. */
  line: number;
  /** 0-based index of the cell. */
  cell: number;
}

export interface RecordsEnd {
  unclosedQuoteLine: number | null;
  unclosedQuoteCell: number | null;
}

export interface RecordReader {
  push(text: string): void;
  /** An unclosed quote has been found: nothing more is read, and the caller may stop feeding. */
  readonly stopped: boolean;
  /** Ends the input; reports an unclosed quote instead of emitting a swallowed record. */
  finish(): RecordsEnd;
}

/** An open quoted record longer than this, spanning lines, is an unclosed quote. */
export const MAX_OPEN_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Text papaparse reads at once. It builds all records of what it is given
 * before returning them; from a 1 MB piece those are ~25,000 arrays and
 * 75,000 strings alive together, which the garbage collector copies again
 * and again. Read in 64 KB windows, the same file (1M rows, 38 MB) spends
 * ~50 ms in GC instead of ~230–540 ms (Node 20, --trace-gc).
 */
const PARSE_WINDOW_CHARS = 64 * 1024;

const QUOTE = '"';
const LF = '\n';

interface PapaResult {
  data: string[][];
  errors: { code: string; row: number; index: number }[];
  meta: { cursor: number };
}

function newParser(delimiter: string): { parse(text: string, final: boolean): PapaResult } {
  const parser = new Papa.Parser({ delimiter, newline: LF, quoteChar: QUOTE });
  return {
    parse: (text, final) => parser.parse(text, 0, !final) as PapaResult,
  };
}

/** Position just after the `count`-th line break at or after `from` (or the end). */
function afterLines(text: string, from: number, count: number): number {
  let position = from;
  for (let seen = 0; seen < count; seen++) {
    const next = text.indexOf(LF, position);
    if (next === -1) return text.length;
    position = next + 1;
  }
  return position;
}

function countBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf(LF, from); at !== -1 && at < to; at = text.indexOf(LF, at + 1))
    count++;
  return count;
}

/** Line breaks inside a record's cells (only quoted cells can hold them). */
function breaksInCells(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.indexOf(LF) !== -1) count += countBreaks(cell, 0, cell.length);
  }
  return count;
}

/** The first unescaped quote at or after `from` (a doubled quote is a quote in the cell), or -1. */
function closingQuote(text: string, from: number): number {
  for (let at = text.indexOf(QUOTE, from); at !== -1; at = text.indexOf(QUOTE, at + 2))
    if (text[at + 1] !== QUOTE) return at;
  return -1;
}

/** Where the field that goes on at `from` ends: the next delimiter or line break, or the end. */
function fieldEnd(text: string, from: number, delimiter: string): number {
  const nextDelimiter = text.indexOf(delimiter, from);
  const nextBreak = text.indexOf(LF, from);
  const ends = [nextDelimiter, nextBreak].filter((at) => at !== -1);
  return ends.length === 0 ? text.length : Math.min(...ends);
}

interface LenientRecord {
  cells: string[];
  strayCell: number;
  /** File lines the record spans (its quoted cells may hold line breaks). */
  lines: number;
  /** Offset in the text just after the record (after its line break). */
  end: number;
}

/**
 * One record whose quoting papaparse found malformed (it starts at `start`
 * in `text`), read as a spreadsheet would: text after a closing quote joins
 * the cell (`"b"c` is `bc`, also when the quoted part spans lines), and a
 * quote that does not close takes the rest of its line. Each repair rewrites
 * the bad cell as a well-formed quoted cell and lets papaparse read the
 * record again, so papaparse stays the tokenizer. The text read grows a few
 * lines at a time: most such records are one line. Null when the record may
 * go on past the text and more is coming (`settle` false).
 */
function readRecordLeniently(
  text: string,
  start: number,
  delimiter: string,
  parser: ReturnType<typeof newParser>,
  settle: boolean,
): LenientRecord | null {
  for (let windowLines = 2; ; windowLines *= 2) {
    const windowEnd = afterLines(text, start, windowLines);
    const whole = windowEnd === text.length;
    let work = text.slice(start, windowEnd);
    let strayCell = -1;
    let grow = false;
    // Every repair removes one malformed quote, so this ends; the bound is a guard.
    for (let attempt = 0; attempt <= work.length; attempt++) {
      const result = parser.parse(work, true);
      const error = result.errors.find((found) => found.row === 0);
      if (!error) {
        const cells = result.data[0] ?? [''];
        const lines = 1 + breaksInCells(cells);
        const end = afterLines(text, start, lines);
        // Complete when its own line break is in the text read, or nothing more is coming.
        if (end > windowEnd || (end === text.length && !text.endsWith(LF) && !settle)) {
          grow = true;
          break;
        }
        return { cells, strayCell: Math.max(0, strayCell), lines, end };
      }
      if (strayCell === -1) {
        const open = error.index - 1;
        const before = open > 0 ? (parser.parse(work.slice(0, open), true).data[0] ?? ['']) : [''];
        strayCell = before.length - 1;
      }
      const close = error.code === 'MissingQuotes' ? -1 : closingQuote(work, error.index);
      if (close === -1) {
        // A quote that does not close in the text read: more text may close it; else it takes
        // the rest of its line.
        if (!whole || !settle) {
          grow = true;
          break;
        }
        const lineEnd = work.indexOf(LF, error.index);
        const stop = lineEnd === -1 ? work.length : lineEnd;
        work = `${work.slice(0, error.index)}${work.slice(error.index, stop).replaceAll(QUOTE, '""')}"${work.slice(stop)}`;
        continue;
      }
      const end = fieldEnd(work, close + 1, delimiter);
      const after = work.slice(close + 1, end).replaceAll(QUOTE, '""');
      work = `${work.slice(0, close)}${after}"${work.slice(end)}`;
    }
    if (!grow) return null;
    if (whole) return null;
  }
}

/**
 * `onRecord` gets each record's cells and file line; `onStrayQuote` hears of
 * a malformed quote (the record was read as written, see above).
 */
export function createRecordReader(
  delimiter: string,
  onRecord: (cells: string[], line: number) => void,
  onStrayQuote?: (stray: StrayQuote) => void,
  /** File line of the first character pushed (when leading lines were skipped). */
  firstLine = 1,
): RecordReader {
  const parser = newParser(delimiter);
  /** Text of the record not yet complete, and the file line where it starts. */
  let carry = '';
  let carryLine = firstLine;
  let started = false;
  /** The previous piece ended on CR: an LF starting the next one is the same break. */
  let crPending = false;
  let unclosed: RecordsEnd | null = null;

  const normalise = (text: string): string => {
    let piece = text;
    if (!started) {
      started = true;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    if (crPending && piece.charCodeAt(0) === 10) piece = piece.slice(1);
    crPending = piece.charCodeAt(piece.length - 1) === 13;
    return piece.indexOf('\r') === -1 ? piece : piece.replace(/\r\n?/g, LF);
  };

  /**
   * Reads complete records of `buffer` (all of it when `final`), keeping the
   * unfinished rest in `carry`. After a malformed quote, papaparse reads
   * windows of lines that double while they are clean, so a file with a stray
   * quote on every line stays linear.
   */
  const consume = (buffer: string, final: boolean): void => {
    let position = 0;
    let line = carryLine;
    let windowLines = Number.POSITIVE_INFINITY;
    while (position < buffer.length) {
      const end =
        windowLines === Number.POSITIVE_INFINITY
          ? buffer.length
          : afterLines(buffer, position, windowLines);
      const isLast = end === buffer.length;
      const slice = position === 0 && isLast ? buffer : buffer.slice(position, end);
      const result = parser.parse(slice, final && isLast);
      const error = result.errors[0];
      const rows = result.data;
      const goodRows = error ? error.row : rows.length;
      const quoted = slice.indexOf(QUOTE) !== -1;
      let consumedLines = 0;
      for (let index = 0; index < goodRows; index++) {
        const cells = rows[index] as string[];
        // A final piece ending in a line break gives papaparse an empty last row that is no record.
        if (!error && final && isLast && index === rows.length - 1 && slice.endsWith(LF)) break;
        onRecord(cells, line + consumedLines);
        consumedLines += quoted ? 1 + breaksInCells(cells) : 1;
      }
      if (!error) {
        line += consumedLines;
        if (final && isLast) {
          position = buffer.length;
          break;
        }
        const cursor = result.meta.cursor;
        position += cursor;
        if (isLast) break;
        windowLines *= 2;
        continue;
      }
      const rowStart = afterLines(slice, 0, consumedLines);
      line += consumedLines;
      if (error.code === 'MissingQuotes') {
        // Only reported on the final read: the quote opened in this record never closes.
        const cellsSoFar = rows[error.row];
        unclosed = {
          unclosedQuoteLine: line + countBreaks(slice, rowStart, error.index),
          unclosedQuoteCell: cellsSoFar ? cellsSoFar.length - 1 : 0,
        };
        carry = '';
        return;
      }
      // InvalidQuotes: this record is read leniently, as written; papaparse goes on after it.
      const endsOnQuote = !(final && isLast) && /"[ \t]*$/.test(slice);
      const lenient = endsOnQuote
        ? null
        : readRecordLeniently(
            slice,
            rowStart,
            delimiter,
            parser,
            (final && isLast) || slice.length - rowStart > MAX_OPEN_RECORD_CHARS,
          );
      if (!lenient) {
        // The record is not complete yet, or the piece ends on a quote that the next piece may
        // still close properly: wait for the rest.
        position += rowStart;
        break;
      }
      onStrayQuote?.({ line, cell: lenient.strayCell });
      onRecord(lenient.cells, line);
      line += lenient.lines;
      position += lenient.end;
      windowLines = 1;
    }
    carry = position >= buffer.length ? '' : buffer.slice(position);
    carryLine = line;
  };

  return {
    get stopped() {
      return unclosed !== null;
    },
    push(text: string): void {
      if (unclosed || text === '') return;
      const piece = normalise(text);
      let start = 0;
      while (start < piece.length && !unclosed) {
        // A window at least as long as the open record: a long record is re-read a few times, not once a window.
        const end = Math.min(piece.length, start + Math.max(PARSE_WINDOW_CHARS, carry.length));
        consume(
          carry + (start === 0 && end === piece.length ? piece : piece.slice(start, end)),
          false,
        );
        start = end;
        if (
          carry.length > MAX_OPEN_RECORD_CHARS &&
          carry.indexOf(LF) !== -1 &&
          parser.parse(carry, true).errors[0]?.code === 'MissingQuotes'
        ) {
          // A record this long across lines is a quote that never closed: say so now.
          consume(carry, true);
        }
      }
    },
    finish(): RecordsEnd {
      if (!unclosed && carry !== '') consume(carry, true);
      carry = '';
      return unclosed ?? { unclosedQuoteLine: null, unclosedQuoteCell: null };
    },
  };
}

/**
 * Whether a cell is empty or white space only (as `cell.trim() === ''`). A
 * cell starting with a printable ASCII character is answered without
 * trimming: this runs for every cell of a million rows.
 */
export function isBlankCell(cell: string): boolean {
  if (cell.length === 0) return true;
  const first = cell.charCodeAt(0);
  // No character from '!' to '~' is white space to trim().
  if (first > 32 && first < 127) return false;
  return cell.trim() === '';
}

/** Whether every cell of a record is empty (a blank line, or only delimiters). */
export function isBlankRecord(cells: readonly string[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}

/**
 * All records of a text read at once (the bundled data), or given as pieces
 * (which must give the same records, whatever the cuts).
 */
export function readRecords(
  text: string | readonly string[],
  delimiter: string,
): { records: RawRecord[]; strayQuotes: StrayQuote[] } & RecordsEnd {
  const records: RawRecord[] = [];
  const strayQuotes: StrayQuote[] = [];
  const reader = createRecordReader(
    delimiter,
    (cells, line) => records.push({ cells, line }),
    (stray) => strayQuotes.push(stray),
  );
  for (const piece of typeof text === 'string' ? [text] : text) reader.push(piece);
  return { records, strayQuotes, ...reader.finish() };
}
