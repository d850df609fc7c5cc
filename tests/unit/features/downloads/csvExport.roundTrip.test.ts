/**
 * A chart's CSV download, imported back through the app's own import
 * (detection of delimiter, BOM and number format included), gives the numbers
 * the chart plots, in both flavours and both languages.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../src/domain/bundle.ts';
import type { ChartModel } from '../../../../src/domain/chartModel.ts';
import { parseImport } from '../../../../src/domain/import/index.ts';
import { tableToCsv } from '../../../../src/features/downloads/csvExport.ts';
import type { CsvFlavour } from '../../../../src/features/downloads/csvExport.ts';
import { selectExportsTrendModel } from '../../../../src/features/exports-trend/exportsTrend.selectors.ts';
import { selectPmiModel } from '../../../../src/features/pmi/pmi.selectors.ts';
import { selectSectorSharesModel } from '../../../../src/features/sector-shares/sectorShares.selectors.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import type { Locale } from '../../../../src/i18n/locales.ts';
import { readDataDir } from '../../../../build/bundledDataPlugin.ts';

const texts = readDataDir('data');
const exportsData = buildDataset('exports', texts);
const pmiData = buildDataset('pmi', texts);
if (!exportsData.ok || !pmiData.ok) throw new Error('bundled data invalid');

function models(locale: Locale): ChartModel[] {
  const t = createTranslator(locale);
  return [
    selectSectorSharesModel(exportsData.data!, { period: '2019', sector: null }, t, locale)!,
    selectExportsTrendModel(exportsData.data!, { period: '2019' }, t, locale)!,
    selectPmiModel(pmiData.data!, { from: '2018-01', to: '2021-12' }, t, locale)!,
  ];
}

describe('CSV download → import round trip', () => {
  for (const locale of ['en', 'id'] as const) {
    for (const flavour of ['machine', 'spreadsheet'] as const satisfies readonly CsvFlavour[]) {
      it(`${flavour} CSV in ${locale} reads back to the plotted numbers`, () => {
        for (const model of models(locale)) {
          const csv = tableToCsv(model.table, flavour, locale);
          const result = parseImport(new TextEncoder().encode(csv));
          expect(result.ok, `${model.id}: ${JSON.stringify(result.issues)}`).toBe(true);
          const table = result.data!;
          expect(table.report.rowsImported).toBe(model.table.rows.length);
          model.table.columns.forEach((column, index) => {
            if (column.kind !== 'number') return;
            const read = table.rows.map((row) => row.values[index] ?? null);
            // The CSV carries each figure as printed (derived values at the precision their inputs have).
            const plotted = model.table.rows.map((row, rowIndex) => {
              const value = row[index] ?? null;
              const decimals = model.table.decimalsByRow?.[rowIndex]?.[index] ?? column.decimals;
              return typeof value === 'number' && decimals !== undefined
                ? Number(value.toFixed(decimals))
                : value;
            });
            expect(read, `${model.id} ${column.id}`).toEqual(plotted);
          });
        }
      });
    }
  }
});
