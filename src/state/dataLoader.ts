import type { DataFileKey, DatasetId, DatasetTypes } from '../domain/bundle.ts';
import { DATASET_FILES, DATA_FILES, buildDataset } from '../domain/bundle.ts';
import type { Result } from '../domain/result.ts';
import { fail } from '../domain/result.ts';

/** Fetches the text of one data file (tests and fixtures; the app ships datasets built at build time). */
export type DataLoader = (key: DataFileKey) => Promise<string>;

/** Loads one built dataset; a failure is a Result with issues, never an exception. */
export type DatasetLoader = <K extends DatasetId>(id: K) => Promise<Result<DatasetTypes[K]>>;

/** Datasets built from data files fetched by `loader` (tests pass fixture directories). */
export function datasetsFromFiles(loader: DataLoader): DatasetLoader {
  return (id) => loadDataset(id, loader);
}

/** Loads a dataset's files and builds it. A failed load becomes an issue, never an exception. */
export async function loadDataset<K extends DatasetId>(
  id: K,
  loader: DataLoader,
): Promise<Result<DatasetTypes[K]>> {
  const keys = DATASET_FILES[id];
  const texts: Partial<Record<DataFileKey, string>> = {};
  for (const key of keys) {
    try {
      texts[key] = await loader(key);
    } catch (error) {
      return fail([
        {
          code: 'load.failed',
          severity: 'error',
          file: DATA_FILES[key],
          params: { detail: error instanceof Error ? error.message : String(error) },
        },
      ]);
    }
  }
  return buildDataset(id, texts);
}
