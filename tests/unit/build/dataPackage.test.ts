// @vitest-environment node
// (frictionlessdata's datapackage reads local files only outside a browser.)
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Package } from 'datapackage';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  dataPackageDescriptor,
  dataPackageFiles,
  publishedChartViews,
} from '../../../build/dataPackage.ts';
import { DATA_FILES } from '../../../src/domain/bundle.ts';
import type { DataFileKey } from '../../../src/domain/bundle.ts';
import type { ChartModel } from '../../../src/domain/chartModel.ts';
import { chartModelsFor } from '../../../src/features/charts/chartModels.ts';
import { plainDecimal } from '../../../src/features/downloads/csvExport.ts';
import { selectPmiYears } from '../../../src/features/pmi/pmi.selectors.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';
import type { ViewState } from '../../../src/state/viewState.ts';
import { bundledDatasets } from '../../helpers/bundledDatasets.ts';

const { texts, datasets } = bundledDatasets();
const OPTIONS = { version: '9.9.9', created: '2026-03-05T00:00:00.000Z' };
const files = dataPackageFiles(texts, datasets, OPTIONS);
const descriptor = dataPackageDescriptor(texts, datasets, OPTIONS);

function writePackage(fileMap: ReadonlyMap<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'idn-mfg-package-'));
  for (const [path, text] of fileMap) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return join(root, 'data', 'datapackage.json');
}

/** Loads the package with frictionlessdata's validator and reads every table, foreign keys checked. */
async function validate(path: string): Promise<string[]> {
  const dataPackage = await Package.load(path, { strict: false });
  const problems = dataPackage.errors.map(String);
  for (const resource of dataPackage.resources) {
    try {
      await resource.read({ relations: true, keyed: true });
    } catch (error) {
      const inner = (error as { errors?: unknown[] }).errors ?? [];
      problems.push(`${resource.name}: ${String(error)} ${inner.map(String).join('; ')}`);
    }
  }
  return problems;
}

const headerOf = (text: string) => text.split(/\r?\n/, 1)[0]!.split(',');

describe('the data package descriptor', () => {
  it('describes every CSV file in data/, each field of each in order', () => {
    const csvFiles = readdirSync('data').filter((file) => file.endsWith('.csv'));
    expect(descriptor.resources.map((resource) => resource.path).sort()).toEqual(csvFiles.sort());
    for (const [key, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
      const resource = descriptor.resources.find((entry) => entry.path === file)!;
      expect(
        resource.schema.fields.map((field) => field.name),
        file,
      ).toEqual(headerOf(texts[key]));
      // Byte count and checksum of the file as published.
      expect(resource.bytes).toBe(Buffer.byteLength(texts[key]));
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(texts[key]).digest('hex')}`);
    }
  });

  it('points every source column at sources.csv, and carries the PMI’s notice', () => {
    const withSource = descriptor.resources.filter((entry) =>
      entry.schema.fields.some((field) => field.name === 'source'),
    );
    expect(withSource.length).toBeGreaterThan(8);
    for (const resource of withSource.filter((entry) => entry.name !== 'sources')) {
      expect(resource.schema.foreignKeys).toContainEqual({
        fields: 'source',
        reference: { resource: 'sources', fields: 'id' },
      });
    }
    const pmi = descriptor.resources.find((entry) => entry.name === 'pmi')!;
    expect(pmi.licenses?.[0]?.name).toBe('other-closed');
    expect(pmi.licenses?.[0]?.title).toContain('S&P Global Indonesia Manufacturing PMI');
    expect(pmi.description).toContain('Proprietary data of S&P Global');
    // The data's own version and update date (data/versions.csv), the app's version beside them.
    const [version, date] = texts.versions.trim().split(/\r?\n/).at(-1)!.split(',');
    expect(descriptor.version).toBe(version);
    expect(descriptor).toMatchObject({
      updated: date,
      update_period_days: 31,
      app_version: '9.9.9',
    });
    expect(descriptor.created).toBe(OPTIONS.created);
  });
});

describe('validation with frictionlessdata’s datapackage (npm)', () => {
  it('finds the published package valid: descriptor, types, constraints, keys', async () => {
    expect(await validate(writePackage(files))).toEqual([]);
  });

  it('refuses a row with an unknown source or a share above 100 %', async () => {
    const broken = new Map(files);
    broken.set('data/pmi.csv', texts.pmi.replace(',spglobal-pmi,', ',no-such-source,'));
    broken.set(
      'data/sector-exports.csv',
      texts.sectorExports.replace('2019,food,21.46,', '2019,food,121.46,'),
    );
    const problems = await validate(writePackage(broken));
    expect(problems.join('\n')).toMatch(/pmi: .*Foreign key "source" violation/);
    expect(problems.join('\n')).toMatch(/sector-exports: .*"maximum" constraint.*share_pct/);
  });
});

/** The rows of a published CSV, as text cells, without the period column a one-period chart's has. */
function publishedRows(path: string, period?: string): string[][] {
  const text = files.get(path);
  if (text === undefined) throw new Error(`${path} is not published`);
  const [header = [], ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  if (header[0] !== 'period') return rows;
  // The file says which period it is, on every row.
  expect(rows.every((row) => row[0] === period)).toBe(true);
  return rows.map((row) => row.slice(1));
}

/** The cells a chart's table shows, written as the machine CSV writes them. */
function shownRows(model: ChartModel): string[][] {
  const { table } = model;
  return table.rows.map((row, rowIndex) =>
    row.map((cell, columnIndex) =>
      typeof cell === 'number'
        ? plainDecimal(
            cell,
            table.decimalsByRow?.[rowIndex]?.[columnIndex] ?? table.columns[columnIndex]?.decimals,
          )
        : (cell ?? ''),
    ),
  );
}

describe('every figure the dashboard shows is in the package', () => {
  const years = selectPmiYears(datasets.pmi);
  const views: [string, ViewState][] = [
    ['default', DEFAULT_VIEW_STATE],
    ...datasets.exports.periods.map((period): [string, ViewState] => [
      `period ${period.id}`,
      { ...DEFAULT_VIEW_STATE, period: period.id },
    ]),
    ...years.map((year): [string, ViewState] => [
      `PMI ${year}`,
      { ...DEFAULT_VIEW_STATE, pmiRange: { from: `${year}-01`, to: `${year}-12` } },
    ]),
  ];
  it.each(LOCALES.flatMap((locale) => views.map(([name, view]) => [locale, name, view] as const)))(
    '%s, %s',
    (locale, _name, view) => {
      const models = chartModelsFor(datasets, { ...view, locale });
      const sectorFile = publishedChartViews(datasets).find(
        (entry) => entry.chart === 'sector-shares' && entry.view.period === view.period,
      )!.name;
      const fileOf = { 'sector-shares': sectorFile, 'exports-trend': 'exports-trend', pmi: 'pmi' };
      for (const model of Object.values(models)) {
        expect(model).not.toBeNull();
        const rows = publishedRows(`data/charts/${locale}/${fileOf[model!.id]}.csv`, view.period);
        // Each row the chart shows is a row of its published CSV (which adds the source column).
        for (const row of shownRows(model!)) {
          expect(
            rows.some((published) => row.every((cell, index) => published[index] === cell)),
            `${model!.id}: ${row.join(', ')}`,
          ).toBe(true);
        }
      }
    },
  );

  it('publishes the figures the sources state in the tables themselves', () => {
    const pmi = Papa.parse<Record<string, string>>(files.get('data/pmi.csv')!, {
      header: true,
      skipEmptyLines: true,
    }).data;
    const model = chartModelsFor(datasets, { ...DEFAULT_VIEW_STATE, locale: 'en' }).pmi!;
    expect(shownRows(model).map((row) => [row[0], row[1]])).toEqual(
      pmi.map((row) => [row.month, row.pmi]),
    );
  });
});
