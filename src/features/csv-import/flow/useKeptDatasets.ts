/**
 * The datasets kept in this browser, as the import panel sees them: the list
 * (and the other tabs' changes to it), the dataset shown, and one message
 * about the last storage operation that failed, cleared by the next that
 * succeeds. The newest kept dataset is shown once on mount.
 */
import { useEffect, useState } from 'react';
import { issueMessageKey } from '../../../components/IssueList.tsx';
import type { Issue } from '../../../domain/result.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import type { DatasetEntry, DatasetStorage, StorageIssueCode } from '../storage/datasetStorage.ts';
import type { ImportedDataset } from '../storage/importedDataset.ts';

/** A message about kept data; the next successful storage operation clears it. */
interface StorageNotice {
  key: MessageKey;
  name?: string;
}

type StorageOperation = 'save' | 'list' | 'load' | 'rename' | 'remove';

/** What a failed storage operation says: a failed rename is not "storage full". */
function storageNotice(
  operation: StorageOperation,
  failed: { issues: readonly Issue<StorageIssueCode>[] },
): StorageNotice {
  const code = failed.issues[0]?.code ?? 'storage.failed';
  if (code === 'storage.unavailable') return { key: issueMessageKey(code) };
  if (operation === 'rename') return { key: 'import.storage.renameFailed' };
  if (operation === 'remove') return { key: 'import.storage.deleteFailed' };
  // Saving says what went wrong (full storage); reading just says it failed.
  return { key: issueMessageKey(operation === 'save' ? code : 'storage.failed') };
}

export interface KeptDatasets {
  entries: DatasetEntry[];
  current: ImportedDataset | null;
  storageMessage: StorageNotice | null;
  /** Shows `dataset` and keeps it; resolves to whether it was kept. */
  keep(dataset: ImportedDataset): Promise<boolean>;
  show(id: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  remove(id: string): Promise<void>;
}

export function useKeptDatasets(storage: DatasetStorage): KeptDatasets {
  const [entries, setEntries] = useState<DatasetEntry[]>([]);
  const [current, setCurrent] = useState<ImportedDataset | null>(null);
  const [storageMessage, setStorageMessage] = useState<StorageNotice | null>(null);

  // Kept datasets: list them and show the most recent, once; list again when another tab changes them.
  useEffect(() => {
    let live = true;
    void (async () => {
      const listed = await storage.list();
      if (!live) return;
      if (!listed.ok) {
        setStorageMessage(storageNotice('list', listed));
        return;
      }
      setEntries(listed.data);
      const latest = listed.data.at(-1);
      if (!latest) return;
      const loaded = await storage.load(latest.id);
      if (!live) return;
      if (!loaded.ok) setStorageMessage(storageNotice('load', loaded));
      else if (loaded.data.kind === 'dataset') {
        const dataset = loaded.data.dataset;
        setCurrent((shown) => shown ?? dataset);
      } else if (loaded.data.kind === 'unreadable')
        setStorageMessage({ key: issueMessageKey(loaded.data.code), name: loaded.data.name });
    })();
    const unsubscribe = storage.subscribe(() => {
      void storage.list().then((listed) => {
        if (live && listed.ok) setEntries(listed.data);
      });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [storage]);

  const keep = async (dataset: ImportedDataset): Promise<boolean> => {
    setCurrent(dataset);
    const saved = await storage.save(dataset);
    if (saved.ok) {
      setEntries(saved.data);
      setStorageMessage(null);
      return true;
    }
    setStorageMessage(storageNotice('save', saved));
    return false;
  };

  const show = async (id: string) => {
    const name = entries.find((entry) => entry.id === id)?.name ?? '';
    const loaded = await storage.load(id);
    if (!loaded.ok) {
      setStorageMessage(storageNotice('load', loaded));
      return;
    }
    if (loaded.data.kind === 'dataset') {
      setCurrent(loaded.data.dataset);
      setStorageMessage(null);
      return;
    }
    if (loaded.data.kind === 'unreadable') {
      setStorageMessage({ key: issueMessageKey(loaded.data.code), name: loaded.data.name });
      return;
    }
    // Deleted in another tab: say so, and list what is really kept.
    setStorageMessage({ key: 'import.saved.gone', name });
    const listed = await storage.list();
    if (listed.ok) setEntries(listed.data);
  };

  const rename = async (id: string, name: string) => {
    const renamed = await storage.rename(id, name);
    if (!renamed.ok) {
      setStorageMessage(storageNotice('rename', renamed));
      return;
    }
    setStorageMessage(null);
    setEntries(renamed.data);
    const entry = renamed.data.find((candidateEntry) => candidateEntry.id === id);
    if (entry) setCurrent((shown) => (shown?.id === id ? { ...shown, name: entry.name } : shown));
  };

  const remove = async (id: string) => {
    const removed = await storage.remove(id);
    if (!removed.ok) {
      setStorageMessage(storageNotice('remove', removed));
      return;
    }
    setStorageMessage(null);
    setEntries(removed.data);
    setCurrent((shown) => (shown?.id === id ? null : shown));
  };

  return { entries, current, storageMessage, keep, show, rename, remove };
}
