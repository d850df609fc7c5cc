/**
 * Every fixture in tests/fixtures/import gives the detection, report and
 * issues a student would see, with the row and column of each issue.
 */
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../../src/domain/import/index.ts';
import type { ImportedTable, ImportResult } from '../../../../src/domain/import/index.ts';
import { fixtureBytes, where } from '../../import/helpers.ts';

function importFixture(name: string): ImportResult<ImportedTable> {
  return parseImport(fixtureBytes(name), { file: name });
}

function mustImport(name: string): ImportedTable {
  const result = importFixture(name);
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues)}`);
  return result.data;
}

const kinds = (table: ImportedTable) => table.columns.map((column) => [column.name, column.kind]);
const values = (table: ImportedTable) => table.rows.map((row) => row.values);

describe('well-formed files', () => {
  it('reads a BPS-style file: semicolons, decimal commas, Indonesian sector names', () => {
    const table = mustImport('bps-semicolon.csv');
    expect(table.report).toMatchObject({
      encoding: 'utf-8',
      bom: false,
      delimiter: ';',
      headerRow: 1,
      rowsRead: 5,
      rowsImported: 5,
      columnsRead: 2,
      skippedCount: 0,
    });
    expect(kinds(table)).toEqual([
      ['Sektor', 'text'],
      ['Persentase', 'number'],
    ]);
    expect(table.report.numberFormats['Persentase']).toEqual({
      id: 'comma-decimal',
      percent: false,
    });
    expect(values(table)).toEqual([
      ['Industri makanan', 21.46],
      ['Industri logam dasar', 13.72],
      ['Industri bahan kimia', 10],
      ['Industri pakaian jadi', 6.56],
      ['Industri kertas', 5.74],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([2, 3, 4, 5, 6]);
  });

  it('strips a UTF-8 BOM so the first header is "Sector", not "\\uFEFFSector"', () => {
    const table = mustImport('utf8-bom.csv');
    expect(table.report).toMatchObject({ encoding: 'utf-8', bom: true, delimiter: ',' });
    expect(table.columns[0]?.name).toBe('Sector');
    expect(table.report.numberFormats['Value']?.id).toBe('plain');
    expect(values(table)[2]).toEqual(['Kertas & “pulp”', 7.26]);
  });

  it('falls back to Windows-1252 and reads é, ü, – and € correctly', () => {
    const result = importFixture('windows-1252.csv');
    expect(result.ok).toBe(true);
    const table = result.data!;
    expect(table.report.encoding).toBe('windows-1252');
    expect(where(result.issues)).toEqual([{ code: 'import.encodingFallback', severity: 'info' }]);
    expect(table.columns.map((column) => column.name)).toEqual(['Sektor', 'Nilai (€ juta)']);
    expect(values(table)).toEqual([
      ['Café & kopi', 1234.5],
      ['Müller – logam', 987.25],
      ['Kimia', 12],
    ]);
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text", tab-delimited)', () => {
    const table = mustImport('utf16le-bom.csv');
    expect(table.report).toMatchObject({ encoding: 'utf-16le', bom: true, delimiter: '\t' });
    expect(values(table)).toEqual([
      ['Industri makanan', 27.16],
      ['Industri tekstil', 12.5],
    ]);
  });

  it('reads dot-grouped thousands with decimal commas, and years as a period column', () => {
    const table = mustImport('thousands-dot.csv');
    expect(kinds(table)).toEqual([
      ['Tahun', 'period'],
      ['Nilai ekspor', 'number'],
    ]);
    expect(table.report.numberFormats['Nilai ekspor']?.id).toBe('dot-grouped');
    expect(values(table)).toEqual([
      ['2017', 1234.5],
      ['2018', 12345.75],
      ['2019', 126570],
      ['2020', 999.9],
    ]);
  });

  it('skips the title lines above the header and the source line below the table', () => {
    const result = importFixture('title-line.csv');
    const table = result.data!;
    expect(table.report.headerRow).toBe(4);
    expect(table.report.titleLines).toEqual([
      { row: 1, text: 'Tabel 1. Ekspor Industri Pengolahan menurut Sektor, 2019' },
      { row: 2, text: '(persen)' },
    ]);
    expect(kinds(table)).toEqual([
      ['Sektor', 'text'],
      ['Tahun', 'period'],
      ['Pangsa', 'number'],
    ]);
    expect(table.rows.map((row) => row.line)).toEqual([5, 6]);
    expect(table.report.skippedRows).toEqual([{ row: 7, reason: 'import.noteLine' }]);
    expect(where(result.issues)).toEqual([
      { code: 'import.titleLine', severity: 'info', row: 1 },
      { code: 'import.titleLine', severity: 'info', row: 2 },
      { code: 'import.noteLine', severity: 'info', row: 7 },
    ]);
  });

  it('detects tab and pipe delimiters regardless of the file extension', () => {
    const tab = mustImport('tab-delimited.tsv');
    expect(tab.report.delimiter).toBe('\t');
    expect(kinds(tab)).toEqual([
      ['Bulan', 'period'],
      ['PMI', 'number'],
    ]);
    // "Maret 2024" is March 2024 as a plain YYYY-MM month.
    expect(values(tab)).toEqual([
      ['2024-01', 52.9],
      ['2024-02', 52.7],
      ['2024-03', 54.2],
    ]);
    const pipe = mustImport('pipe-delimited.csv');
    expect(pipe.report.delimiter).toBe('|');
    expect(values(pipe)).toEqual([
      ['Food', '2019', 27.16],
      ['Paper', '2019', 7.26],
    ]);
  });

  it('reads quoted cells with commas and comma-grouped thousands', () => {
    const table = mustImport('english-quoted.csv');
    expect(table.report.delimiter).toBe(',');
    expect(table.report.numberFormats['Value']?.id).toBe('comma-grouped');
    expect(values(table)).toEqual([
      ['Food, beverages', 1234.5],
      ['Chemicals', 12345.25],
      ['Paper', 999.5],
    ]);
  });

  it('marks a column of percentages written with a % sign as percent', () => {
    const table = mustImport('over-hundred.csv');
    expect(table.report.numberFormats['Persen']).toEqual({ id: 'comma-decimal', percent: true });
    expect(values(table).map((row) => row[1])).toEqual([10.5, 105.5, 4]);
  });
});

describe('files that are refused', () => {
  it('refuses a PNG renamed .csv', () => {
    const result = importFixture('png-renamed.csv');
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      {
        code: 'import.notText',
        severity: 'error',
        file: 'png-renamed.csv',
        params: { kind: 'png' },
      },
    ]);
  });

  it('refuses an empty file', () => {
    const result = importFixture('empty.csv');
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual([{ code: 'csv.empty', severity: 'error' }]);
  });

  it('refuses a file with only a header, pointing at the header line', () => {
    const result = importFixture('header-only.csv');
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual([{ code: 'csv.headerOnly', severity: 'error', row: 1 }]);
  });

  it('refuses an unclosed quote, naming the line and column where it opens', () => {
    const result = importFixture('unclosed-quote.csv');
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual([
      { code: 'csv.unclosedQuote', severity: 'error', row: 3, column: 'Sector' },
    ]);
  });

  it('refuses a table whose value column has no numbers', () => {
    const result = importFixture('no-numbers.csv');
    expect(result.ok).toBe(false);
    expect(where(result.issues)).toEqual([
      { code: 'import.noNumbers', severity: 'error', row: 1, column: 'Nilai' },
    ]);
  });
});

describe('files imported with warnings', () => {
  it('skips ragged rows and lists them with the expected and found cell counts', () => {
    const result = importFixture('ragged-rows.csv');
    expect(result.ok).toBe(true);
    const table = result.data!;
    expect(table.rows.map((row) => row.line)).toEqual([2, 4]);
    expect(table.report).toMatchObject({ rowsRead: 4, rowsImported: 2, skippedCount: 2 });
    expect(table.report.skippedRows).toEqual([
      { row: 3, reason: 'csv.raggedRow' },
      { row: 5, reason: 'csv.raggedRow' },
    ]);
    expect(result.issues.map(({ code, row, params }) => ({ code, row, params }))).toEqual([
      { code: 'csv.raggedRow', row: 3, params: { expected: 3, found: 4 } },
      { code: 'csv.raggedRow', row: 5, params: { expected: 3, found: 2 } },
    ]);
  });

  it('renames a duplicate header and warns about it', () => {
    const result = importFixture('duplicate-headers.csv');
    expect(result.ok).toBe(true);
    expect(result.data!.columns.map((column) => column.name)).toEqual([
      'Sektor',
      'Nilai',
      'Nilai (2)',
    ]);
    expect(where(result.issues)).toEqual([
      { code: 'csv.duplicateHeader', severity: 'warning', row: 1, column: 'Nilai' },
    ]);
    expect(result.issues[0]?.params).toMatchObject({ index: 3, renamedTo: 'Nilai (2)' });
    expect(values(result.data!)).toEqual([
      ['Makanan', 21.46, 22.1],
      ['Kimia', 10, 9.8],
    ]);
  });

  it('names an unnamed column with data and drops an unnamed empty one', () => {
    const result = importFixture('empty-header.csv');
    expect(result.ok).toBe(true);
    expect(result.data!.columns.map((column) => [column.name, column.sourceIndex])).toEqual([
      ['Sektor', 0],
      ['Column 2', 1],
      ['Nilai', 2],
    ]);
    expect(where(result.issues)).toEqual([
      { code: 'csv.emptyHeader', severity: 'warning', row: 1 },
    ]);
    expect(result.issues[0]?.params).toMatchObject({ index: 2 });
  });

  it('warns about cells in another number format, naming their rows', () => {
    const result = importFixture('mixed-formats.csv');
    expect(result.ok).toBe(true);
    const table = result.data!;
    expect(table.report.numberFormats['Nilai']?.id).toBe('dot-grouped');
    expect(values(table).map((row) => row[1])).toEqual([1234.5, 2345.25, null, 456.5, null]);
    expect(table.columns[1]).toMatchObject({ parsedCount: 3, failedCount: 2 });
    expect(where(result.issues)).toEqual([
      { code: 'import.mixedNumberFormat', severity: 'warning', row: 4, column: 'Nilai' },
    ]);
    expect(result.issues[0]?.params).toMatchObject({
      format: 'dot-grouped',
      otherFormat: 'comma-grouped',
      rows: '4, 6',
      count: 2,
    });
  });
});
