import type { DatasetId, DatasetTypes } from '../domain/bundle.ts';
import { DATASET_FILES, DATA_FILES } from '../domain/bundle.ts';
import { datasetFromJson } from '../domain/datasetJson.ts';
import { fail, ok } from '../domain/result.ts';
import type { DatasetLoader } from './dataLoader.ts';
import { loadChunk } from '../lib/lazyChunk.ts';

/**
 * The datasets of data/, parsed and checked at build time
 * (build/bundledDataPlugin.ts), each in its own lazily loaded chunk: a
 * panel (or an embed) downloads only the data its chart needs. In the
 * one-file edition they are inlined.
 */
const bundled: Record<DatasetId, () => Promise<{ default: string }>> = {
  exports: () => import('virtual:dataset/exports'),
  pmi: () => import('virtual:dataset/pmi'),
  context: () => import('virtual:dataset/context'),
  changes: () => import('virtual:dataset/changes'),
};

export const bundledDatasets: DatasetLoader = async <K extends DatasetId>(id: K) => {
  try {
    return ok(datasetFromJson<DatasetTypes[K]>((await loadChunk(bundled[id])).default));
  } catch (error) {
    // A failed chunk load (network, a deploy while the tab was open) is an issue, not a crash.
    const file = DATASET_FILES[id].map((key) => DATA_FILES[key]).join(', ');
    return fail([
      {
        code: 'load.failed',
        severity: 'error',
        file,
        params: { detail: error instanceof Error ? error.message : String(error) },
      },
    ]);
  }
};
