import type { ContextDataset } from './context.ts';
import { CONTEXT_FILE, buildContextFigures } from './context.ts';
import type { ExportsDataset } from './exports.ts';
import { buildExportsDataset } from './exports.ts';
import { EXPORT_FILES } from './exportsFiles.ts';
import type { PmiDataset } from './pmi.ts';
import { PMI_FILE, buildPmiDataset } from './pmi.ts';
import type { Result } from './result.ts';
import { fail } from './result.ts';
import { SOURCES_FILE, parseSources } from './sources.ts';
import { INDICATORS_FILE } from './indicators.ts';
import { SERIES_FILE, readSeries } from './series.ts';
import type { ChangesDataset } from './changes.ts';
import { CHANGES_FILE, VERSIONS_FILE, buildChangesDataset } from './changes.ts';
import { VINTAGES_FILE, readHistory } from './history.ts';
import type { Issue } from './result.ts';
import { fromIssues } from './result.ts';

/**
 * The files in data/ and which dataset needs them. A new table (a KBLI
 * per-sector series, monthly exports, a release calendar) is a new file here
 * with a `source` column into sources.csv, a reader in src/domain that returns
 * issues rather than throwing, and an entry in DATASET_FILES; the data test
 * fails while a CSV in data/ is not listed here.
 */
export const DATA_FILES = {
  sources: SOURCES_FILE,
  ...EXPORT_FILES,
  indicators: INDICATORS_FILE,
  pmi: PMI_FILE,
  series: SERIES_FILE,
  context: CONTEXT_FILE,
  vintages: VINTAGES_FILE,
  versions: VERSIONS_FILE,
  changes: CHANGES_FILE,
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

export type DatasetId = 'exports' | 'pmi' | 'context' | 'changes';

export const DATASET_FILES: Record<DatasetId, readonly DataFileKey[]> = {
  exports: [
    'sources',
    'periods',
    'sectorExports',
    'annualTotals',
    'partYearTotals',
    'monthlyExports',
    'indicators',
    'vintages',
  ],
  pmi: ['sources', 'pmi', 'series', 'vintages'],
  context: ['sources', 'context'],
  changes: ['sources', 'versions', 'changes'],
};

export interface DatasetTypes {
  exports: ExportsDataset;
  pmi: PmiDataset;
  context: ContextDataset;
  changes: ChangesDataset;
}

/** Builds one dataset from the text of its files (same code in the browser, at build time and in tests). */
export function buildDataset<K extends DatasetId>(
  id: K,
  texts: Partial<Record<DataFileKey, string>>,
): Result<DatasetTypes[K]> {
  const sources = parseSources(texts.sources ?? '');
  if (!sources.ok) return fail(sources.issues);
  let result: Result<DatasetTypes[DatasetId]>;
  switch (id) {
    case 'exports':
      result = buildExportsDataset(
        {
          periods: texts.periods ?? '',
          sectorExports: texts.sectorExports ?? '',
          annualTotals: texts.annualTotals ?? '',
          partYearTotals: texts.partYearTotals ?? '',
          monthlyExports: texts.monthlyExports ?? '',
          indicators: texts.indicators ?? '',
          vintages: texts.vintages ?? '',
        },
        sources.data,
      );
      break;
    case 'pmi': {
      const issues: Issue[] = [];
      const series = readSeries(texts.series ?? '', sources.data, issues);
      const pmi = buildPmiDataset(texts.pmi ?? '', sources.data);
      issues.push(...pmi.issues);
      const history = readHistory(texts.vintages ?? '', sources.data, issues);
      const start = series?.get('pmi')?.start;
      // Only the PMI's own history travels with it.
      const pmiHistory = new Map(
        [...(history ?? new Map())].filter(([key]) => key.startsWith('pmi|')),
      );
      result =
        pmi.ok && series && history
          ? fromIssues(
              { ...pmi.data, history: pmiHistory, ...(start ? { seriesStart: start } : {}) },
              issues,
            )
          : fail(issues);
      break;
    }
    case 'changes':
      result = buildChangesDataset(
        { versions: texts.versions ?? '', changes: texts.changes ?? '' },
        sources.data,
      );
      break;
    default:
      result = buildContextFigures(texts.context ?? '', sources.data);
  }
  return result as Result<DatasetTypes[K]>;
}
