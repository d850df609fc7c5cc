/** The one table reader of the bundled files: a description in, checked rows and located issues out. */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';
import { readIndicators } from '../../../src/domain/indicators.ts';
import { readTable } from '../../../src/domain/readTable.ts';
import type { Issue } from '../../../src/domain/result.ts';
import { parseSources } from '../../../src/domain/sources.ts';
import type { TableSpec } from '../../../src/domain/tables.ts';

const texts = readDataDir('data');

const SCHEMA = {
  file: 'f.csv',
  columns: {
    month: { type: 'yearmonth', required: true, description: '' },
    value: { type: 'number', required: true, minimum: 0, maximum: 100, description: '' },
    unit: { type: 'string', required: true, enum: ['percent', 'count'], description: '' },
    source: {
      type: 'string',
      required: true,
      references: { table: 'sources', key: 'id' },
      description: '',
    },
    note: { type: 'string', optionalColumn: true, description: '' },
  },
  primaryKey: ['month'],
} as const satisfies Omit<TableSpec, 'title' | 'description'>;

describe('readTable', () => {
  it('reads typed cells with their file line, after blank lines and multi-line cells', () => {
    const result = readTable(
      'month,value,unit,source,note\n\n2020-01,1.5,percent,s,"two\nlines"\n2020-02,2,count,s,\n',
      SCHEMA,
      { keys: { sources: new Set(['s']) } },
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
      { keys: { sources: new Set(['s']) } },
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

  it('refuses a release interval that runs backwards, the one rule a Table Schema pattern cannot state', () => {
    const read = readTable('id,vintage\na,2019-06/2020\nb,2020/2019-06\n', {
      file: 'v.csv',
      columns: {
        id: { type: 'string', required: true, description: '' },
        vintage: { type: 'vintage', required: true, description: '' },
      },
      primaryKey: ['id'],
    });
    expect(read.ok && read.data.map((row) => row.vintage)).toEqual(['2019-06/2020', null]);
    expect(read.issues).toEqual([
      {
        code: 'value.invalidDate',
        severity: 'error',
        file: 'v.csv',
        row: 3,
        column: 'vintage',
        params: { value: '2020/2019-06' },
      },
    ]);
  });
});

describe('indicators.csv', () => {
  const sources = parseSources(texts.sources);
  const read = (text: string) => {
    const issues: Issue[] = [];
    const indicators = readIndicators(text, sources.ok ? sources.data : new Map(), issues);
    return { indicators, issues: issues.map(({ code, row, column }) => ({ code, row, column })) };
  };

  it('reads through the one reader: the file’s own rules, with line and column', () => {
    const { indicators, issues } = read(
      'indicator,period,value,unit,source\n' +
        'manufacturing-share-of-gdp,2019,17.58,percent,bps-gdp-2019\n' +
        'no-such-indicator,2019,1,percent,bps-gdp-2019\n' +
        'manufacturing-share-of-gdp,2019-13,1,percent,bps-gdp-2019\n' +
        'manufacturing-share-of-gdp,2018,1,percent,no-such-source\n' +
        'manufacturing-share-of-gdp,2019,18,percent,bps-gdp-2019\n',
    );
    expect(
      indicators?.map((indicator) => [indicator.id, indicator.period, indicator.line]),
    ).toEqual([['manufacturing-share-of-gdp', '2019', 2]]);
    expect(issues).toEqual([
      { code: 'value.unknownId', row: 3, column: 'indicator' },
      { code: 'value.invalidMonth', row: 4, column: 'period' },
      { code: 'key.unknownSource', row: 5, column: 'source' },
      { code: 'key.duplicate', row: 6, column: 'indicator' },
    ]);
  });

  it('holds each indicator to its own unit and the unit’s range', () => {
    const { indicators, issues } = read(
      'indicator,period,value,unit,source\n' +
        'manufacturing-share-of-gdp,2019,17.58,percent-change,bps-gdp-2019\n' +
        'manufacturing-share-of-gdp,2018,101,percent,bps-gdp-2019\n' +
        'manufacturing-exports-growth,2020,-100.5,percent-change,kemenperin-2020\n' +
        'manufacturing-exports-growth,2021,150,percent-change,kemenperin-2020\n',
    );
    expect(indicators?.map((indicator) => indicator.line)).toEqual([5]);
    // The file's own floor (−100, the loosest unit's) is the reader's; the rest is the indicator's.
    expect(issues).toEqual([
      { code: 'value.outOfRange', row: 4, column: 'value' },
      { code: 'value.unknownId', row: 2, column: 'unit' },
      { code: 'value.outOfRange', row: 3, column: 'value' },
    ]);
  });
});
