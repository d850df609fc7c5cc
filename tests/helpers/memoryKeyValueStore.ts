/**
 * An in-memory stand-in for IndexedDB with its transaction rule: changes run
 * one at a time, each reads its keys, yields (as IndexedDB's callbacks do),
 * then writes all or nothing. `failWritesFor` makes a change fail like a full
 * or broken IndexedDB; `failAll` makes every call fail.
 */
import type { KeyValueStore } from '../../src/features/csv-import/storage/datasetStorage.ts';

export interface MemoryStoreControl {
  failWritesFor: ((key: string) => Error | null) | null;
  failAll: (() => Error) | null;
}

export function memoryKeyValueStore() {
  const data = new Map<string, unknown>();
  const control: MemoryStoreControl = { failWritesFor: null, failAll: null };
  let queue: Promise<unknown> = Promise.resolve();
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const store: KeyValueStore = {
    get: async (key) => {
      if (control.failAll) throw control.failAll();
      return structuredClone(data.get(key));
    },
    keys: async () => {
      if (control.failAll) throw control.failAll();
      return [...data.keys()];
    },
    change: (keys, decide) => {
      const run = queue.then(async () => {
        if (control.failAll) throw control.failAll();
        const values = keys.map((key) => structuredClone(data.get(key)));
        await tick();
        const { writes, result } = decide(values);
        for (const [key] of writes) {
          const error = control.failWritesFor?.(key);
          if (error) throw error;
        }
        for (const [key, value] of writes) {
          if (value === undefined) data.delete(key);
          else data.set(key, structuredClone(value));
        }
        return result;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
  return { store, data, control };
}

/** Two "tabs" in one process: BroadcastChannel works between instances in Node as in browsers. */
export function channelPair(name: string): [BroadcastChannel, BroadcastChannel] {
  return [new BroadcastChannel(name), new BroadcastChannel(name)];
}
