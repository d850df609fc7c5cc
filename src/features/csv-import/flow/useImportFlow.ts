/**
 * The import's behaviour, beside its states (importFlow.ts): reads a file
 * (in the worker by default), aborts the read in flight when another starts
 * or Cancel is pressed, remaps by reading the same file again, builds the
 * candidate dataset and says what blocks charting it, and keeps, shows,
 * renames and removes the datasets kept in this browser. ImportPanel draws
 * what this returns and calls its actions.
 *
 * A failed or cancelled read changes nothing on screen: the dataset shown
 * stays shown until a new one is charted.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type {
  AggregatorOptions,
  ImportIssue,
  ImportResult,
  ShareCheck,
} from '../../../domain/import/index.ts';
import { MAX_IMPORT_BYTES, validateShares } from '../../../domain/import/index.ts';
import type { MessageKey } from '../../../i18n/index.ts';
import type { DatasetStorage } from '../storage/datasetStorage.ts';
import { createBrowserDatasetStorage, newDatasetId } from '../storage/datasetStorage.ts';
import { selectShareCheck, summedIntoOne } from './importedChart.selectors.ts';
import type { ImportedDataset } from '../storage/importedDataset.ts';
import { datasetFromImport, localDate } from '../storage/importedDataset.ts';
import type { ImportFlow, MappingChoice, Review } from './importFlow.ts';
import { importFlowReducer, initialImportFlow, reviewOf } from './importFlow.ts';
import type { ParseFile } from '../worker/parseFile.ts';
import type { KeptDatasets } from './useKeptDatasets.ts';
import { useKeptDatasets } from './useKeptDatasets.ts';

/**
 * The worker (with its inlined parser) loads when a reader reaches for the file
 * picker (pointer over it, focus, a drag), not with the page: then the chunk's
 * evaluation is done before the file is chosen, not a long task in the import.
 */
const loadWorkerParse = () => import('../worker/workerParse.ts');
const parseInWorkerLazily: ParseFile = (file, options, controls) =>
  loadWorkerParse().then((module) => module.parseInWorker(file, options, controls));
const prefetchWorkerParse = () => void loadWorkerParse();

export interface ImportFlowOptions {
  /** How files are read: the worker by default; tests pass `parseOnMainThread` or a fake. */
  parseFile?: ParseFile;
  /** Where datasets are kept: IndexedDB by default; tests pass an in-memory store. */
  storage?: DatasetStorage;
}

export interface ImportFlowView extends Pick<
  KeptDatasets,
  'entries' | 'current' | 'storageMessage' | 'show' | 'rename' | 'remove'
> {
  flow: ImportFlow;
  /** The review on screen (also during a remapping read and after a failed one). */
  review: Review | null;
  /** The read under way, if any. */
  reading: Extract<ImportFlow, { state: 'reading' }> | null;
  /** Whether the shares of the review add up (null when they are not shares). */
  shareCheck: ImportResult<ShareCheck> | null;
  /** Why the review cannot be charted yet, or null. */
  blocker: MessageKey | null;
  /** Loads the worker ahead of a read; undefined when files are not read in the worker. */
  prefetch: (() => void) | undefined;
  /** Reads a chosen or dropped file (refused before reading when it is too large). */
  importFile(file: File | undefined): void;
  /** Reads the review's file again with another column mapping. */
  remap(mapping: MappingChoice): void;
  setShares(shares: boolean): void;
  /** Stops the read under way; what was on screen stays. */
  cancel(): void;
  /** Charts and keeps the review; false (and nothing done) when something blocks it. */
  chart(): boolean;
  discard(): void;
}

/** The share check of a review: validateShares on the table when it holds every row, else on the sums. */
function reviewShareCheck(
  review: Review,
  candidate: ImportedDataset,
): ImportResult<ShareCheck> | null {
  if (!review.shares || review.mapping.value === null) return null;
  const { report } = review.imported.table;
  const complete = report.rowsKept === report.rowsImported;
  if (review.mapping.label !== null && review.mapping.period === null && complete)
    return validateShares(review.imported.table, {
      label: review.mapping.label,
      value: review.mapping.value,
    });
  return selectShareCheck(candidate, { period: null });
}

/** Refused before reading a byte. */
function tooLarge(file: File): ImportIssue {
  return {
    code: 'import.tooLarge',
    severity: 'error',
    file: file.name,
    params: {
      limitBytes: MAX_IMPORT_BYTES,
      limitMegabytes: Math.round(MAX_IMPORT_BYTES / (1024 * 1024)),
      sizeBytes: file.size,
    },
  };
}

export function useImportFlow({
  parseFile = parseInWorkerLazily,
  storage: givenStorage,
}: ImportFlowOptions = {}): ImportFlowView {
  const storage = useMemo(() => givenStorage ?? createBrowserDatasetStorage(), [givenStorage]);
  const kept = useKeptDatasets(storage);
  const [flow, dispatch] = useReducer(importFlowReducer, initialImportFlow);
  const review = reviewOf(flow);
  const reading = flow.state === 'reading' ? flow : null;
  const abortRef = useRef<AbortController | null>(null);
  // A read under way ends with the panel.
  useEffect(() => () => abortRef.current?.abort(), []);

  const read = useCallback(
    async (file: Blob, fileName: string, options: AggregatorOptions, previous: Review | null) => {
      abortRef.current?.abort();
      const controller = new AbortController();
      abortRef.current = controller;
      dispatch({ type: 'read', fileName, remap: previous !== null });
      const outcome = await parseFile(
        file,
        { ...options, file: fileName },
        {
          signal: controller.signal,
          onProgress: (fraction) => {
            if (!controller.signal.aborted) dispatch({ type: 'progress', fraction });
          },
        },
      );
      // A newer read (or Cancel) took over: this one says nothing.
      if (abortRef.current !== controller) return;
      abortRef.current = null;
      if (outcome === 'cancelled' || controller.signal.aborted) {
        dispatch({ type: 'cancel' });
        return;
      }
      if (!outcome.ok) {
        // The current chart stays; a remapping of a good file keeps its review.
        dispatch({ type: 'read-failed', fileName, issues: outcome.issues });
        return;
      }
      const { mapping } = outcome.data;
      dispatch({
        type: 'read-done',
        review: {
          file,
          fileName,
          imported: outcome.data,
          issues: outcome.issues,
          mapping: { label: mapping.label, value: mapping.value, period: mapping.period },
          // The user's choice stands while the value column does; a new value column brings its own guess.
          shares:
            previous && previous.mapping.value === mapping.value
              ? previous.shares
              : mapping.valueIsPercent,
        },
      });
    },
    [parseFile],
  );

  const candidate = useMemo(
    () =>
      review && review.mapping.value !== null
        ? datasetFromImport(review.imported, {
            id: 'candidate',
            name: review.fileName,
            fileName: review.fileName,
            importedOn: localDate(new Date()),
            shares: review.shares,
          })
        : null,
    [review],
  );
  const shareCheck = review && candidate ? reviewShareCheck(review, candidate) : null;
  const blocker: MessageKey | null = !review
    ? null
    : review.mapping.value === null || !candidate || candidate.groups.length === 0
      ? 'import.mapping.needValue'
      : summedIntoOne(candidate)
        ? 'import.mapping.needLabelOrPeriod'
        : shareCheck && !shareCheck.ok
          ? 'import.mapping.sharesInvalid'
          : null;

  return {
    flow,
    review,
    reading,
    shareCheck,
    blocker,
    entries: kept.entries,
    current: kept.current,
    storageMessage: kept.storageMessage,
    show: kept.show,
    rename: kept.rename,
    remove: kept.remove,
    prefetch: parseFile === parseInWorkerLazily ? prefetchWorkerParse : undefined,

    importFile(file) {
      if (!file) return;
      if (file.size > MAX_IMPORT_BYTES)
        dispatch({ type: 'read-failed', fileName: file.name, issues: [tooLarge(file)] });
      else void read(file, file.name, {}, null);
    },

    remap(mapping) {
      if (!review) return;
      dispatch({ type: 'edit', mapping });
      void read(
        review.file,
        review.fileName,
        { label: mapping.label ?? '', value: mapping.value ?? '', period: mapping.period },
        { ...review, mapping },
      );
    },

    setShares: (shares) => dispatch({ type: 'edit', shares }),

    cancel() {
      abortRef.current?.abort();
      abortRef.current = null;
      dispatch({ type: 'cancel' });
    },

    chart() {
      if (!review || !candidate || blocker) return false;
      const dataset: ImportedDataset = { ...candidate, id: newDatasetId() };
      dispatch({ type: 'charted' });
      void kept.keep(dataset).then((saved) => {
        if (saved) dispatch({ type: 'kept', name: dataset.name });
      });
      return true;
    },

    discard: () => dispatch({ type: 'discard' }),
  };
}
