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
 *   lines. Here the record is cut back to its own line, the bad cell is read
 *   as written (`bc`, as Excel does), the caller hears of it with line and
 *   cell, and papaparse goes on from the next line. Nothing is lost.
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

/**
 * One physical line whose quoting papaparse found malformed, read as a
 * spreadsheet would: text after a closing quote joins the cell (`"b"c` is
 * `bc`), and a quote that does not close on this line takes the rest of it.
 * Each repair rewrites the bad cell as a well-formed quoted cell and lets
 * papaparse read the line again, so papaparse stays the tokenizer.
 */
function readLineLeniently(
  line: string,
  delimiter: string,
  parser: ReturnType<typeof newParser>,
): { cells: string[]; strayCell: number | null } {
  let text = line;
  let strayCell: number | null = null;
  // Every repair removes one malformed quote, so this ends; the bound is a guard.
  for (let attempt = 0; attempt <= line.length; attempt++) {
    const result = parser.parse(text, true);
    const error = result.errors[0];
    if (!error) return { cells: result.data[0] ?? [''], strayCell };
    const open = error.index - 1;
    const before = open > 0 ? (parser.parse(text.slice(0, open), true).data[0] ?? ['']) : [''];
    strayCell ??= before.length - 1;
    let close = -1;
    for (let at = text.indexOf(QUOTE, error.index); at !== -1; at = text.indexOf(QUOTE, at + 2)) {
      if (text[at + 1] !== QUOTE) {
        close = at;
        break;
      }
    }
    if (close === -1) {
      const rest = text.slice(error.index).replaceAll('""', '"');
      return { cells: [...before.slice(0, -1), rest], strayCell };
    }
    const fieldEnd = text.indexOf(delimiter, close + 1);
    const end = fieldEnd === -1 ? text.length : fieldEnd;
    const after = text.slice(close + 1, end).replaceAll(QUOTE, '""');
    text = `${text.slice(0, error.index)}${text.slice(error.index, close)}${after}"${text.slice(end)}`;
  }
  return { cells: [line], strayCell };
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
      // InvalidQuotes: this record is read from its own line, leniently; papaparse goes on after it.
      const lineEnd = slice.indexOf(LF, rowStart);
      const lineText = slice.slice(rowStart, lineEnd === -1 ? slice.length : lineEnd);
      if (!(final && isLast) && (lineEnd === -1 || /"[ \t]*$/.test(slice))) {
        // The line is not complete yet, or the piece ends on a quote that the
        // next piece may still close properly: wait for the rest.
        position += rowStart;
        break;
      }
      const lenient = readLineLeniently(lineText, delimiter, parser);
      if (lenient.strayCell !== null) onStrayQuote?.({ line, cell: lenient.strayCell });
      onRecord(lenient.cells, line);
      line += 1;
      position += lineEnd === -1 ? slice.length : lineEnd + 1;
      windowLines = 1;
    }
    carry = position >= buffer.length ? '' : buffer.slice(position);
    carryLine = line;
  };

  return {
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
