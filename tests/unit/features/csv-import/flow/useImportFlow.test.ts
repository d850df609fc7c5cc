// @vitest-environment jsdom
/**
 * The import's behaviour without the panel: reads through an injected parse
 * function (jsdom has no worker), which the test finishes, fails or leaves in
 * flight, and datasets kept in an in-memory store.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../../src/domain/import/index.ts';
import type { AggregatorOptions } from '../../../../../src/domain/import/index.ts';
import { createDatasetStorage } from '../../../../../src/features/csv-import/storage/datasetStorage.ts';
import type {
  ParseControls,
  ParseFile,
  ParseOutcome,
} from '../../../../../src/features/csv-import/worker/parseFile.ts';
import { parseOnMainThread } from '../../../../../src/features/csv-import/worker/parseFile.ts';
import { useImportFlow } from '../../../../../src/features/csv-import/flow/useImportFlow.ts';
import { memoryKeyValueStore } from '../../../../helpers/memoryKeyValueStore.ts';

function fixture(name: string): File {
  return new File([readFileSync(join('tests/fixtures/import', name))], name, { type: 'text/csv' });
}

interface PendingRead {
  file: Blob;
  options: AggregatorOptions;
  controls: ParseControls;
  /** Reads the file for real (on the main thread) and answers with that. */
  finish(): Promise<void>;
  answer(outcome: ParseOutcome): void;
}

/** A parse function whose reads wait until the test finishes them. */
function heldParse() {
  const reads: PendingRead[] = [];
  const parseFile: ParseFile = (file, options, controls) =>
    new Promise<ParseOutcome>((resolve) => {
      reads.push({
        file,
        options,
        controls,
        answer: resolve,
        finish: async () => {
          const outcome = await parseOnMainThread(file, options, {
            signal: new AbortController().signal,
            onProgress: () => undefined,
          });
          resolve(outcome);
        },
      });
    });
  return { parseFile, reads };
}

function setup() {
  const { parseFile, reads } = heldParse();
  const { store, data } = memoryKeyValueStore();
  const storage = createDatasetStorage(store);
  const hook = renderHook(() => useImportFlow({ parseFile, storage }));
  const read = (index: number): PendingRead => {
    const pending = reads[index];
    if (!pending) throw new Error(`no read ${index}: ${reads.length} started`);
    return pending;
  };
  return { hook, reads, read, data, storage };
}

async function reviewed(name: string) {
  const context = setup();
  const { hook, read } = context;
  act(() => hook.result.current.importFile(fixture(name)));
  await act(() => read(0).finish());
  expect(hook.result.current.flow.state).toBe('review');
  return context;
}

describe('useImportFlow', () => {
  it('reads a file into a review: progress while reading, then the guessed mapping and nothing blocking', async () => {
    const { hook, read } = setup();
    act(() => hook.result.current.importFile(fixture('bps-semicolon.csv')));
    expect(hook.result.current.reading).toMatchObject({ fileName: 'bps-semicolon.csv' });
    expect(read(0).options.file).toBe('bps-semicolon.csv');
    act(() => read(0).controls.onProgress(0.4));
    expect(hook.result.current.reading?.fraction).toBe(0.4);

    await act(() => read(0).finish());
    const { review, blocker, shareCheck, reading } = hook.result.current;
    expect(reading).toBeNull();
    expect(review?.mapping).toEqual({ label: 'Sektor', value: 'Persentase', period: null });
    expect(review?.shares).toBe(true);
    expect(shareCheck?.ok).toBe(true);
    expect(blocker).toBeNull();
  });

  it('fails a bad file with its issue (line and code) and keeps the chart that was shown', async () => {
    const { hook, read } = await reviewed('bps-semicolon.csv');
    act(() => expect(hook.result.current.chart()).toBe(true));
    await waitFor(() => expect(hook.result.current.flow.state).toBe('kept'));
    const shown = hook.result.current.current;
    expect(shown?.fileName).toBe('bps-semicolon.csv');

    act(() => hook.result.current.importFile(fixture('unclosed-quote.csv')));
    await act(() => read(1).finish());
    const { flow, current, review } = hook.result.current;
    expect(flow).toMatchObject({ state: 'failed', fileName: 'unclosed-quote.csv' });
    if (flow.state !== 'failed') return;
    expect(flow.issues).toContainEqual(
      expect.objectContaining({ code: 'csv.unclosedQuote', severity: 'error', row: 3 }),
    );
    expect(review).toBeNull();
    expect(current).toBe(shown);
  });

  it('refuses a file over the limit before reading a byte', () => {
    const { hook, reads } = setup();
    const huge = fixture('bps-semicolon.csv');
    Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
    act(() => hook.result.current.importFile(huge));
    expect(reads).toHaveLength(0);
    expect(hook.result.current.flow).toMatchObject({
      state: 'failed',
      issues: [{ code: 'import.tooLarge', params: { sizeBytes: MAX_IMPORT_BYTES + 1 } }],
    });
  });

  it('remaps by reading the same file again with the chosen columns, keeping the shares choice', async () => {
    const { hook, read } = await reviewed('pipe-delimited.csv');
    expect(hook.result.current.review?.mapping.period).toBe('Year');
    act(() => hook.result.current.setShares(true));

    act(() => hook.result.current.remap({ label: 'Sector', value: 'Value', period: null }));
    // The review stays on screen, with the new choice, while the file is read again.
    expect(hook.result.current.reading?.remap).toBe(true);
    expect(hook.result.current.review?.mapping.period).toBeNull();
    expect(read(1).file).toBe(read(0).file);
    expect(read(1).options).toMatchObject({ label: 'Sector', value: 'Value', period: null });

    await act(() => read(1).finish());
    const { review, flow } = hook.result.current;
    expect(flow.state).toBe('review');
    expect(review?.mapping).toEqual({ label: 'Sector', value: 'Value', period: null });
    expect(review?.shares).toBe(true);
    expect(review?.imported.groups.map((group) => [group.label, group.sum])).toEqual([
      ['Food', 27.16],
      ['Paper', 7.26],
    ]);
  });

  it('keeps the review when a remapping fails', async () => {
    const { hook, read } = await reviewed('pipe-delimited.csv');
    act(() => hook.result.current.remap({ label: 'Sector', value: 'Value', period: null }));
    act(() =>
      read(1).answer({
        ok: false,
        issues: [{ code: 'import.readFailed', severity: 'error', params: { detail: 'gone' } }],
      }),
    );
    await waitFor(() => expect(hook.result.current.flow.state).toBe('failed'));
    expect(hook.result.current.review?.fileName).toBe('pipe-delimited.csv');
  });

  it('cancels a read in flight: its signal aborts, what was on screen stays, and its late answer is ignored', async () => {
    const { hook, read } = await reviewed('bps-semicolon.csv');
    const before = hook.result.current.review;
    act(() => hook.result.current.importFile(fixture('pipe-delimited.csv')));
    expect(hook.result.current.flow.state).toBe('reading');

    act(() => hook.result.current.cancel());
    expect(read(1).controls.signal.aborted).toBe(true);
    expect(hook.result.current.flow).toMatchObject({ state: 'review', cancelled: true });
    expect(hook.result.current.review).toBe(before);

    await act(() => read(1).finish());
    expect(hook.result.current.flow).toMatchObject({ state: 'review', cancelled: true });
    expect(hook.result.current.review?.fileName).toBe('bps-semicolon.csv');
  });

  it('lets a newer read take over: the older one is aborted and says nothing', async () => {
    const { hook, read } = setup();
    act(() => hook.result.current.importFile(fixture('bps-semicolon.csv')));
    act(() => hook.result.current.importFile(fixture('pipe-delimited.csv')));
    expect(read(0).controls.signal.aborted).toBe(true);
    // The older read answers first: the newer one is still under way, not cancelled.
    await act(() => read(0).finish());
    expect(hook.result.current.reading).toMatchObject({ fileName: 'pipe-delimited.csv' });
    await act(() => read(1).finish());
    expect(hook.result.current.review?.fileName).toBe('pipe-delimited.csv');
  });

  it('aborts the read in flight when the panel goes', () => {
    const { hook, read } = setup();
    act(() => hook.result.current.importFile(fixture('bps-semicolon.csv')));
    hook.unmount();
    expect(read(0).controls.signal.aborted).toBe(true);
  });

  it('keeps a charted review in storage, lists it, shows it, and renames and removes it', async () => {
    const { hook, storage } = await reviewed('bps-semicolon.csv');
    act(() => expect(hook.result.current.chart()).toBe(true));
    // Charted at once; "kept" once the store has it.
    expect(hook.result.current.current?.fileName).toBe('bps-semicolon.csv');
    await waitFor(() =>
      expect(hook.result.current.flow).toEqual({ state: 'kept', name: 'bps-semicolon.csv' }),
    );
    const [entry] = hook.result.current.entries;
    expect(entry?.name).toBe('bps-semicolon.csv');
    const stored = await storage.load(entry?.id ?? '');
    expect(stored.ok && stored.data.kind).toBe('dataset');

    await act(() => hook.result.current.rename(entry?.id ?? '', 'Shares 2019'));
    expect(hook.result.current.entries.map((kept) => kept.name)).toEqual(['Shares 2019']);
    expect(hook.result.current.current?.name).toBe('Shares 2019');

    await act(() => hook.result.current.remove(entry?.id ?? ''));
    expect(hook.result.current.entries).toEqual([]);
    expect(hook.result.current.current).toBeNull();
  });

  it('says why a kept dataset cannot be shown, and keeps it', async () => {
    const { store, data } = memoryKeyValueStore();
    const damaged = { version: 1, id: 'old', name: 'Old sums', mapping: {}, groups: [] };
    data.set('datasets:index', [
      { id: 'old', name: 'Old sums', fileName: 'old.csv', importedOn: '2024-01-01' },
    ]);
    data.set('datasets:old', damaged);
    const storage = createDatasetStorage(store);
    const { result } = renderHook(() =>
      useImportFlow({ parseFile: heldParse().parseFile, storage }),
    );
    await waitFor(() =>
      expect(result.current.storageMessage).toEqual({
        key: 'issue.stored.missingFields',
        name: 'Old sums',
      }),
    );
    expect(result.current.entries.map((entry) => entry.name)).toEqual(['Old sums']);
    expect(data.get('datasets:old')).toEqual(damaged);
  });

  it('does not chart a review with no value column, and says why', async () => {
    const { hook } = await reviewed('bps-semicolon.csv');
    act(() => hook.result.current.remap({ label: 'Sektor', value: null, period: null }));
    expect(hook.result.current.blocker).toBe('import.mapping.needValue');
  });
});
