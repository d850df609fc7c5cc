import { describe, expect, it } from 'vitest';
import {
  createDatasetStorage,
  createIdbKeyValueStore,
  datasetKey,
  INDEX_KEY,
  storageIssueCode,
} from '../../../../../src/features/csv-import/storage/datasetStorage.ts';
import type { StorageIssueCode } from '../../../../../src/features/csv-import/storage/datasetStorage.ts';
import type {
  ImportedDataset,
  RestoreIssueCode,
} from '../../../../../src/features/csv-import/storage/importedDataset.ts';
import {
  isImportedDataset,
  restoreDataset,
} from '../../../../../src/features/csv-import/storage/importedDataset.ts';
import type { MemoryStoreControl } from '../../../../helpers/memoryKeyValueStore.ts';
import { channelPair, memoryKeyValueStore } from '../../../../helpers/memoryKeyValueStore.ts';

function memoryStore() {
  const { store, data, control } = memoryKeyValueStore();
  const state = {
    set failSetsFor(fail: MemoryStoreControl['failWritesFor']) {
      control.failWritesFor = fail;
    },
  };
  return { store, data, state, control };
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** A failed operation: the one result type with one error issue. */
const storageFailure = (code: StorageIssueCode) => ({
  ok: false,
  issues: [{ code, severity: 'error' }],
});
const unrestorable = (code: RestoreIssueCode) => ({
  ok: false,
  issues: [{ code, severity: 'error' }],
});

function dataset(id: string, name = `Dataset ${id}`): ImportedDataset {
  return {
    version: 2,
    id,
    name,
    fileName: `${id}.csv`,
    importedOn: '2024-03-05',
    savedAt: '2024-03-05T01:02:03.000Z',
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
    expect(await storage.list()).toEqual({ ok: true, data: [], issues: [] });
    await storage.save(dataset('a'));
    const saved = await storage.save(dataset('b'));
    expect(saved.ok && saved.data.map((entry) => entry.id)).toEqual(['a', 'b']);

    const renamed = await storage.rename('a', '  Ekspor   2019 ');
    expect(renamed.ok && renamed.data[0]?.name).toBe('Ekspor 2019');
    const loaded = await storage.load('a');
    const shown = loaded.ok && loaded.data.kind === 'dataset' ? loaded.data.dataset : null;
    expect(shown?.name).toBe('Ekspor 2019');
    expect(shown?.groups[0]?.value).toBe(21.46);

    const removed = await storage.remove('a');
    expect(removed.ok && removed.data.map((entry) => entry.id)).toEqual(['b']);
    expect(await storage.load('a')).toEqual({ ok: true, data: { kind: 'gone' }, issues: [] });
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
    expect(await storage.save(dataset('b'))).toEqual(storageFailure('storage.full'));
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
    expect(await storage.save(dataset('b'))).toEqual(storageFailure('storage.full'));
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
    expect(await storage.remove('a')).toEqual(storageFailure('storage.failed'));
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
    const damaged = { version: 1, id: 'a' };
    data.set(datasetKey('a'), damaged);
    const listed = await storage.list();
    expect(listed.ok && listed.data.map((entry) => entry.id)).toEqual(['a']);
    // Reported as unreadable, and kept exactly as it was.
    expect(await storage.load('a')).toEqual({
      ok: true,
      data: { kind: 'unreadable', name: 'A', code: 'stored.missingFields' },
      issues: [],
    });
    expect(data.get(datasetKey('a'))).toEqual(damaged);
  });

  it('keeps a dataset saved by a newer version as it is, and lists it', async () => {
    const { store, data } = memoryStore();
    const storage = createDatasetStorage(store);
    const future = { ...dataset('f', 'From the future'), version: 99, shape: 'new' };
    data.set(datasetKey('f'), future);
    const listed = await storage.list();
    expect(listed.ok && listed.data.map((entry) => entry.name)).toEqual(['From the future']);
    expect(await storage.load('f')).toEqual({
      ok: true,
      data: { kind: 'unreadable', name: 'From the future', code: 'stored.newerVersion' },
      issues: [],
    });
    await storage.rename('f', 'Renamed');
    expect(data.get(datasetKey('f'))).toEqual(future);
  });
});

describe('datasets of older versions', () => {
  /** A record as version 1 of the app wrote it (no savedAt), with a hostile 100,000-character label. */
  const version1 = {
    version: 1,
    id: 'old',
    name: 'Ekspor 2019',
    fileName: 'bps.csv',
    importedOn: '2024-03-05',
    mapping: { label: 'Sektor', value: 'Nilai', period: null },
    shares: true,
    decimals: 2,
    groups: [
      { label: 'Makanan', period: null, value: 21.46, count: 1, firstRow: 2 },
      { label: 'x'.repeat(100_000), period: null, value: 3, count: 1, firstRow: 3 },
    ],
    summary: {
      rowsRead: 2,
      rowsImported: 2,
      rowsAggregated: 2,
      skippedCount: 0,
      columnsRead: 2,
      delimiter: ';',
      encoding: 'utf-8',
      numberFormat: 'comma-decimal',
    },
  };

  it('reads a version-1 record back through the current code, field by field', async () => {
    const { store, data } = memoryStore();
    data.set(INDEX_KEY, [
      { id: 'old', name: 'Ekspor 2019', fileName: 'bps.csv', importedOn: '2024-03-05' },
    ]);
    data.set(datasetKey('old'), version1);
    const storage = createDatasetStorage(store);
    const listed = await storage.list();
    expect(listed.ok && listed.data).toEqual([
      {
        id: 'old',
        name: 'Ekspor 2019',
        fileName: 'bps.csv',
        importedOn: '2024-03-05',
        savedAt: '',
      },
    ]);
    const loaded = await storage.load('old');
    const restored = loaded.ok && loaded.data.kind === 'dataset' ? loaded.data.dataset : null;
    expect(restored).toMatchObject({
      version: 2,
      name: 'Ekspor 2019',
      savedAt: '2024-03-05T00:00:00.000Z',
      shares: true,
      summary: { delimiter: ';', numberFormat: 'comma-decimal' },
    });
    expect(isImportedDataset(restored)).toBe(true);
    // The stored hostile label is bounded on the way in: a reload no longer draws 100,000 characters.
    expect(restored?.groups.map((group) => group.label.length)).toEqual([7, 201]);
  });

  it('fills fields a record lacks with defaults, and refuses only what a chart cannot do without', () => {
    const bare: Record<string, unknown> = { ...version1 };
    delete bare.summary;
    delete bare.shares;
    const restored = restoreDataset(bare);
    expect(restored.ok && restored.data.dataset.summary).toMatchObject({
      rowsRead: 2,
      skippedCount: 0,
      delimiter: ',',
      encoding: null,
    });
    expect(restored.ok && restored.data.dataset.shares).toBe(false);
    expect(restoreDataset({ ...version1, groups: [] })).toEqual(
      unrestorable('stored.missingFields'),
    );
    expect(restoreDataset({ ...version1, mapping: {} })).toEqual(
      unrestorable('stored.missingFields'),
    );
    expect(restoreDataset({ ...version1, version: 3 })).toEqual(
      unrestorable('stored.newerVersion'),
    );
    expect(restoreDataset('junk')).toEqual(unrestorable('stored.notADataset'));
  });
});

describe('two tabs', () => {
  it('keep all of five simultaneous saves from each of two tabs (read-then-write lost two)', async () => {
    const { store, data } = memoryStore();
    const first = createDatasetStorage(store);
    const second = createDatasetStorage(store);
    const ids = Array.from({ length: 10 }, (_, index) => `d${index}`);
    const results = await Promise.all(
      ids.map((id, index) => (index % 2 === 0 ? first : second).save(dataset(id))),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const listed = await first.list();
    expect(listed.ok && listed.data.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    expect([...data.keys()].filter((key) => key !== INDEX_KEY)).toHaveLength(10);
  });

  it('list again stored data an index lost (from the old read-then-write), instead of leaving it', async () => {
    const { store, data } = memoryStore();
    data.set(INDEX_KEY, []);
    data.set(datasetKey('lost'), dataset('lost', 'Lost one'));
    const storage = createDatasetStorage(store);
    const listed = await storage.list();
    expect(listed.ok && listed.data.map((entry) => entry.name)).toEqual(['Lost one']);
    expect(data.get(INDEX_KEY)).toHaveLength(1);
  });

  it('hear of each other’s changes over a BroadcastChannel', async () => {
    const { store } = memoryStore();
    const [channelA, channelB] = channelPair(`test-${Math.random()}`);
    const tabA = createDatasetStorage(store, channelA);
    const tabB = createDatasetStorage(store, channelB);
    let heard = 0;
    const heardChange = new Promise<void>((resolve) => {
      tabB.subscribe(() => {
        heard++;
        resolve();
      });
    });
    await tabA.save(dataset('a'));
    await heardChange;
    expect(heard).toBe(1);
    const listed = await tabB.list();
    expect(listed.ok && listed.data.map((entry) => entry.id)).toEqual(['a']);
    channelA.close();
    channelB.close();
  });

  it('say a dataset deleted in another tab is gone', async () => {
    const { store } = memoryStore();
    const tabA = createDatasetStorage(store);
    const tabB = createDatasetStorage(store);
    await tabA.save(dataset('a'));
    await tabB.remove('a');
    expect(await tabA.load('a')).toEqual({ ok: true, data: { kind: 'gone' }, issues: [] });
  });

  it('says "unavailable" where there is no IndexedDB (some private modes) and never throws', async () => {
    expect(typeof indexedDB).toBe('undefined'); // jsdom has none
    const storage = createDatasetStorage(createIdbKeyValueStore());
    expect(await storage.list()).toEqual(storageFailure('storage.unavailable'));
    expect(await storage.save(dataset('a'))).toEqual(storageFailure('storage.unavailable'));
  });

  it('reads what storage errors mean', () => {
    expect(storageIssueCode(quotaError())).toBe('storage.full');
    expect(storageIssueCode({ name: 'Error', code: 22 })).toBe('storage.full');
    expect(storageIssueCode(new DOMException('no', 'InvalidStateError'))).toBe(
      'storage.unavailable',
    );
    expect(storageIssueCode(new Error('boom'))).toBe('storage.failed');
    expect(storageIssueCode(undefined)).toBe('storage.failed');
  });
});
