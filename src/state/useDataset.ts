import { useEffect } from 'react';
import type { DatasetId } from '../domain/bundle.ts';
import type { DatasetStates } from './store.ts';
import { useDashboard } from './StoreContext.tsx';

/** The load state of a dataset; starts loading it on first use. */
export function useDataset<K extends DatasetId>(id: K): DatasetStates[K] {
  const state = useDashboard((s) => s.datasets[id]);
  const ensure = useDashboard((s) => s.ensureDataset);
  useEffect(() => {
    void ensure(id);
  }, [ensure, id]);
  return state;
}
