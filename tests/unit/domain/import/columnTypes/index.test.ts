import { describe, expect, it } from 'vitest';
import type { CellReport } from '../../../../../src/domain/import/columnTypes/index.ts';
import {
  COLUMN_TYPES,
  DETECTION_ORDER,
  MixedFormats,
} from '../../../../../src/domain/import/columnTypes/index.ts';
import type { ImportIssue } from '../../../../../src/domain/import/issues.ts';
import type { ColumnKind, ImportedColumn } from '../../../../../src/domain/import/types.ts';

function column(
  kind: ColumnKind,
  numberFormat: ImportedColumn['numberFormat'] = null,
): ImportedColumn {
  return {
    name: 'Nilai',
    sourceIndex: 0,
    kind,
    numberFormat,
    parsedCount: 0,
    failedCount: 0,
    emptyCount: 0,
  };
}

function collecting(): CellReport & { issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  return { issues, add: (issue) => issues.push(issue), mixed: new MixedFormats() };
}

/** The kind the first accepting type gives the cells, as analyzeLayout asks. */
function detect(cells: string[], name = 'Nilai', preference: 'point' | 'comma' = 'comma') {
  for (const type of DETECTION_ORDER) {
    const detected = type.detect(cells, { name, preference });
    if (detected) return { kind: type.kind, numberFormat: detected.numberFormat };
  }
  return null;
}

describe('column types', () => {
  it('detects periods, then numbers (in the format that parses most), then text', () => {
    expect(detect(['2024-01', '2024-02', 'Mei 2024'], 'Bulan')).toEqual({
      kind: 'period',
      numberFormat: null,
    });
    expect(detect(['1.234,5', '21,46', '7'])).toEqual({
      kind: 'number',
      numberFormat: { id: 'dot-grouped', percent: false },
    });
    expect(detect(['Makanan', 'Tekstil', '12'], 'Sektor')).toEqual({
      kind: 'text',
      numberFormat: null,
    });
  });

  it('reads number cells in the column format, counting empty, failed and mixed cells', () => {
    const report = collecting();
    const numbers = column('number', { id: 'dot-grouped', percent: false });
    const read = COLUMN_TYPES.number.reader(numbers, 2, report);
    expect(read('1.234,5', 4)).toBe(1234.5);
    expect(read('-', 5)).toBeNull();
    expect(read('1,234.5', 6)).toBeNull();
    expect(read('abc', 7)).toBeNull();
    expect(numbers).toMatchObject({ parsedCount: 1, emptyCount: 1, failedCount: 2 });
    expect(report.mixed.byColumn.get(2)).toEqual({
      rows: [6],
      count: 1,
      otherFormat: 'comma-grouped',
    });
    expect(report.issues.map((issue) => [issue.code, issue.row])).toEqual([['value.notNumber', 7]]);
  });

  it('reads periods as plain strings and reports what is not one', () => {
    const report = collecting();
    const periods = column('period');
    const read = COLUMN_TYPES.period.reader(periods, 0, report);
    expect([read('2024-01', 2), read('Januari 2024', 3), read('...', 4), read('abc', 5)]).toEqual([
      '2024-01',
      '2024-01',
      null,
      null,
    ]);
    expect(periods).toMatchObject({ parsedCount: 2, emptyCount: 1, failedCount: 1 });
    expect(report.issues.map((issue) => issue.code)).toEqual(['import.invalidPeriod']);
  });

  it('keeps text, cutting a long cell with a warning', () => {
    const report = collecting();
    const labels = column('text');
    const read = COLUMN_TYPES.text.reader(labels, 0, report);
    expect(read('Makanan', 2)).toBe('Makanan');
    expect(read('', 3)).toBeNull();
    expect(String(read('x'.repeat(500), 4)).length).toBe(201);
    expect(labels).toMatchObject({ parsedCount: 2, emptyCount: 1 });
    expect(report.issues.map((issue) => issue.code)).toEqual(['import.longText']);
  });

  it('formats each value as plain text for machines', () => {
    expect(COLUMN_TYPES.number.format(1234.5)).toBe('1234.5');
    expect(COLUMN_TYPES.number.format(null)).toBe('');
    expect(COLUMN_TYPES.period.format('2024-Q1')).toBe('2024-Q1');
    expect(COLUMN_TYPES.text.format('Makanan')).toBe('Makanan');
  });
});
