import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../src/features/csv-import/datasetStorage.ts';
import {
  createDatasetStorage,
  createIdbKeyValueStore,
  datasetKey,
  INDEX_KEY,
  storageErrorKind,
} from '../../src/features/csv-import/datasetStorage.ts';
import type { ImportedDataset } from '../../src/features/csv-import/importedDataset.ts';

/** An in-memory key-value store that can be told to fail like a full or missing IndexedDB. */
function memoryStore() {
  const data = new Map<string, unknown>();
  const state = { failSetsFor: null as null | ((key: string) => Error | null) };
  const store: KeyValueStore = {
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      const error = state.failSetsFor?.(key);
      if (error) throw error;
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
  };
  return { store, data, state };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

function dataset(id: string, name = `Dataset ${id}`): ImportedDataset {
  return {
    version: 1,
    id,
    name,
    fileName: `${id}.csv`,
    importedOn: '2024-03-05',
    mapping: { label: 'Sektor', value: 'Nilai', period: null },
    shares: false,
    decimals: 2,
    groups: [{ label: 'Makanan', period: null, value: 21.46, count: 1, firstRow: 2 }],
    summary: {
      rowsRead: 1,
      rowsImported: 1,
      rowsAggregated: 1,
      skippedCount: 0,
      columnsRead: 2,
      delimiter: ';',
      encoding: 'utf-8',
      numberFormat: 'comma-decimal',
    },
  };
}

describe('dataset storage', () => {
  it('saves, lists, loads, renames and removes datasets', async () => {
    const { store } = memoryStore();
    const storage = createDatasetStorage(store);
    expect(await storage.list()).toEqual({ ok: true, data: [] });
    await storage.save(dataset('a'));
    const saved = await storage.save(dataset('b'));
    expect(saved.ok && saved.data.map((entry) => entry.id)).toEqual(['a', 'b']);

    const renamed = await storage.rename('a', '  Ekspor   2019 ');
    expect(renamed.ok && renamed.data[0]?.name).toBe('Ekspor 2019');
    const loaded = await storage.load('a');
    expect(loaded.ok && loaded.data?.name).toBe('Ekspor 2019');
    expect(loaded.ok && loaded.data?.groups[0]?.value).toBe(21.46);

    const removed = await storage.remove('a');
    expect(removed.ok && removed.data.map((entry) => entry.id)).toEqual(['b']);
    expect(await storage.load('a')).toEqual({ ok: true, data: null });
  });

  it('ignores an empty new name', async () => {
    const storage = createDatasetStorage(memoryStore().store);
    await storage.save(dataset('a', 'Kept'));
    const renamed = await storage.rename('a', '   ');
    expect(renamed.ok && renamed.data[0]?.name).toBe('Kept');
  });

  it('reports a full storage and loses nothing already kept', async () => {
    const { store, data, state } = memoryStore();
    const storage = createDatasetStorage(store);
    await storage.save(dataset('a'));
    state.failSetsFor = (key) => (key === datasetKey('b') ? quotaError() : null);
    expect(await storage.save(dataset('b'))).toEqual({ ok: false, error: 'full' });
    const listed = await storage.list();
    expect(listed.ok && listed.data.map((entry) => entry.id)).toEqual(['a']);
    expect((await storage.load('a')).ok).toBe(true);
    expect(data.has(datasetKey('b'))).toBe(false);
  });

  it('takes new data back out when the index cannot be written, and keeps the old index', async () => {
    const { store, data, state } = memoryStore();
    const storage = createDatasetStorage(store);
    await storage.save(dataset('a'));
    state.failSetsFor = (key) => (key === INDEX_KEY ? quotaError() : null);
    expect(await storage.save(dataset('b'))).toEqual({ ok: false, error: 'full' });
    expect(data.has(datasetKey('b'))).toBe(false);
    expect(data.has(datasetKey('a'))).toBe(true);
    state.failSetsFor = null;
    const listed = await storage.list();
    expect(listed.ok && listed.data.map((entry) => entry.id)).toEqual(['a']);
  });

  it('does not delete data when the index cannot be updated on removal', async () => {
    const { store, data, state } = memoryStore();
    const storage = createDatasetStorage(store);
    await storage.save(dataset('a'));
    state.failSetsFor = () => new Error('disk I/O');
    expect(await storage.remove('a')).toEqual({ ok: false, error: 'failed' });
    expect(data.has(datasetKey('a'))).toBe(true);
  });

  it('keeps the readable entries of a damaged index and refuses damaged datasets', async () => {
    const { store, data } = memoryStore();
    const storage = createDatasetStorage(store);
    data.set(INDEX_KEY, [
      { id: 'a', name: 'A', fileName: 'a.csv', importedOn: '2024-01-01' },
      { id: 42 },
      'junk',
    ]);
    data.set(datasetKey('a'), { version: 1, id: 'a' });
    const listed = await storage.list();
    expect(listed.ok && listed.data.map((entry) => entry.id)).toEqual(['a']);
    expect(await storage.load('a')).toEqual({ ok: true, data: null });
  });

  it('says "unavailable" where there is no IndexedDB (some private modes) and never throws', async () => {
    expect(typeof indexedDB).toBe('undefined'); // jsdom has none
    const storage = createDatasetStorage(createIdbKeyValueStore());
    expect(await storage.list()).toEqual({ ok: false, error: 'unavailable' });
    expect(await storage.save(dataset('a'))).toEqual({ ok: false, error: 'unavailable' });
  });

  it('reads what storage errors mean', () => {
    expect(storageErrorKind(quotaError())).toBe('full');
    expect(storageErrorKind({ name: 'Error', code: 22 })).toBe('full');
    expect(storageErrorKind(new DOMException('no', 'InvalidStateError'))).toBe('unavailable');
    expect(storageErrorKind(new Error('boom'))).toBe('failed');
    expect(storageErrorKind(undefined)).toBe('failed');
  });
});
