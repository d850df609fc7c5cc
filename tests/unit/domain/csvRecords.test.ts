/**
 * The one tokenizer's contract (src/domain/csvRecords.ts): text in pieces of
 * any size gives the same records as the whole text; every line of the file is
 * accounted for; line numbers hold after blank lines and multi-line cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawRecord } from '../../../src/domain/csvRecords.ts';
import { createRecordReader, readRecords } from '../../../src/domain/csvRecords.ts';

function readInPieces(text: string, cuts: number[]) {
  const pieces: string[] = [];
  let start = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(start, Math.max(start, cut)));
    start = Math.max(start, cut);
  }
  pieces.push(text.slice(start));
  return readRecords(pieces, ',');
}

const csvish = fc
  .array(fc.constantFrom(',', '"', '""', '\n', '\r\n', '\r', ' ', 'a', '1', 'x y', '\uFEFF'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('csvRecords (papaparse underneath)', () => {
  it('gives the same records, strays and unclosed quote in pieces of any size', () => {
    fc.assert(
      fc.property(csvish, fc.array(fc.nat({ max: 60 }), { maxLength: 6 }), (text, cuts) => {
        expect(readInPieces(text, cuts)).toEqual(readInPieces(text, []));
      }),
      { numRuns: 1000 },
    );
  });

  it('accounts for every line: records start on increasing lines within the file', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const { records } = readInPieces(text, []);
        const lines = text.replace(/\r\n?/g, '\n').split('\n').length;
        let previous = 0;
        for (const record of records) {
          expect(record.line).toBeGreaterThan(previous);
          expect(record.line).toBeLessThanOrEqual(lines);
          previous = record.line;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads records across its 64 KB parse windows, a quoted cell longer than a window included', () => {
    // Written out: [cells, line] for 30,000 records, one of them a 200,000-character
    // quoted cell over 50,000 lines, so windows cut records, cells and quotes everywhere.
    const expected: [number, string[]][] = [];
    const lines: string[] = [];
    let line = 1;
    for (let index = 0; index < 30_000; index++) {
      const long = index === 12_345;
      const text = long ? 'x\n"y"\n'.repeat(25_000) : `say "${index}"`;
      const cells = [`row ${index}`, text, String(index % 7)];
      expected.push([line, cells]);
      lines.push(`${cells[0]},"${text.replaceAll('"', '""')}",${cells[2]}`);
      line += long ? 50_001 : 1;
    }
    const text = `${lines.join('\r\n')}\r\n`;
    const read = (pieces: readonly string[]) =>
      readRecords(pieces, ',').records.map((record) => [record.line, record.cells]);
    expect(read([text])).toEqual(expected);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: text.length }), { maxLength: 8 }), (cuts) => {
        const pieces: string[] = [];
        let start = 0;
        for (const cut of [...cuts].sort((a, b) => a - b)) {
          pieces.push(text.slice(start, cut));
          start = cut;
        }
        pieces.push(text.slice(start));
        expect(read(pieces)).toEqual(expected);
      }),
      { numRuns: 10 },
    );
  });

  it('numbers lines exactly after a blank line and a multi-line quoted cell', () => {
    const { records } = readRecords('a,b\n\n"x\r\ny",1\n\nragged\n', ',');
    expect(records.map((record) => [record.line, record.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['']],
      [3, ['x\ny', '1']],
      [5, ['']],
      [6, ['ragged']],
    ]);
  });

  it('keeps the lines papaparse alone would swallow after a malformed quote', () => {
    const text = 'a,b\n1,"2"x\n3,4\n5,"6"\n';
    const { records, strayQuotes } = readRecords(text, ',');
    expect(records.map((record) => record.cells)).toEqual([
      ['a', 'b'],
      ['1', '2x'],
      ['3', '4'],
      ['5', '6'],
    ]);
    expect(strayQuotes).toEqual([{ line: 2, cell: 1 }]);
  });

  it('stops at an unclosed quote early, naming its line, without reading the rest', () => {
    const records: RawRecord[] = [];
    const reader = createRecordReader(',', (cells, line) => records.push({ cells, line }));
    reader.push('a,b\n1,2\n"3,4\n');
    const filler = '5,6\n'.repeat(256 * 1024);
    // 30 MB after the quote: reading stops once the open record passes its 4 MB bound.
    let stoppedAfter = -1;
    for (let piece = 0; piece < 30; piece++) {
      reader.push(filler);
      if (reader.stopped && stoppedAfter === -1) stoppedAfter = piece + 1;
    }
    expect(stoppedAfter).toBeGreaterThan(0);
    expect(stoppedAfter).toBeLessThanOrEqual(5);
    expect(reader.finish()).toEqual({ unclosedQuoteLine: 3, unclosedQuoteCell: 0 });
    expect(records.map((record) => record.line)).toEqual([1, 2]);
  });

  it('stays linear with a malformed quote on every line', () => {
    // Quadratic work would take 16× as long for 4× the lines; linear about 4×.
    // The fastest of three runs each, so a busy machine does not decide.
    const fastest = (lines: number) => {
      const text = `a,b\n${'1,"2"x\n'.repeat(lines)}`;
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        const { records, strayQuotes } = readRecords(text, ',');
        best = Math.min(best, performance.now() - started);
        expect(records).toHaveLength(lines + 1);
        expect(strayQuotes).toHaveLength(lines);
        expect(records.at(-1)).toEqual({ cells: ['1', '2x'], line: lines + 1 });
      }
      return best;
    };
    const small = fastest(5_000);
    const large = fastest(20_000);
    expect(large / small).toBeLessThan(10);
  });
});
