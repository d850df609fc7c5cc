/** Detection on small inline tables: header or not, year headers, bad cells, issue caps. */
import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  MAX_ISSUES_PER_CODE,
  parseImport,
} from '../../../../src/domain/import/index.ts';
import { where } from '../../import/helpers.ts';

describe('header detection', () => {
  it('names columns "Column N" when the first row is data', () => {
    const result = parseImport('Makanan;21,46\nLogam dasar;13,72\n');
    expect(result.data!.report.headerRow).toBeNull();
    expect(result.data!.columns.map((column) => [column.name, column.kind])).toEqual([
      ['Column 1', 'text'],
      ['Column 2', 'number'],
    ]);
    expect(result.data!.rows.map((row) => row.line)).toEqual([1, 2]);
    expect(where(result.issues)).toEqual([{ code: 'import.noHeader', severity: 'info', row: 1 }]);
  });

  it('takes a row of years as the header of a wide table', () => {
    const result = parseImport('Sektor;2019;2020\nMakanan;21,46;22,1\nKimia;10;9,5\n');
    expect(result.data!.report.headerRow).toBe(1);
    expect(result.data!.columns.map((column) => [column.name, column.kind])).toEqual([
      ['Sektor', 'text'],
      ['2019', 'number'],
      ['2020', 'number'],
    ]);
  });

  it('follows hasHeader when given', () => {
    const result = parseImport('Sektor;Nilai\nMakanan;1\n', { hasHeader: false });
    expect(result.data!.columns.map((column) => column.name)).toEqual(['Column 1', 'Column 2']);
    expect(result.data!.rows).toHaveLength(2);
  });
});

describe('cells that do not fit', () => {
  it('warns about a word in a number column and reads "-" and "..." as no value', () => {
    const result = parseImport(
      'Sector,Value\nFood,1.5\nPaper,-\nTextiles,...\nRubber,abc\nWood,2\n',
    );
    expect(result.ok).toBe(true);
    expect(result.data!.rows.map((row) => row.values[1])).toEqual([1.5, null, null, null, 2]);
    expect(result.data!.columns[1]).toMatchObject({
      parsedCount: 2,
      emptyCount: 2,
      failedCount: 1,
    });
    expect(where(result.issues)).toEqual([
      { code: 'value.notNumber', severity: 'warning', row: 5, column: 'Value' },
    ]);
    expect(result.issues[0]?.params).toEqual({ value: 'abc' });
  });

  it('warns about a cell of a period column that is not a period', () => {
    const result = parseImport(
      'Bulan,PMI\n2024-01,52.9\n2024-02,52.7\n2024-03,51\n2024-13,50\n2024-05,50.2\n',
    );
    expect(where(result.issues)).toEqual([
      { code: 'import.invalidPeriod', severity: 'warning', row: 5, column: 'Bulan' },
    ]);
  });

  it(`lists at most ${MAX_ISSUES_PER_CODE} issues of a code and counts the rest`, () => {
    const lines = [
      'Sector,Year,Value',
      ...Array.from({ length: 100 }, (_, index) => `S${index},2019,1`),
      ...Array.from({ length: 60 }, (_, index) => `R${index},2019`),
    ];
    const result = parseImport(lines.join('\n'));
    const ragged = result.issues.filter((issue) => issue.code === 'csv.raggedRow');
    expect(ragged).toHaveLength(MAX_ISSUES_PER_CODE);
    expect(result.issues.at(-1)).toEqual({
      code: 'import.moreIssues',
      severity: 'info',
      params: { code: 'csv.raggedRow', count: 60 - MAX_ISSUES_PER_CODE },
    });
    expect(result.data!.report.skippedCount).toBe(60);
  });

  it('refuses a file of bare delimiters as empty', () => {
    expect(where(parseImport(';;;\n;;\n').issues)).toEqual([
      { code: 'csv.empty', severity: 'error' },
    ]);
  });

  it('refuses a file whose every row is ragged', () => {
    const result = parseImport('a,b,c\n1,2\n1,2,3,4\n3,4\n');
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toContain('import.noRows');
  });
});

describe('detectDelimiter', () => {
  it('is not fooled by decimal commas in a semicolon file', () => {
    expect(detectDelimiter('Sektor;Nilai\nMakanan;21,46\nKimia;10,5\n')).toMatchObject({
      delimiter: ';',
      fields: 2,
    });
  });

  it('is not fooled by decimal commas when most rows leave their last columns empty', () => {
    // The dashboard's own Indonesian download of exports by year: years without a national total.
    const file =
      'Tahun;Ekspor;Ekspor nasional;Kontribusi (%)\n' +
      '2014;117,33;;\n2015;108,60;;\n2016;110,50;;\n2019;127,38;167,53;75,5\n2021;177,20;;\n';
    expect(detectDelimiter(file)).toMatchObject({ delimiter: ';', fields: 4 });
    expect(parseImport(file).data!.columns).toHaveLength(4);
  });

  it('reads quoted delimiters as text', () => {
    expect(detectDelimiter('"a;b",c\n"d;e",f\n"g;h",i\n').delimiter).toBe(',');
  });

  it('reports a single column', () => {
    const result = parseImport('Nilai\n1\n2\n');
    expect(result.data!.columns).toHaveLength(1);
    expect(where(result.issues)).toEqual([{ code: 'import.singleColumn', severity: 'warning' }]);
  });
});
