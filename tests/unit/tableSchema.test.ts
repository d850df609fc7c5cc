/** The one table reader of the bundled files: a schema in, checked rows and located issues out. */
import { describe, expect, it } from 'vitest';
import { readTable } from '../../src/domain/tableSchema.ts';

const SCHEMA = {
  file: 'f.csv',
  columns: {
    month: { type: 'month', required: true },
    value: { type: 'number', required: true, min: 0, max: 100 },
    unit: { type: 'oneOf', values: ['percent', 'count'] },
    source: { type: 'source' },
    note: { type: 'text', optional: true },
  },
  key: ['month'],
} as const;

describe('readTable', () => {
  it('reads typed cells with their file line, after blank lines and multi-line cells', () => {
    const result = readTable(
      'month,value,unit,source,note\n\n2020-01,1.5,percent,s,"two\nlines"\n2020-02,2,count,s,\n',
      SCHEMA,
      { sourceIds: new Set(['s']) },
    );
    expect(result.ok && result.data.map((row) => [row.line, row.month, row.value?.value])).toEqual([
      [3, '2020-01', 1.5],
      [5, '2020-02', 2],
    ]);
    expect(result.issues).toEqual([]);
  });

  it('names the line and column of every broken rule: range, word list, source, key, required column', () => {
    const result = readTable(
      'month,value,unit,source\n2020-01,101,percent,s\n2020-02,5,litres,nope\n2020-01,5,count,s\n',
      SCHEMA,
      { sourceIds: new Set(['s']) },
    );
    expect(result.issues.map(({ code, row, column }) => ({ code, row, column }))).toEqual([
      { code: 'value.outOfRange', row: 2, column: 'value' },
      { code: 'value.unknownId', row: 3, column: 'unit' },
      { code: 'key.unknownSource', row: 3, column: 'source' },
      { code: 'key.duplicate', row: 4, column: 'month' },
    ]);
    expect(readTable('month,value\n2020-01,1\n', SCHEMA).issues).toEqual([
      { code: 'csv.missingColumn', severity: 'error', file: 'f.csv', row: 1, column: 'unit' },
      { code: 'csv.missingColumn', severity: 'error', file: 'f.csv', row: 1, column: 'source' },
    ]);
  });
});
