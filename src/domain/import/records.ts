/**
 * An incremental reader of delimited records (RFC 4180 with the usual
 * leniencies): text arrives in chunks of any size, records come out with the
 * file line where they start. It keeps only the record being read, so a large
 * file never sits in memory as rows, and it never rescans text (an unclosed
 * quote in a 30 MB file stays linear).
 */

export interface RawRecord {
  cells: string[];
  /** 1-based file line where the record starts (as a spreadsheet numbers rows). */
  line: number;
}

export interface RecordReader {
  push(text: string): void;
  /** Ends the input; reports an unclosed quote instead of emitting a swallowed record. */
  finish(): { unclosedQuoteLine: number | null; unclosedQuoteCell: number | null };
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

export interface StrayQuote {
  /** File line of the record holding the stray quote. */
  line: number;
  /** 0-based index of the cell. */
  cell: number;
}

/**
 * `onStrayQuote` hears of a quote inside an unquoted cell (`a,b"c,d`) or text
 * after a closing quote (`a,"b"c,d`): both are read as written (`b"c`, `bc`),
 * as spreadsheets do, and the caller warns with the line.
 */
export function createRecordReader(
  delimiter: string,
  onRecord: (record: RawRecord) => void,
  onStrayQuote?: (stray: StrayQuote) => void,
  /** File line of the first character pushed (when leading lines were skipped). */
  firstLine = 1,
): RecordReader {
  const delimiterCode = delimiter.charCodeAt(0);
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  /** In quotes, the previous chunk ended on a quote: escape ("") or closing quote. */
  let quotePending = false;
  /** The previous chunk ended on CR: a following LF belongs to the same line break. */
  let crPending = false;
  let line = firstLine;
  let recordLine = firstLine;
  let quoteLine = 0;
  /** Inside quotes, the last character was CR (so a following LF is the same line break). */
  let quotedCr = false;
  /** The field so far is only spaces/tabs (a quote may still open it). */
  let fieldBlank = true;
  /** The field's closing quote was read: more text in it (other than spaces) is stray. */
  let afterClosingQuote = false;
  /** Line of the last stray quote reported (one report per record). */
  let strayReportedLine = 0;

  const stray = (): void => {
    if (strayReportedLine === recordLine) return;
    strayReportedLine = recordLine;
    onStrayQuote?.({ line: recordLine, cell: cells.length });
  };
  const endField = (): void => {
    cells.push(field);
    field = '';
    fieldBlank = true;
    afterClosingQuote = false;
  };
  const endRecord = (): void => {
    endField();
    onRecord({ cells, line: recordLine });
    cells = [];
  };

  return {
    push(text: string): void {
      let index = 0;
      const length = text.length;
      if (crPending && length > 0) {
        crPending = false;
        if (text.charCodeAt(0) === LF) index = 1;
      }
      while (index < length) {
        if (inQuotes) {
          if (quotePending) {
            quotePending = false;
            if (text.charCodeAt(index) === QUOTE) {
              field += '"';
              index++;
              continue;
            }
            inQuotes = false;
            afterClosingQuote = true;
            continue;
          }
          const close = text.indexOf('"', index);
          const end = close === -1 ? length : close;
          // Count line breaks inside the quoted cell, so later rows keep their file line.
          for (let scan = index; scan < end; scan++) {
            const code = text.charCodeAt(scan);
            if (code === LF) {
              if (!quotedCr) line++;
              quotedCr = false;
            } else if (code === CR) {
              line++;
              quotedCr = true;
            } else {
              quotedCr = false;
            }
          }
          field += text.slice(index, end);
          if (close === -1) return;
          index = close + 1;
          if (index === length) {
            quotePending = true;
            return;
          }
          if (text.charCodeAt(index) === QUOTE) {
            field += '"';
            index++;
          } else {
            inQuotes = false;
            afterClosingQuote = true;
          }
          continue;
        }
        // Unquoted: take everything up to the next delimiter, quote or line break.
        let scan = index;
        let code = 0;
        while (scan < length) {
          code = text.charCodeAt(scan);
          if (code === delimiterCode || code === QUOTE || code === LF || code === CR) break;
          scan++;
        }
        if (scan > index) {
          const piece = text.slice(index, scan);
          field += piece;
          if ((fieldBlank || afterClosingQuote) && !isSpaceOrTab(piece)) {
            fieldBlank = false;
            if (afterClosingQuote) stray();
          }
        }
        if (scan === length) return;
        index = scan + 1;
        if (code === delimiterCode) {
          endField();
        } else if (code === QUOTE) {
          if (fieldBlank) {
            // A quote opens the cell (leading spaces before it are dropped).
            field = '';
            fieldBlank = false;
            inQuotes = true;
            quotedCr = false;
            quoteLine = line;
          } else {
            field += '"';
            stray();
          }
        } else {
          if (code === CR) {
            if (index === length) crPending = true;
            else if (text.charCodeAt(index) === LF) index++;
          }
          endRecord();
          line++;
          recordLine = line;
        }
      }
    },
    finish() {
      crPending = false;
      if (inQuotes && !quotePending) {
        return { unclosedQuoteLine: quoteLine, unclosedQuoteCell: cells.length };
      }
      inQuotes = false;
      quotePending = false;
      if (cells.length > 0 || field !== '') endRecord();
      return { unclosedQuoteLine: null, unclosedQuoteCell: null };
    },
  };
}

function isSpaceOrTab(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Whether every cell of a record is empty (a blank line, or only delimiters). */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
