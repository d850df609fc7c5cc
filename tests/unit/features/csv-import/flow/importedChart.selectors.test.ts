import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createImportAggregator } from '../../../../../src/domain/import/index.ts';
import type { AggregatorOptions } from '../../../../../src/domain/import/index.ts';
import { createTranslator } from '../../../../../src/i18n/index.ts';
import type { ImportedDataset } from '../../../../../src/features/csv-import/storage/importedDataset.ts';
import {
  datasetFromImport,
  isImportedDataset,
  localDate,
} from '../../../../../src/features/csv-import/storage/importedDataset.ts';
import {
  datasetPeriods,
  MAX_BARS,
  selectImportedChartModel,
  selectShareCheck,
  summedIntoOne,
} from '../../../../../src/features/csv-import/flow/importedChart.selectors.ts';
import {
  needsFormulaGuard,
  SPREADSHEET_FORMATS,
  tableToSpreadsheetCsv,
  tableToTsv,
  withSourceColumn,
} from '../../../../../src/features/downloads/csvExport.ts';
import { fixtureBytes } from '../../../import/helpers.ts';

const en = createTranslator('en');
const id = createTranslator('id');

function datasetOf(
  input: Uint8Array | string,
  options: AggregatorOptions = {},
  shares?: boolean,
): ImportedDataset {
  const aggregator = createImportAggregator({ file: 'data.csv', ...options });
  if (typeof input === 'string') aggregator.push(input);
  else aggregator.pushBytes(input);
  const result = aggregator.finish();
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return datasetFromImport(result.data, {
    id: 'test',
    name: 'My data',
    fileName: 'data.csv',
    importedOn: '2024-03-05',
    shares: shares ?? result.data.mapping.valueIsPercent,
  });
}

describe('the imported chart model', () => {
  it('charts a slightly messy year,value file by year, skipping the bad rows with a report', () => {
    // One row of words, one with an extra column (issue 21, part 5).
    const text = 'year,value\n2019,120.50\n2020,121.30\nabc,xyz\n2021,123.46,9\n2022,125.00\n';
    const aggregator = createImportAggregator({ file: 'messy.csv' });
    aggregator.push(text);
    const result = aggregator.finish();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.mapping).toMatchObject({ label: null, value: 'value', period: 'year' });
    // Every bad row is reported with its line and column.
    expect(result.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'import.invalidPeriod', row: 4, column: 'year' }),
        expect.objectContaining({ code: 'value.notNumber', row: 4, column: 'value' }),
        expect.objectContaining({ code: 'csv.raggedRow', row: 5 }),
      ]),
    );
    const dataset = datasetOf(text, {}, false);
    expect(summedIntoOne(dataset)).toBe(false);
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(model.bars.map((bar) => bar.label)).not.toContain('(no label)');
    expect(model.bars.map((bar) => [bar.label, bar.valueLabel])).toEqual(
      expect.arrayContaining([
        ['2019', '120.50'],
        ['2020', '121.30'],
        ['2022', '125.00'],
      ]),
    );
  });

  it('never sums every row into one unnamed bar: without labels or periods it asks for one', () => {
    const dataset = datasetOf('value\n120.5\n121.3\n125\n', {}, false);
    expect(dataset.mapping).toEqual({ label: null, value: 'value', period: null });
    expect(summedIntoOne(dataset)).toBe(true);
    // One row is one bar: nothing is summed.
    expect(summedIntoOne(datasetOf('value\n120.5\n', {}, false))).toBe(false);
  });

  it('shows each value with the decimals it was written with (321 stays 321 beside 12.50)', () => {
    const dataset = datasetOf('province;value\nBanten;321\nJawa Barat;12,50\nBali;7,5\nBanten;4\n');
    const model = selectImportedChartModel(dataset, { period: null }, id, 'id')!;
    // Banten sums two whole numbers: 325, not 325,00; the others keep their own decimals.
    expect(model.bars.map((bar) => bar.valueLabel)).toEqual(['325', '12,50', '7,5']);
    expect(model.bars[0]!.description).toContain('325');
    expect(model.bars[0]!.description).not.toContain('325,00');
    const csv = tableToSpreadsheetCsv(model.table, 'en');
    expect(csv).toContain('Banten,325\r\n');
    expect(csv).toContain('Jawa Barat,12.50\r\n');
    // A dataset kept before groups had their own decimals shows the file's most, as it did.
    const kept = { ...dataset, groups: dataset.groups.map(({ decimals: _d, ...group }) => group) };
    expect(isImportedDataset(kept)).toBe(true);
    const keptModel = selectImportedChartModel(kept, { period: null }, id, 'id')!;
    expect(keptModel.bars[0]!.valueLabel).toBe('325,00');
  });

  it('charts a BPS-style file (semicolons, decimal commas) as sorted share bars', () => {
    const dataset = datasetOf(fixtureBytes('bps-semicolon.csv'));
    expect(dataset.shares).toBe(true);
    expect(dataset.decimals).toBe(2);
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(model.id).toBe('sector-shares');
    const named = model.bars.filter((bar) => !bar.isRemainder);
    expect(named.map((bar) => [bar.label, bar.value])).toEqual([
      ['Industri makanan', 21.46],
      ['Industri logam dasar', 13.72],
      ['Industri bahan kimia', 10],
      ['Industri pakaian jadi', 6.56],
      ['Industri kertas', 5.74],
    ]);
    expect(named[0]?.valueLabel).toBe('21.46%');
    expect(named[0]?.highlight).toBe(true);
    // 57.48 % named: the rest is drawn as a remainder bar, as the dashboard does.
    const rest = model.bars.at(-1)!;
    expect(rest.isRemainder).toBe(true);
    expect(rest.value).toBeCloseTo(42.52, 6);
    expect(model.text.title).toBe('Industri makanan makes up 21.46% of the total');
    expect(model.text.source).toBe('Source: your file “data.csv”');
    expect(model.text.vintage).toBe('Imported 5 March 2024');
    expect(model.table.rows[0]).toEqual(['Industri makanan', 21.46]);
    expect(model.table.rows).toHaveLength(model.bars.length);
  });

  it('formats values for the reader: decimal comma in Bahasa Indonesia', () => {
    const dataset = datasetOf(fixtureBytes('bps-semicolon.csv'));
    const model = selectImportedChartModel(dataset, { period: null }, id, 'id')!;
    expect(model.bars[0]?.valueLabel).toBe('21,46%');
    expect(model.text.title).toBe('Industri makanan mencakup 21,46% dari total');
  });

  it('leaves a "Jumlah" total row out and shows the remainder', () => {
    const dataset = datasetOf(fixtureBytes('remainder-shares.csv'));
    const check = selectShareCheck(dataset, { period: null });
    expect(check?.ok && check.data.totalRow?.label).toBe('Jumlah');
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(model.bars.map((bar) => bar.label)).toEqual([
      'Makanan',
      'Logam dasar',
      'Kimia',
      'Rest (to 100%)',
    ]);
    expect(model.bars.at(-1)?.value).toBeCloseTo(54.82, 6);
    expect(model.text.notes.join(' ')).toContain('“Jumlah” is a total');
  });

  it('sums rows with the same label, and keeps plain values unitless', () => {
    const dataset = datasetOf('Product,Value\nA,1.5\nB,4\nA,2.25\n', {}, false);
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(model.bars.map((bar) => [bar.label, bar.value, bar.valueLabel])).toEqual([
      ['B', 4, '4'],
      ['A', 3.75, '3.75'],
    ]);
    expect(model.bars.some((bar) => bar.isRemainder)).toBe(false);
    expect(model.text.notes.join(' ')).toContain('added up (3 rows in all)');
    expect(model.text.title).toBe('B is the largest, with 4');
  });

  it('charts one period at a time when the data has labels and periods (latest first)', () => {
    const csv = 'Sector,Year,Value\nFood,2019,27.16\nPaper,2019,7.26\nFood,2020,30\nPaper,2020,8\n';
    const dataset = datasetOf(csv, {}, false);
    expect(dataset.mapping).toEqual({ label: 'Sector', value: 'Value', period: 'Year' });
    expect(datasetPeriods(dataset)).toEqual(['2019', '2020']);
    const latest = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(latest.bars.map((bar) => bar.value)).toEqual([30, 8]);
    expect(latest.text.subtitle).toBe('Value by Sector, 2020');
    const earlier = selectImportedChartModel(dataset, { period: '2019' }, en, 'en')!;
    expect(earlier.bars.map((bar) => bar.value)).toEqual([27.16, 7.26]);
    // An unknown period falls back to the latest.
    expect(selectImportedChartModel(dataset, { period: '1999' }, en, 'en')!.bars[0]?.value).toBe(
      30,
    );
  });

  it('charts one bar per period, in time order, when there are no labels', () => {
    const dataset = datasetOf(fixtureBytes('thousands-dot.csv'), {}, false);
    expect(dataset.mapping.label).toBeNull();
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(model.bars.map((bar) => [bar.label, bar.value])).toEqual([
      ['2017', 1234.5],
      ['2018', 12345.75],
      ['2019', 126570],
      ['2020', 999.9],
    ]);
  });

  it(`draws at most ${MAX_BARS} bars and adds up the rest in one "other" bar`, () => {
    const rows = Array.from({ length: 20 }, (_, index) => `L${index},${index + 1}`).join('\n');
    const dataset = datasetOf(`Label,Value\n${rows}\n`, {}, false);
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    expect(model.bars).toHaveLength(MAX_BARS + 1);
    const other = model.bars.at(-1)!;
    expect(other.label).toBe('5 other labels');
    expect(other.value).toBe(1 + 2 + 3 + 4 + 5);
    expect(model.bars[0]?.value).toBe(20);
  });

  it('gives null when nothing can be drawn', () => {
    const dataset = { ...datasetOf(fixtureBytes('bps-semicolon.csv')), groups: [] };
    expect(selectImportedChartModel(dataset, { period: null }, en, 'en')).toBeNull();
  });
});

describe('the kept dataset', () => {
  it('keeps sums and a summary, not the file, and passes its own shape check', () => {
    const dataset = datasetOf(fixtureBytes('windows-1252.csv'), {}, false);
    expect(isImportedDataset(dataset)).toBe(true);
    expect(dataset.summary).toMatchObject({
      delimiter: ';',
      encoding: 'windows-1252',
      numberFormat: 'dot-grouped',
      rowsImported: 3,
    });
    expect(dataset.groups.map((group) => group.label)).toEqual([
      'Café & kopi',
      'Müller – logam',
      'Kimia',
    ]);
    expect(JSON.stringify(dataset)).not.toContain('1.234,5');
  });

  it('refuses stored values of the wrong shape', () => {
    const dataset = datasetOf(fixtureBytes('bps-semicolon.csv'));
    expect(isImportedDataset({ ...dataset, version: 3 })).toBe(false);
    expect(isImportedDataset({ ...dataset, version: 1 })).toBe(false);
    expect(isImportedDataset({ ...dataset, groups: [{ label: 'x', value: 'NaN' }] })).toBe(false);
    expect(isImportedDataset({ ...dataset, importedOn: 'yesterday' })).toBe(false);
    expect(isImportedDataset(null)).toBe(false);
  });

  it('dates an import by the local calendar day', () => {
    expect(localDate(new Date(2024, 0, 31, 23, 59))).toBe('2024-01-31');
  });
});

describe('downloads of an imported dataset', () => {
  it('defuse formulas in every cell a spreadsheet reads: headers, labels and the source column', () => {
    const file = [
      `"@SUM(1+9)*cmd|' /C calc'!A0","-2+3+cmd|' /C calc'!A0 Share %"`,
      `=HYPERLINK("http://x"),60`,
      `Food,40`,
    ].join('\n');
    const dataset = datasetOf(file);
    const model = selectImportedChartModel(dataset, { period: null }, en, 'en')!;
    const table = withSourceColumn(model.table, { label: '+Source', text: '-cmd.csv (today)' });
    const dangerous = /^[=+\-@\t\r]/;
    for (const locale of ['en', 'id'] as const) {
      const { delimiter } = SPREADSHEET_FORMATS[locale];
      const csv = tableToSpreadsheetCsv(table, locale).replace(/^\uFEFF/, '');
      const tsv = tableToTsv(table, locale);
      for (const [text, separator] of [
        [csv, delimiter],
        [tsv, '\t'],
      ] as const) {
        const cells = Papa.parse<string[]>(text, { delimiter: separator }).data.flat();
        expect(cells).toContain(`'@SUM(1+9)*cmd|' /C calc'!A0`);
        expect(cells.some((cell) => cell.startsWith(`'-2+3+cmd`))).toBe(true);
        expect(cells).toContain(`'=HYPERLINK("http://x")`);
        expect(cells).toContain(`'+Source`);
        expect(cells).toContain(`'-cmd.csv (today)`);
        expect(cells.filter((cell) => dangerous.test(cell))).toEqual([]);
      }
    }
    // Full-width and space-led forms too.
    expect(needsFormulaGuard('\uFF1DSUM(A1)')).toBe(true);
    expect(needsFormulaGuard('  =1+1')).toBe(true);
    expect(needsFormulaGuard('Food - drinks')).toBe(false);
    expect(needsFormulaGuard('2020-01')).toBe(false);
  });
});
