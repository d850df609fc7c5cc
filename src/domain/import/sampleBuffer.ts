/**
 * What the engine holds before it knows the file's shape: the first text, until
 * there is enough to choose the delimiter, and the first records, until there are
 * enough to decide header, column kinds and number formats. Both are bounded, so a
 * 50 MB file of newlines or of one quoted cell is never held whole.
 */
import type { RawRecord, StrayQuote } from '../csvRecords.ts';
import { isBlankRecord } from '../csvRecords.ts';
import { detectDelimiter } from './layout.ts';
import type { Delimiter } from './types.ts';

/** Characters of text looked at to choose the delimiter. */
export const DELIMITER_SAMPLE_CHARS = 64 * 1024;
/** Records looked at to decide header, kinds and number formats. */
export const LAYOUT_SAMPLE_RECORDS = 1000;

/** The start of the text, without its leading blank lines (which count for line numbers only). */
export class TextSample {
  private text = '';
  /** Blank lines dropped from the start before reading began. */
  leadingLines = 0;

  push(piece: string): void {
    this.text += piece;
    this.dropLeadingBlankLines();
  }

  /** Enough text to choose the delimiter. */
  get full(): boolean {
    return this.text.length >= DELIMITER_SAMPLE_CHARS;
  }

  /** Nothing but white space (and a byte order mark) so far. */
  get blank(): boolean {
    return this.text.replace(/^\uFEFF/, '').trim() === '';
  }

  /** The delimiter the sample shows; `complete` when the text has ended. */
  delimiter(complete: boolean): Delimiter {
    // Only the sample: a 27 MB file given in one piece is not scanned four times.
    const sample = this.text.slice(0, DELIMITER_SAMPLE_CHARS);
    return detectDelimiter(sample, complete && sample.length === this.text.length).delimiter;
  }

  /** The text held, handed over once reading starts. */
  take(): string {
    const text = this.text;
    this.text = '';
    return text;
  }

  /** Drops whole blank lines at the start, so detection sees content, not newlines. */
  private dropLeadingBlankLines(): void {
    const text = this.text;
    let index = 0;
    let lineStart = 0;
    let lines = 0;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === 10) {
        lines++;
        lineStart = index + 1;
      } else if (code === 13) {
        // CRLF is one break; a CR at the very end waits for the next piece.
        if (index + 1 === text.length) break;
        if (text.charCodeAt(index + 1) === 10) index++;
        lines++;
        lineStart = index + 1;
      } else if (code !== 32 && code !== 9 && code !== 0xfeff) break;
      index++;
    }
    if (lineStart > 0) {
      this.text = text.slice(lineStart);
      this.leadingLines += lines;
    }
  }
}

/** What the record sample held, handed over once the layout is decided. */
export interface TakenRecords {
  records: RawRecord[];
  /** Blank records among the records from `dataStart` on (those above the table do not count). */
  blankLines: number;
  strayQuotes: StrayQuote[];
}

/** The first records of the file, until the layout is decided. */
export class RecordSample {
  /** Non-blank records (blank ones are only counted). */
  private records: RawRecord[] = [];
  /** Blank records seen, and how many came before each kept record. */
  private blank = 0;
  private blanksBefore: number[] = [];
  private strayQuotes: StrayQuote[] = [];

  get size(): number {
    return this.records.length;
  }

  get full(): boolean {
    return this.records.length >= LAYOUT_SAMPLE_RECORDS;
  }

  get all(): readonly RawRecord[] {
    return this.records;
  }

  add(cells: string[], line: number): void {
    // Blank lines are counted, never kept: 50 MB of newlines must not become 50 million records.
    if (isBlankRecord(cells)) {
      this.blank++;
      return;
    }
    this.records.push({ cells, line });
    this.blanksBefore.push(this.blank);
  }

  addStrayQuote(stray: StrayQuote): void {
    if (this.strayQuotes.length < LAYOUT_SAMPLE_RECORDS) this.strayQuotes.push(stray);
  }

  /** The records from `dataStart` on, and empties the sample. */
  take(dataStart: number): TakenRecords {
    const taken = {
      records: this.records.slice(dataStart),
      blankLines: this.blank - (this.blanksBefore[dataStart] ?? this.blank),
      strayQuotes: this.strayQuotes,
    };
    this.records = [];
    this.blanksBefore = [];
    this.strayQuotes = [];
    return taken;
  }
}
