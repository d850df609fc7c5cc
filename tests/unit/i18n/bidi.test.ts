import { describe, expect, it } from 'vitest';
import { isolate, withoutIsolates } from '../../../src/i18n/bidi.ts';
import { createImportAggregator } from '../../../src/domain/import/index.ts';
import { datasetFromImport } from '../../../src/features/csv-import/storage/importedDataset.ts';
import { selectImportedChartModel } from '../../../src/features/csv-import/flow/importedChart.selectors.ts';
import { tableToSpreadsheetCsv } from '../../../src/features/downloads/csvExport.ts';
import { createTranslator } from '../../../src/i18n/index.ts';

const RLO = '\u202E';

describe('isolating user text', () => {
  it('wraps text with right-to-left letters or bidi controls in FSI…PDI, and leaves other text alone', () => {
    expect(isolate(`${RLO}gpj.csv`)).toBe(`\u2068${RLO}gpj.csv\u2069`);
    expect(isolate('مصنع')).toBe('\u2068مصنع\u2069');
    expect(isolate('Industri makanan')).toBe('Industri makanan');
    // A PDI inside cannot close the isolate early and let an override out.
    expect(isolate(`a\u2069${RLO}b`)).toBe(`\u2068a${RLO}b\u2069`);
    expect(withoutIsolates(isolate(`${RLO}x`))).toBe(`${RLO}x`);
  });

  it('is linear on a megabyte', () => {
    const start = performance.now();
    isolate(`${'a'.repeat(1_000_000)}${RLO}`);
    // A few ms when linear; a quadratic scan of a megabyte would not finish in minutes.
    expect(performance.now() - start).toBeLessThan(2000);
  });

  it('isolates labels, file and column names in the chart model, but not in the data downloaded', () => {
    const aggregator = createImportAggregator({ file: 'x.csv' });
    aggregator.push(`Sektor,${RLO}Nilai\n${RLO}Makanan,20\nLogam,10\n`);
    const result = aggregator.finish();
    if (!result.ok) throw new Error('import failed');
    const dataset = datasetFromImport(result.data, {
      id: 'a',
      name: `${RLO}name`,
      fileName: `laporan${RLO}gpj.csv`,
      importedOn: '2026-11-29',
      shares: false,
    });
    const model = selectImportedChartModel(
      dataset,
      { period: null },
      createTranslator('en'),
      'en',
    )!;
    expect(model.bars[0]?.label).toBe(`\u2068${RLO}Makanan\u2069`);
    expect(model.text.title).toBe(`\u2068${RLO}Makanan\u2069 is the largest, with 20`);
    expect(model.text.source).toBe(`Source: your file “\u2068laporan${RLO}gpj.csv\u2069”`);
    expect(model.text.subtitle).toBe(`\u2068${RLO}Nilai\u2069 by Sektor`);
    expect(model.table.rows[0]).toEqual([`${RLO}Makanan`, 20]);
    expect(tableToSpreadsheetCsv(model.table, 'en')).not.toMatch(/[\u2068\u2069]/);
  });
});
