/**
 * The published data package: data/ beside the app, at stable addresses.
 *
 *   data/datapackage.json             Frictionless Data Package v1 descriptor of every table
 *   data/<table>.csv                  the files of data/, byte for byte
 *   data/charts/<lang>/<chart>.csv    each chart's CSV, the same text as the app's "CSV for machines"
 *   data/charts/<lang>/<chart>.json   its metadata: title, subtitle, source, release date, notes, columns
 *   data/charts/<lang>/sector-shares-<period>.csv/.json   the sector chart for each period
 *
 * The descriptor is written from src/domain/tables.ts (publishedSchema), the
 * one description the reader checks data/ against; the chart files from the chart models and
 * csvExport.ts, as the Download dialog makes them.
 */
import { createHash } from 'node:crypto';
import type { DataFileKey, DatasetTypes } from '../src/domain/bundle.ts';
import { DATA_FILES } from '../src/domain/bundle.ts';
import type { ChartId, ChartModel, TableModel } from '../src/domain/chartModel.ts';
import { CHART_IDS } from '../src/domain/chartModel.ts';
import { parseCsv } from '../src/domain/csv.ts';
import type { TableKey } from '../src/domain/tables.ts';
import { TABLES, publishedSchema, resourceName } from '../src/domain/tables.ts';
import { chartModelsFor } from '../src/features/charts/chartModels.ts';
import { CHARTS } from '../src/features/charts/registry.ts';
import { chartDownloadTable, tableToMachineCsv } from '../src/features/downloads/csvExport.ts';
import { createTranslator } from '../src/i18n/index.ts';
import { encodeViewState } from '../src/state/urlState.ts';
import type { ViewState } from '../src/state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../src/state/viewState.ts';
import { LOCALES } from '../src/i18n/locales.ts';
import { currentVersion } from '../src/domain/changes.ts';

export const DATA_PACKAGE_DIR = 'data';

/** The PMI is released on the first working day of each month and BPS trade data mid-month. */
export const UPDATE_PERIOD_DAYS = 31;

export interface DataPackageOptions {
  /** The data's version (package.json `version`). */
  version: string;
  /** ISO 8601 date-time the package was made. */
  created: string;
  /** The app's public address, when the build knows it (VITE_PUBLIC_URL). */
  homepage?: string;
}

/** The PMI's terms, carried wherever it is published (data/README.md). */
export const PMI_NOTICE =
  'The PMI is proprietary data of S&P Global (formerly IHS Markit), shown as first released each month. Attribute it as “S&P Global Indonesia Manufacturing PMI” wherever it is shown or passed on; reuse beyond that is subject to S&P Global’s terms.';

const RIGHTS =
  'The figures are taken from the releases named in sources.csv and carry their sources’ terms; this package declares no licence of its own for them. ' +
  PMI_NOTICE;

function resourceOf(key: TableKey, text: string) {
  const table = TABLES[key];
  // The header as the one tokenizer reads it (the build has already refused a file it cannot read).
  const parsed = parseCsv(text, { file: table.file });
  const header = parsed.ok ? parsed.data.header : [];
  return {
    name: resourceName(key),
    path: table.file,
    profile: 'tabular-data-resource',
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(text, 'utf8'),
    hash: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`,
    dialect: { delimiter: ',', header: true, doubleQuote: true },
    schema: publishedSchema(key, header),
    ...(key === 'pmi'
      ? {
          licenses: [
            {
              name: 'other-closed',
              title: `Proprietary: S&P Global. ${PMI_NOTICE}`,
            },
          ],
        }
      : {}),
  };
}

/** The Data Package descriptor of data/ (Frictionless Data Package v1, tabular profile). */
export function dataPackageDescriptor(
  texts: Record<DataFileKey, string>,
  datasets: Pick<DatasetTypes, 'exports' | 'changes'>,
  options: DataPackageOptions,
) {
  const keys = Object.keys(DATA_FILES) as DataFileKey[];
  const dataVersion = currentVersion(datasets.changes.versions);
  return {
    profile: 'tabular-data-package',
    name: 'indonesia-manufacturing-exports',
    title: 'Indonesia’s manufacturing exports and the manufacturing PMI',
    description:
      'The data behind an open dashboard of Indonesia’s manufacturing exports by sector and year and the monthly manufacturing PMI. Numbers are written as printed by their source (the precision is part of the figure); an empty cell is a figure the source does not state. Every row names its source, with its release date, in sources.csv. ' +
      RIGHTS,
    // The data's own version (data/versions.csv), not the app's: it counts releases of the figures.
    version: String(dataVersion?.version ?? options.version),
    created: options.created,
    ...(dataVersion ? { updated: dataVersion.date } : {}),
    // OWID-ETL style: how often the data is expected to change (the PMI and BPS trade data are monthly).
    update_period_days: UPDATE_PERIOD_DAYS,
    app_version: options.version,
    ...(options.homepage ? { homepage: options.homepage } : {}),
    keywords: ['Indonesia', 'manufacturing', 'exports', 'PMI', 'industri pengolahan', 'ekspor'],
    rights: RIGHTS,
    sources: [...datasets.exports.sources.values()].map((source) => ({
      title: `${source.publisher}, ${source.title} (released ${source.vintage})`,
    })),
    resources: keys.map((key) => resourceOf(key, texts[key])),
  };
}

/**
 * The views whose chart files are published, as each chart's definition lists them: every chart's
 * default first, then the others (the sector chart for each period).
 */
export function publishedChartViews(
  datasets: Pick<DatasetTypes, 'exports' | 'pmi'>,
): { name: string; chart: ChartId; view: Omit<ViewState, 'locale'> }[] {
  const views = CHART_IDS.map((chart) => {
    const definition = CHARTS[chart];
    return definition
      .publishedViews(datasets[definition.dataset])
      .map(({ name, view }) => ({ name, chart, view: { ...DEFAULT_VIEW_STATE, ...view } }));
  });
  return [...views.map((list) => list.slice(0, 1)), ...views.map((list) => list.slice(1))].flat();
}

function chartMetadata(model: ChartModel, table: TableModel, name: string, view: ViewState) {
  const { locale } = view;
  return {
    chart: model.id,
    language: locale,
    title: model.text.title,
    subtitle: model.text.subtitle,
    summary: model.text.summary,
    source: model.text.source,
    vintage: model.text.vintage,
    notes: model.text.notes,
    // The view's permalink parameters (`v=1&period=2018`; empty for the default view).
    view: encodeViewState({ ...view, locale: DEFAULT_VIEW_STATE.locale }, { chart: model.id }),
    csv: `${name}.csv`,
    columns: table.columns.map((column) => ({
      id: column.id,
      label: column.label,
      kind: column.kind,
    })),
    sources: (model.sources ?? []).map((source) => ({
      id: source.id,
      publisher: locale === 'id' ? source.indonesian.publisher : source.publisher,
      title: locale === 'id' ? source.indonesian.title : source.title,
      released: source.vintage,
    })),
    dataPackage: '../../datapackage.json',
    ...(CHARTS[model.id].dataset === 'pmi' ? { rights: PMI_NOTICE } : {}),
  };
}

/** Every published file: path under the build's root → text. */
export function dataPackageFiles(
  texts: Record<DataFileKey, string>,
  datasets: Pick<DatasetTypes, 'exports' | 'pmi' | 'changes'>,
  options: DataPackageOptions,
): Map<string, string> {
  const files = new Map<string, string>();
  for (const key of Object.keys(DATA_FILES) as DataFileKey[])
    files.set(`${DATA_PACKAGE_DIR}/${DATA_FILES[key]}`, texts[key]);
  files.set(
    `${DATA_PACKAGE_DIR}/datapackage.json`,
    `${JSON.stringify(dataPackageDescriptor(texts, datasets, options), null, 2)}\n`,
  );
  for (const locale of LOCALES) {
    const t = createTranslator(locale);
    for (const { name, chart, view } of publishedChartViews(datasets)) {
      const model = chartModelsFor(datasets, { ...view, locale })[chart];
      if (!model) continue;
      const base = `${DATA_PACKAGE_DIR}/charts/${locale}/${name}`;
      // A chart that shows one period (the sector chart's): its file says which, as the app's
      // download does.
      const definition = CHARTS[chart];
      const period = definition.downloadPeriod?.(datasets[definition.dataset], {
        ...view,
        locale,
      });
      const table = chartDownloadTable(
        model,
        t('download.sourceColumn'),
        period === undefined ? undefined : { label: t('download.periodColumn'), id: period },
      );
      files.set(`${base}.csv`, tableToMachineCsv(table));
      files.set(
        `${base}.json`,
        `${JSON.stringify(chartMetadata(model, table, name, { ...view, locale }), null, 2)}\n`,
      );
    }
  }
  return files;
}
