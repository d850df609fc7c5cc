/**
 * Imported datasets kept in the browser (IndexedDB through idb-keyval), so a
 * student's data is there after a reload and offline. One key holds the
 * index (id, name, dates), one key per dataset holds its data.
 *
 * Two tabs can change the list at once. Every change (save, rename, remove)
 * reads and writes the index and the data in one IndexedDB transaction, so a
 * change is whole or not at all and none is lost to another tab's write (a
 * read-then-write index lost 2 of 11 datasets saved at once from two tabs).
 * After a change the other tabs hear of it on a BroadcastChannel and list
 * again. Data without an index entry (left by the old read-then-write) is
 * listed again, not lost.
 *
 * Every operation returns a result and never rejects, so the panel can say
 * what went wrong, for which operation.
 */
import { createStore, get, keys as storeKeys } from 'idb-keyval';
import type { Result } from '../../../domain/result.ts';
import { fail, ok } from '../../../domain/result.ts';
import type { ImportedDataset, RestoreIssueCode } from './importedDataset.ts';
import { restoreDataset } from './importedDataset.ts';

/** Writes of one change: a value to put, or undefined to delete the key. */
export type Writes = ReadonlyArray<readonly [key: string, value: unknown]>;

/**
 * What a dataset store needs of a key-value store: idb-keyval's IndexedDB in
 * the browser, a Map in tests. `change` reads `keys` and returns writes that
 * are applied in the same transaction: all of them, or none.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  keys(): Promise<string[]>;
  change<T>(
    keys: readonly string[],
    decide: (values: readonly unknown[]) => { writes: Writes; result: T },
  ): Promise<T>;
}

/** How tabs tell each other the list changed: a BroadcastChannel, or a stand-in in tests. */
export interface ChangeChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export interface DatasetEntry {
  id: string;
  name: string;
  fileName: string;
  importedOn: string;
  /** When it was kept (ISO 8601); '' for entries written before it was recorded. */
  savedAt: string;
}

/**
 * What went wrong with kept data: storage.full, the browser's quota is used
 * up; storage.unavailable, no IndexedDB (some private modes); storage.failed,
 * anything else.
 */
export type StorageIssueCode = 'storage.full' | 'storage.unavailable' | 'storage.failed';

/** The one result type (domain/result.ts); a failure has one error issue with the code. */
export type StorageResult<T> = Result<T, StorageIssueCode>;

/**
 * A dataset read back: `gone` when another tab deleted it; `unreadable` when
 * the record cannot be restored by this version (it stays stored as it is).
 */
export type LoadedDataset =
  | { kind: 'dataset'; dataset: ImportedDataset }
  | { kind: 'gone' }
  | { kind: 'unreadable'; name: string; code: RestoreIssueCode };

export interface DatasetStorage {
  list(): Promise<StorageResult<DatasetEntry[]>>;
  load(id: string): Promise<StorageResult<LoadedDataset>>;
  /** Adds a dataset (or replaces one with the same id) and returns the new index. */
  save(dataset: ImportedDataset): Promise<StorageResult<DatasetEntry[]>>;
  rename(id: string, name: string): Promise<StorageResult<DatasetEntry[]>>;
  remove(id: string): Promise<StorageResult<DatasetEntry[]>>;
  /** Calls `listener` when another tab changed the kept datasets; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

export const INDEX_KEY = 'datasets:index';
const DATA_PREFIX = 'datasets:';
export const datasetKey = (id: string): string => `${DATA_PREFIX}${id}`;
/** Names are shown in lists and used in file names: kept short. */
export const MAX_NAME_LENGTH = 80;
export const CHANNEL_NAME = 'indonesia-manufacturing-datasets';

export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
}

/** What a thrown storage error means to the user. */
export function storageIssueCode(error: unknown): StorageIssueCode {
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : 0;
  // Chromium and Firefox name it; old WebKit only gives the legacy code 22.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22)
    return 'storage.full';
  // Firefox private windows refuse to open a database with InvalidStateError.
  if (
    name === 'StorageUnavailableError' ||
    name === 'InvalidStateError' ||
    name === 'SecurityError'
  )
    return 'storage.unavailable';
  return 'storage.failed';
}

function entryFrom(value: unknown): DatasetEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Record<string, unknown>;
  if (
    typeof entry.id !== 'string' ||
    typeof entry.name !== 'string' ||
    typeof entry.fileName !== 'string' ||
    typeof entry.importedOn !== 'string'
  )
    return null;
  return {
    id: entry.id,
    name: entry.name,
    fileName: entry.fileName,
    importedOn: entry.importedOn,
    savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : '',
  };
}

export function entryOf(dataset: ImportedDataset): DatasetEntry {
  return {
    id: dataset.id,
    name: dataset.name,
    fileName: dataset.fileName,
    importedOn: dataset.importedOn,
    savedAt: dataset.savedAt,
  };
}

/** An entry for stored data the index lost: from the record's own fields where it has them. */
function entryForOrphan(id: string, stored: unknown): DatasetEntry {
  const record = typeof stored === 'object' && stored !== null ? (stored as object) : {};
  const restored = restoreDataset(record);
  if (restored.ok) return entryOf(restored.data.dataset);
  const field = (name: string) => {
    const value = (record as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : '';
  };
  return {
    id,
    name: field('name') || id,
    fileName: field('fileName'),
    importedOn: field('importedOn'),
    savedAt: field('savedAt'),
  };
}

export function cleanName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH);
}

/** A damaged index keeps its readable entries rather than hiding everything. */
function readIndex(stored: unknown): DatasetEntry[] {
  if (!Array.isArray(stored)) return [];
  return stored.map(entryFrom).filter((entry): entry is DatasetEntry => entry !== null);
}

export function createDatasetStorage(
  store: KeyValueStore,
  channel: ChangeChannel | null = null,
): DatasetStorage {
  const attempt = async <T>(work: () => Promise<T>): Promise<StorageResult<T>> => {
    try {
      return ok(await work());
    } catch (error) {
      return fail([{ code: storageIssueCode(error), severity: 'error' }]);
    }
  };
  const announce = <T>(result: StorageResult<T>): StorageResult<T> => {
    if (result.ok) {
      try {
        channel?.postMessage({ type: 'datasets-changed' });
      } catch {
        // A closed channel: the other tabs see the change on their next list.
      }
    }
    return result;
  };

  /** The index, with any stored data it does not list taken back in (in one transaction). */
  const list = async (): Promise<DatasetEntry[]> => {
    const [stored, allKeys] = await Promise.all([store.get(INDEX_KEY), store.keys()]);
    const listed = new Set(readIndex(stored).map((entry) => entry.id));
    const orphans = allKeys.filter(
      (key) =>
        key !== INDEX_KEY &&
        key.startsWith(DATA_PREFIX) &&
        !listed.has(key.slice(DATA_PREFIX.length)),
    );
    if (orphans.length === 0) return readIndex(stored);
    return store.change([INDEX_KEY, ...orphans], ([index, ...data]) => {
      const entries = readIndex(index);
      const ids = new Set(entries.map((entry) => entry.id));
      orphans.forEach((key, position) => {
        const id = key.slice(DATA_PREFIX.length);
        if (!ids.has(id) && data[position] !== undefined)
          entries.push(entryForOrphan(id, data[position]));
      });
      return { writes: [[INDEX_KEY, entries]], result: entries };
    });
  };

  return {
    list: () => attempt(list),

    load: (id) =>
      attempt(async (): Promise<LoadedDataset> => {
        const [stored, index] = await Promise.all([
          store.get(datasetKey(id)),
          store.get(INDEX_KEY),
        ]);
        if (stored === undefined) return { kind: 'gone' };
        const entry = readIndex(index).find((candidate) => candidate.id === id);
        const restored = restoreDataset(stored);
        if (!restored.ok)
          return {
            kind: 'unreadable',
            name: entry?.name ?? id,
            code: restored.issues[0]?.code ?? 'stored.notADataset',
          };
        const { dataset } = restored.data;
        // The index holds the current name.
        return { kind: 'dataset', dataset: entry ? { ...dataset, name: entry.name } : dataset };
      }),

    save: async (dataset) =>
      announce(
        await attempt(() =>
          store.change([INDEX_KEY], ([index]) => {
            const next = [
              ...readIndex(index).filter((entry) => entry.id !== dataset.id),
              entryOf(dataset),
            ];
            return {
              writes: [
                [datasetKey(dataset.id), dataset],
                [INDEX_KEY, next],
              ],
              result: next,
            };
          }),
        ),
      ),

    rename: async (id, name) =>
      announce(
        await attempt(() => {
          const cleaned = cleanName(name);
          return store.change([INDEX_KEY, datasetKey(id)], ([index, stored]) => {
            const entries = readIndex(index);
            if (cleaned === '' || !entries.some((entry) => entry.id === id))
              return { writes: [], result: entries };
            const next = entries.map((entry) =>
              entry.id === id ? { ...entry, name: cleaned } : entry,
            );
            const writes: Array<readonly [string, unknown]> = [[INDEX_KEY, next]];
            // The record carries the name too, so it survives a lost index; an unreadable one stays as it is.
            if (restoreDataset(stored).ok && typeof stored === 'object' && stored !== null)
              writes.push([datasetKey(id), { ...stored, name: cleaned }]);
            return { writes, result: next };
          });
        }),
      ),

    remove: async (id) =>
      announce(
        await attempt(() =>
          store.change([INDEX_KEY], ([index]) => {
            const next = readIndex(index).filter((entry) => entry.id !== id);
            return {
              writes: [
                [INDEX_KEY, next],
                [datasetKey(id), undefined],
              ],
              result: next,
            };
          }),
        ),
      ),

    subscribe(listener) {
      if (!channel) return () => undefined;
      const onMessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (typeof data === 'object' && data !== null && 'type' in data) {
          if (data.type === 'datasets-changed') listener();
        }
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
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
    return { get: unavailable, keys: unavailable, change: unavailable };
  }
  let custom: ReturnType<typeof createStore> | null = null;
  // Opened on first use, so a page that never imports never opens a database.
  const storeOf = () => (custom ??= createStore(databaseName, storeName));
  return {
    get: async (key) => get(key, storeOf()),
    keys: async () => (await storeKeys(storeOf())).filter((key) => typeof key === 'string'),
    change: (keys, decide) =>
      storeOf()(
        'readwrite',
        (objectStore) =>
          new Promise((resolve, reject) => {
            const transaction = objectStore.transaction;
            const values: unknown[] = new Array<unknown>(keys.length);
            let waiting = keys.length;
            let outcome: { result: unknown } | null = null;
            const apply = () => {
              try {
                const decided = decide(values);
                for (const [key, value] of decided.writes) {
                  if (value === undefined) objectStore.delete(key);
                  else objectStore.put(value, key);
                }
                outcome = decided;
              } catch (error) {
                transaction.abort();
                reject(error);
              }
            };
            keys.forEach((key, position) => {
              const request = objectStore.get(key);
              request.onsuccess = () => {
                values[position] = request.result;
                waiting -= 1;
                if (waiting === 0) apply();
              };
            });
            if (keys.length === 0) apply();
            transaction.oncomplete = () => resolve((outcome as { result: never }).result);
            transaction.onabort = () =>
              reject(transaction.error ?? new Error('The storage change was cancelled'));
          }),
      ),
  };
}

function browserChannel(): ChangeChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
}

export function createBrowserDatasetStorage(): DatasetStorage {
  return createDatasetStorage(createIdbKeyValueStore(), browserChannel());
}

/** A fresh id for a dataset: random where the browser can, else time plus a counter. */
let counter = 0;
export function newDatasetId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function')
    return crypto.randomUUID();
  counter += 1;
  return `${Date.now().toString(36)}-${counter}`;
}
