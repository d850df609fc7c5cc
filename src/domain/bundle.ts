import type { ContextDataset } from './context.ts';
import { CONTEXT_FILE, buildContextFigures } from './context.ts';
import type { ExportsDataset } from './exports.ts';
import { EXPORT_FILES, buildExportsDataset } from './exports.ts';
import type { PmiDataset } from './pmi.ts';
import { PMI_FILE, buildPmiDataset } from './pmi.ts';
import type { Result } from './result.ts';
import { fail } from './result.ts';
import { SOURCES_FILE, parseSources } from './sources.ts';

/** The files in data/ and which dataset needs them. */
export const DATA_FILES = {
  sources: SOURCES_FILE,
  ...EXPORT_FILES,
  pmi: PMI_FILE,
  context: CONTEXT_FILE,
} as const;

export type DataFileKey = keyof typeof DATA_FILES;

export type DatasetId = 'exports' | 'pmi' | 'context';

export const DATASET_FILES: Record<DatasetId, readonly DataFileKey[]> = {
  exports: ['sources', 'periods', 'sectorExports', 'annualTotals'],
  pmi: ['sources', 'pmi'],
  context: ['sources', 'context'],
};

export interface DatasetTypes {
  exports: ExportsDataset;
  pmi: PmiDataset;
  context: ContextDataset;
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
        },
        sources.data,
      );
      break;
    case 'pmi':
      result = buildPmiDataset(texts.pmi ?? '', sources.data);
      break;
    default:
      result = buildContextFigures(texts.context ?? '', sources.data);
  }
  return result as Result<DatasetTypes[K]>;
}
