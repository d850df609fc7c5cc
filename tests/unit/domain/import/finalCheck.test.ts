import { describe, expect, it } from 'vitest';
import { MixedFormats } from '../../../../src/domain/import/columnTypes/index.ts';
import {
  finalIssues,
  importReport,
  isEmptyReading,
} from '../../../../src/domain/import/finalCheck.ts';
import type { Layout } from '../../../../src/domain/import/layout.ts';
import type { RowTally } from '../../../../src/domain/import/rows.ts';
import type { ImportedColumn } from '../../../../src/domain/import/types.ts';

const layout: Layout = {
  headerRow: 2,
  titleLines: [{ line: 1, cells: ['Ekspor', ''] }],
  dataStart: 2,
  width: 2,
  columns: [],
  issues: [],
};
const tally = (counts: Partial<RowTally> = {}): RowTally => ({
  rowsRead: 0,
  rowsImported: 0,
  blankLines: 0,
  skippedRows: [],
  skippedCount: 0,
  ...counts,
});
const columns: ImportedColumn[] = [
  {
    name: 'Sektor',
    sourceIndex: 0,
    kind: 'text',
    numberFormat: null,
    parsedCount: 3,
    failedCount: 0,
    emptyCount: 0,
  },
  {
    name: 'Nilai',
    sourceIndex: 1,
    kind: 'number',
    numberFormat: { id: 'comma-decimal', percent: false },
    parsedCount: 2,
    failedCount: 1,
    emptyCount: 0,
  },
];
const ended = { unclosedQuoteLine: null, unclosedQuoteCell: null };

describe('the final check', () => {
  it('reports a header without rows, and an empty reading', () => {
    const codes = finalIssues({
      layout,
      columns,
      tally: tally(),
      end: ended,
      mixed: new Map(),
    }).map((issue) => issue.code);
    expect(codes).toEqual(['csv.headerOnly']);
    expect(isEmptyReading({ layout, tally: tally(), end: ended })).toBe(false);
    expect(
      isEmptyReading({ layout: { ...layout, headerRow: null }, tally: tally(), end: ended }),
    ).toBe(true);
  });

  it('lists an unclosed quote, mixed formats, and rows that were all skipped, in that order', () => {
    const mixed = new MixedFormats();
    mixed.add(1, 7, 'plain');
    mixed.add(1, 9, 'plain');
    const issues = finalIssues({
      layout,
      columns,
      tally: tally({ rowsRead: 4, rowsImported: 0, skippedCount: 4 }),
      end: { unclosedQuoteLine: 12, unclosedQuoteCell: 1 },
      mixed: mixed.byColumn,
    });
    expect(issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ['csv.unclosedQuote', 12, 'Nilai'],
      ['import.mixedNumberFormat', 7, 'Nilai'],
      ['import.noRows', undefined, undefined],
    ]);
    expect(issues[1]?.params).toMatchObject({
      rows: '7, 9',
      count: 2,
      otherFormat: 'plain',
      example: '1234,5',
    });
  });

  it('gives the same report for the same reading', () => {
    const input = {
      layout,
      columns,
      tally: tally({ rowsRead: 3, rowsImported: 3 }),
      delimiter: ';' as const,
      rowsKept: 3,
      meta: { encoding: 'utf-8' as const, bom: false },
    };
    expect(importReport(input)).toEqual(importReport(input));
    expect(importReport(input)).toMatchObject({
      delimiter: ';',
      headerRow: 2,
      titleLines: [{ row: 1, text: 'Ekspor' }],
      rowsImported: 3,
      numberFormats: { Sektor: null, Nilai: { id: 'comma-decimal', percent: false } },
    });
    expect(
      finalIssues({ layout, columns, tally: input.tally, end: ended, mixed: new Map() }),
    ).toEqual([]);
  });
});
