import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/domain/csv.ts';
import { parseMachineDecimal, decimalsForSignificantFigures } from '../../../src/domain/decimal.ts';
import { buildPmiDataset } from '../../../src/domain/pmi.ts';
import { parseSources } from '../../../src/domain/sources.ts';

const sources = parseSources(
  'id,publisher,title,publisher_indonesian,title_indonesian,vintage,note\ns,Pub,Title,Penerbit,Judul,2020,\n',
);
const sourceMap = sources.ok ? sources.data : new Map();

describe('parseCsv', () => {
  it('reads records keyed by header with file line numbers', () => {
    const result = parseCsv('\uFEFFa,b\n1,2\n\n3,4\n');
    expect(result.ok && result.data.rows).toEqual([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
    expect(result.ok && result.data.lineNumbers).toEqual([2, 4]);
  });

  it('names the file line of a ragged row after a blank line and a multi-line quoted cell', () => {
    // The old reader said line 4 here (index + 2 after skipping blank lines).
    const result = parseCsv('a,b\n\n"x\ny",1\n\nragged\n', { file: 'f.csv' });
    expect(result.issues).toEqual([
      {
        code: 'csv.raggedRow',
        severity: 'error',
        file: 'f.csv',
        row: 6,
        params: { expected: 2, found: 1 },
      },
    ]);
  });

  it('reports an unclosed quote at the line where it opens, and a malformed quote with its column', () => {
    expect(parseCsv('a,b\n1,2\n\n3,"4\n5,6\n').issues).toEqual([
      { code: 'csv.unclosedQuote', severity: 'error', row: 4 },
    ]);
    expect(parseCsv('a,b\n1,"2"x\n3,4\n').issues).toEqual([
      {
        code: 'csv.malformed',
        severity: 'error',
        row: 2,
        column: 'b',
        params: { detail: 'text after a closing quote' },
      },
    ]);
  });

  it('reports empty files, header-only files, ragged rows, duplicate and empty headers', () => {
    expect(parseCsv('').issues.map((i) => i.code)).toEqual(['csv.empty']);
    expect(parseCsv('a,b\n').issues.map((i) => i.code)).toEqual(['csv.headerOnly']);
    expect(parseCsv('a,b\n1,2\n3\n').issues).toContainEqual(
      expect.objectContaining({ code: 'csv.raggedRow', row: 3, params: { expected: 2, found: 1 } }),
    );
    expect(parseCsv('a,a,\n1,2,3\n').issues.map((i) => i.code)).toEqual([
      'csv.duplicateHeader',
      'csv.emptyHeader',
    ]);
    expect(parseCsv('a,b\n"1,2\n').ok).toBe(false);
  });

  it('names missing required columns', () => {
    expect(parseCsv('a\n1\n', { file: 'x.csv', requiredColumns: ['b'] }).issues).toEqual([
      { code: 'csv.missingColumn', severity: 'error', row: 1, column: 'b', file: 'x.csv' },
    ]);
  });
});

describe('printed numbers', () => {
  it('keep their printed precision', () => {
    expect(parseMachineDecimal('126.57')).toEqual({
      value: 126.57,
      decimals: 2,
      significantFigures: 5,
    });
    expect(parseMachineDecimal('10')).toEqual({ value: 10, decimals: 0, significantFigures: 2 });
    expect(parseMachineDecimal('0.05')).toEqual({
      value: 0.05,
      decimals: 2,
      significantFigures: 1,
    });
    expect(parseMachineDecimal('1,5')).toBeNull();
    expect(decimalsForSignificantFigures(12.657, 2)).toBe(0);
    expect(decimalsForSignificantFigures(8.303, 3)).toBe(2);
  });
});

describe('PMI validation', () => {
  it('rejects gaps, duplicates and values outside 0–100 with their line and column', () => {
    const text = 'month,pmi,source\n2020-01,49.3,s\n2020-03,45.3,s\n2020-03,40,s\n2020-04,120,s\n';
    const result = buildPmiDataset(text, sourceMap);
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code, row, column }) => ({ code, row, column }))).toEqual(
      expect.arrayContaining([
        { code: 'key.duplicate', row: 4, column: 'month' },
        { code: 'value.outOfRange', row: 5, column: 'pmi' },
        { code: 'pmi.gap', row: 3, column: 'month' },
      ]),
    );
  });

  it('rejects an unknown source', () => {
    const result = buildPmiDataset('month,pmi,source\n2020-01,49.3,nope\n', sourceMap);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'key.unknownSource', row: 2 }),
    );
  });
});
