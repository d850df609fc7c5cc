// @vitest-environment node
// (frictionlessdata's datapackage loads descriptors outside a browser.)
/**
 * The reader and the published descriptor are made from one description
 * (src/domain/tables.ts); this holds them to it. Every cell of a grid of
 * probes is put, one at a time, into each column of each bundled file: the
 * reader must refuse exactly the cells that data/datapackage.json refuses,
 * as frictionlessdata's tableschema reads it, and name the file, line and
 * column when it does.
 */
import { Package } from 'datapackage';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dataPackageDescriptor } from '../../../build/dataPackage.ts';
import { DATA_FILES } from '../../../src/domain/bundle.ts';
import { readTable } from '../../../src/domain/readTable.ts';
import type { ColumnSpec, TableKey, TableSpec } from '../../../src/domain/tables.ts';
import { TABLES } from '../../../src/domain/tables.ts';
import { bundledDatasets } from '../../helpers/bundledDatasets.ts';

const { texts, datasets } = bundledDatasets();
const descriptor = dataPackageDescriptor(texts, datasets, {
  version: '0.0.0',
  created: '2026-01-01T00:00:00.000Z',
});
const dataPackage = await Package.load(descriptor, { strict: false });
const TABLE_KEYS = Object.keys(TABLES) as TableKey[];
/** A table's description, as the reader takes any of them. */
const tableOf = (key: TableKey): TableSpec => TABLES[key];

const keys = {
  sources: new Set(datasets.exports.sources.keys()),
  periods: new Set(datasets.exports.periods.map((period) => period.id)),
};

/**
 * Cells in each kind's plain spelling, around every range, word list and
 * pattern in data/ (number syntax beyond `.`-decimals, such as `1e3` or `+5`,
 * is the reader's own, and not probed).
 */
const PROBES = [
  '',
  'no-such-word',
  'x2019',
  '-1000',
  '-101',
  '-100',
  '-0.5',
  '0',
  '17.58',
  '50',
  '100',
  '100.01',
  '101',
  '1899',
  '1900',
  '2019',
  '2019.5',
  '2100',
  '2101',
  '2019-00',
  '2019-06',
  '2019-13',
  '2019-06-15',
  '2019-06-32',
  '2019-06/2020-01',
  '2019-06-15/2020',
  ...new Set(
    TABLE_KEYS.flatMap((key) =>
      Object.values(TABLES[key].columns as Record<string, ColumnSpec>).flatMap((column) =>
        column.type === 'string' && column.enum ? column.enum : [],
      ),
    ),
  ),
  ...keys.sources,
  ...keys.periods,
];

/** The bundled file with its first data row's cell in `column` replaced by `cell`. */
function withCell(key: TableKey, column: string, cell: string): string {
  const [header, first] = Papa.parse<string[]>(texts[key].trim()).data;
  const row = [...first!];
  row[header!.indexOf(column)] = cell;
  return Papa.unparse([header!, row]);
}

/** Whether the published descriptor takes `cell` in the field `column` of `key`'s resource. */
function descriptorTakes(key: TableKey, column: string, cell: string): boolean {
  const resource = descriptor.resources.find((entry) => entry.path === DATA_FILES[key])!;
  const field = resource.schema.fields.find((entry) => entry.name === column)!;
  try {
    dataPackage.resources
      .find((entry) => entry.name === resource.name)!
      .schema.getField(column)!
      .castValue(cell);
  } catch {
    return false;
  }
  // Table Schema patterns match the whole value (XML Schema regular expressions,
  // as Python frictionless reads them); tableschema-js matches anywhere.
  const pattern = field.constraints?.pattern;
  if (pattern !== undefined && cell !== '' && !new RegExp(`^(?:${pattern})$`).test(cell))
    return false;
  const foreignKey = resource.schema.foreignKeys?.find((entry) => entry.fields === column);
  if (foreignKey && cell !== '') {
    const referenced = foreignKey.reference.resource === 'sources' ? keys.sources : keys.periods;
    return referenced.has(cell);
  }
  return true;
}

describe('the reader and data/datapackage.json', () => {
  it('describe the same columns, keys and references for every file', () => {
    for (const key of TABLE_KEYS) {
      const resource = descriptor.resources.find((entry) => entry.path === DATA_FILES[key])!;
      const columns = TABLES[key].columns as Record<string, ColumnSpec>;
      expect(resource.schema.fields.map((field) => field.name)).toEqual(
        Object.keys(columns).filter((name) => resource.schema.fields.some((f) => f.name === name)),
      );
      expect([resource.schema.primaryKey].flat()).toEqual([...TABLES[key].primaryKey]);
      expect((resource.schema.foreignKeys ?? []).map((foreignKey) => foreignKey.fields)).toEqual(
        Object.entries(columns)
          .filter(([, column]) => column.type === 'string' && column.references)
          .map(([name]) => name),
      );
    }
  });

  it.each(
    TABLE_KEYS.flatMap((key) =>
      Object.keys(TABLES[key].columns)
        .filter((column) => headerOf(key).includes(column))
        .map((column) => [DATA_FILES[key], column, key] as const),
    ),
  )('%s, %s: refuse the same cells, the reader with file, line and column', (file, column, key) => {
    const disagreements: string[] = [];
    for (const cell of PROBES) {
      const read = readTable(withCell(key, column, cell), tableOf(key), { keys });
      // A repeated key is the table's rule, checked below, not the cell's.
      const refusals = read.issues.filter(
        (issue) => issue.row === 2 && issue.column === column && issue.code !== 'key.duplicate',
      );
      expect(read.ok).toBe(true);
      expect(
        read.issues.every((issue) => issue.file === file && issue.row === 2 && issue.column),
      ).toBe(true);
      const readerTakes = refusals.length === 0;
      if (readerTakes !== descriptorTakes(key, column, cell))
        disagreements.push(`${JSON.stringify(cell)}: reader ${readerTakes ? 'takes' : 'refuses'}`);
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses a repeated key at the repeating line, in the key’s first column', () => {
    for (const key of TABLE_KEYS) {
      const [header, ...lines] = texts[key].trim().split('\n');
      const text = [header, lines[0], ...lines, lines[0]].join('\n');
      const read = readTable(text, tableOf(key), { keys });
      const duplicates = read.issues.filter((issue) => issue.code === 'key.duplicate');
      expect(duplicates.map(({ file, row, column }) => ({ file, row, column }))).toEqual([
        { file: DATA_FILES[key], row: 3, column: TABLES[key].primaryKey[0] },
        { file: DATA_FILES[key], row: lines.length + 3, column: TABLES[key].primaryKey[0] },
      ]);
    }
  });

  it('refuses a file without a column the descriptor requires, and takes one without an optional column', () => {
    for (const key of TABLE_KEYS) {
      for (const [name, column] of Object.entries(
        TABLES[key].columns as Record<string, ColumnSpec>,
      )) {
        const [header, ...rows] = Papa.parse<string[]>(texts[key].trim()).data;
        const index = header!.indexOf(name);
        const without = Papa.unparse(
          [header!, ...rows].map((row) => row.filter((_, cell) => cell !== index)),
        );
        const read = readTable(without, tableOf(key), { keys });
        expect(
          read.issues.some((issue) => issue.code === 'csv.missingColumn' && issue.column === name),
          `${key}.${name}`,
        ).toBe(!column.optionalColumn);
      }
    }
  });
});

function headerOf(key: TableKey): string[] {
  return texts[key].split(/\r?\n/, 1)[0]!.split(',');
}
