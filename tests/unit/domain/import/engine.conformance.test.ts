/**
 * CSV conformance: each file in tests/fixtures/csv-conformance/ with the
 * records it must give (cells and the file line each starts on), read from
 * bytes as an import reads them, whole and in pieces of every size. Where the
 * result differs on purpose from spreadsheets or common CSV libraries, the
 * fixture's `note` says so (and the README repeats it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawRecord, StrayQuote } from '../../../../src/domain/csvRecords.ts';
import { readRecords } from '../../../../src/domain/csvRecords.ts';
import { decodeBytes } from '../../../../src/domain/import/index.ts';

const DIR = 'tests/fixtures/csv-conformance';

interface Expected {
  delimiter: string;
  records: RawRecord[];
  unclosedQuoteLine?: number;
  strayQuotes?: StrayQuote[];
  note?: string;
}

function read(text: string, delimiter: string, pieceSize: number) {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += pieceSize)
    pieces.push(text.slice(start, start + pieceSize));
  return readRecords(pieces, delimiter);
}

const names = readdirSync(DIR)
  .filter((name) => name.endsWith('.csv'))
  .map((name) => name.slice(0, -4))
  .sort();

describe('CSV conformance fixtures', () => {
  it('cover the cases the issue lists', () => {
    expect(names.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as Expected;
      const decoded = decodeBytes(new Uint8Array(readFileSync(join(DIR, `${name}.csv`))));
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const text = decoded.data.text;
      // Whole, and streamed in pieces of every size up to the file's length.
      for (const pieceSize of [
        text.length || 1,
        ...Array.from({ length: Math.min(text.length, 40) }, (_, i) => i + 1),
      ]) {
        const result = read(text, expected.delimiter, pieceSize);
        expect(result.records, `pieces of ${pieceSize}`).toEqual(expected.records);
        expect(result.unclosedQuoteLine).toBe(expected.unclosedQuoteLine ?? null);
        expect(result.strayQuotes, `pieces of ${pieceSize}`).toEqual(expected.strayQuotes ?? []);
      }
    });
  }
});
