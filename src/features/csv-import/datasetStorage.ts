/**
 * Imported datasets kept in the browser (IndexedDB through idb-keyval), so a
 * student's data is there after a reload and offline. One key holds the
 * index (id, name, date), one key per dataset holds its data.
 *
 * Nothing stored is lost to a failed write: a new dataset is written first
 * and only then added to the index; a removal takes the entry out of the
 * index first and deletes the data after. Every operation returns a result
 * and never rejects, so the panel can say what went wrong.
 */
import { createStore, del, get, set } from 'idb-keyval';
import type { ImportedDataset } from './importedDataset.ts';
import { isImportedDataset } from './importedDataset.ts';

/** The little a dataset store needs from a key-value store: idb-keyval in the browser, a Map in tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
}

export interface DatasetEntry {
  id: string;
  name: string;
  fileName: string;
  importedOn: string;
}

/** full: the browser's quota is used up; unavailable: no IndexedDB (some private modes); failed: anything else. */
export type StorageErrorKind = 'full' | 'unavailable' | 'failed';

export type StorageResult<T> = { ok: true; data: T } | { ok: false; error: StorageErrorKind };

export interface DatasetStorage {
  list(): Promise<StorageResult<DatasetEntry[]>>;
  load(id: string): Promise<StorageResult<ImportedDataset | null>>;
  /** Adds a dataset (or replaces one with the same id) and returns the new index. */
  save(dataset: ImportedDataset): Promise<StorageResult<DatasetEntry[]>>;
  rename(id: string, name: string): Promise<StorageResult<DatasetEntry[]>>;
  remove(id: string): Promise<StorageResult<DatasetEntry[]>>;
}

export const INDEX_KEY = 'datasets:index';
export const datasetKey = (id: string): string => `datasets:${id}`;
/** Names are shown in lists and used in file names: kept short. */
export const MAX_NAME_LENGTH = 80;

export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** What a thrown storage error means to the user. */
export function storageErrorKind(error: unknown): StorageErrorKind {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : 0;
  // Chromium and Firefox name it; old WebKit only gives the legacy code 22.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22)
    return 'full';
  // Firefox private windows refuse to open a database with InvalidStateError.
  if (
    name === 'StorageUnavailableError' ||
    name === 'InvalidStateError' ||
    name === 'SecurityError'
  )
    return 'unavailable';
  return 'failed';
}

function isEntry(value: unknown): value is DatasetEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.fileName === 'string' &&
    typeof entry.importedOn === 'string'
  );
}

export function entryOf(dataset: ImportedDataset): DatasetEntry {
  return {
    id: dataset.id,
    name: dataset.name,
    fileName: dataset.fileName,
    importedOn: dataset.importedOn,
  };
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

export function createDatasetStorage(store: KeyValueStore): DatasetStorage {
  const attempt = async <T>(work: () => Promise<T>): Promise<StorageResult<T>> => {
    try {
      return { ok: true, data: await work() };
    } catch (error) {
      return { ok: false, error: storageErrorKind(error) };
    }
  };

  // A damaged index keeps its readable entries rather than hiding everything.
  const readIndex = async (): Promise<DatasetEntry[]> => {
    const stored = await store.get(INDEX_KEY);
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  };

  return {
    list: () => attempt(readIndex),

    load: (id) =>
      attempt(async () => {
        const stored = await store.get(datasetKey(id));
        if (!isImportedDataset(stored)) return null;
        // The index holds the current name (renaming writes only the index).
        const entry = (await readIndex()).find((candidate) => candidate.id === id);
        return entry ? { ...stored, name: entry.name } : stored;
      }),

    save: (dataset) =>
      attempt(async () => {
        // Data first: if this fails (quota), the index still lists only what is there.
        await store.set(datasetKey(dataset.id), dataset);
        const index = await readIndex();
        const next = [...index.filter((entry) => entry.id !== dataset.id), entryOf(dataset)];
        try {
          await store.set(INDEX_KEY, next);
        } catch (error) {
          // The new data is unlisted: take it back out (best effort), then report.
          const existed = index.some((entry) => entry.id === dataset.id);
          if (!existed) await store.del(datasetKey(dataset.id)).catch(() => undefined);
          throw error;
        }
        return next;
      }),

    rename: (id, name) =>
      attempt(async () => {
        const cleaned = cleanName(name);
        const index = await readIndex();
        if (cleaned === '') return index;
        const next = index.map((entry) => (entry.id === id ? { ...entry, name: cleaned } : entry));
        await store.set(INDEX_KEY, next);
        return next;
      }),

    remove: (id) =>
      attempt(async () => {
        const next = (await readIndex()).filter((entry) => entry.id !== id);
        await store.set(INDEX_KEY, next);
        // Unlisted data left behind by a failed delete is harmless; the listing is what counts.
        await store.del(datasetKey(id)).catch(() => undefined);
        return next;
      }),
  };
}

/** The browser's IndexedDB through idb-keyval; every call fails as 'unavailable' where there is none. */
export function createIdbKeyValueStore(
  databaseName = 'indonesia-manufacturing-imports',
  storeName = 'datasets',
): KeyValueStore {
  if (typeof indexedDB === 'undefined') {
    const unavailable = () =>
      Promise.reject(new StorageUnavailableError('IndexedDB is not available'));
    return { get: unavailable, set: unavailable, del: unavailable };
  }
  let custom: ReturnType<typeof createStore> | null = null;
  // Opened on first use, so a page that never imports never opens a database.
  const storeOf = () => (custom ??= createStore(databaseName, storeName));
  return {
    get: async (key) => get(key, storeOf()),
    set: async (key, value) => set(key, value, storeOf()),
    del: async (key) => del(key, storeOf()),
  };
}

export function createBrowserDatasetStorage(): DatasetStorage {
  return createDatasetStorage(createIdbKeyValueStore());
}

/** A fresh id for a dataset: random where the browser can, else time plus a counter. */
let counter = 0;
export function newDatasetId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  counter += 1;
  return `${Date.now().toString(36)}-${counter}`;
}
