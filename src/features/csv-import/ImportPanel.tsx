/**
 * "Your data": a student's own CSV, read in a worker, reported on, mapped to
 * label / value / period, and charted with the dashboard's own chart, frame,
 * table and downloads. Datasets are kept in this browser (IndexedDB).
 *
 * A failed or cancelled import changes nothing on screen: the dataset shown
 * stays shown until the user charts a new one.
 */
import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import type { AggregatorOptions, ImportResult, ShareCheck } from '../../domain/import/index.ts';
import { MAX_IMPORT_BYTES, validateShares } from '../../domain/import/index.ts';
import { isolate } from '../../i18n/bidi.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { MappingChoice } from './ColumnMappingForm.tsx';
import { ColumnMappingForm } from './ColumnMappingForm.tsx';
import type { DatasetStorage } from './datasetStorage.ts';
import { createBrowserDatasetStorage, newDatasetId } from './datasetStorage.ts';
import { ImportedChart } from './ImportedChart.tsx';
import { selectShareCheck } from './importedChart.selectors.ts';
import './import.css';
import type { ImportedDataset } from './importedDataset.ts';
import { datasetFromImport, localDate } from './importedDataset.ts';
import type { Review } from './importFlow.ts';
import { importFlowReducer, initialImportFlow, reviewOf } from './importFlow.ts';
import { ImportIssueList } from './ImportIssueList.tsx';
import { ImportReport } from './ImportReport.tsx';
import type { ParseFile } from './parseFile.ts';
import { SavedDatasets } from './SavedDatasets.tsx';
import { useKeptDatasets } from './useKeptDatasets.ts';

/**
 * The worker (with its inlined parser) loads when a reader reaches for the file
 * picker (pointer over it, focus, a drag), not with the page: then the chunk's
 * evaluation is done before the file is chosen, not a long task in the import.
 */
const loadWorkerParse = () => import('./workerParse.ts');
const parseInWorkerLazily: ParseFile = (file, options, controls) =>
  loadWorkerParse().then((module) => module.parseInWorker(file, options, controls));
const prefetchWorkerParse = () => void loadWorkerParse();

export interface ImportPanelProps {
  /** How files are read: the worker by default; tests pass `parseOnMainThread`. */
  parseFile?: ParseFile;
  /** Where datasets are kept: IndexedDB by default; tests pass an in-memory store. */
  storage?: DatasetStorage;
  animate?: boolean;
}

const ACCEPT = '.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values';

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

export function ImportPanel({
  parseFile = parseInWorkerLazily,
  storage: givenStorage,
  animate = true,
}: ImportPanelProps = {}) {
  const { t, locale } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const storage = useMemo(() => givenStorage ?? createBrowserDatasetStorage(), [givenStorage]);
  const [flow, dispatch] = useReducer(importFlowReducer, initialImportFlow);
  const review = reviewOf(flow);
  const reading = flow.state === 'reading' ? flow : null;
  const kept = useKeptDatasets(storage);
  const { entries, current, storageMessage } = kept;
  const [dragging, setDragging] = useState(false);
  const abortRef = useRef<AbortController | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
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
      const next: Review = {
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
      };
      dispatch({ type: 'read-done', review: next });
    },
    [parseFile],
  );

  const importFile = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      // Refused before reading a byte.
      dispatch({
        type: 'read-failed',
        fileName: file.name,
        issues: [
          {
            code: 'import.tooLarge',
            severity: 'error',
            file: file.name,
            params: {
              limitBytes: MAX_IMPORT_BYTES,
              limitMegabytes: Math.round(MAX_IMPORT_BYTES / (1024 * 1024)),
              sizeBytes: file.size,
            },
          },
        ],
      });
      return;
    }
    void read(file, file.name, {}, null);
  };

  const remap = (mapping: MappingChoice) => {
    if (!review) return;
    dispatch({ type: 'edit', mapping });
    void read(
      review.file,
      review.fileName,
      { label: mapping.label ?? '', value: mapping.value ?? '', period: mapping.period },
      { ...review, mapping },
    );
  };

  const cancel = () => {
    abortRef.current?.abort();
    abortRef.current = null;
    dispatch({ type: 'cancel' });
  };

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
  const blocker = !review
    ? null
    : review.mapping.value === null || !candidate || candidate.groups.length === 0
      ? t('import.mapping.needValue')
      : shareCheck && !shareCheck.ok
        ? t('import.mapping.sharesInvalid')
        : null;

  const chart = () => {
    if (!review || !candidate || blocker) return;
    const dataset: ImportedDataset = { ...candidate, id: newDatasetId() };
    dispatch({ type: 'charted' });
    if (inputRef.current) inputRef.current.value = '';
    void kept.keep(dataset).then((saved) => {
      if (saved) dispatch({ type: 'kept', name: dataset.name });
    });
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (reading) return;
    importFile(event.dataTransfer.files[0]);
  };

  return (
    <div className="import-panel">
      <p className="import-intro">{t('import.intro')}</p>
      <div
        className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
        onPointerEnter={parseFile === parseInWorkerLazily ? prefetchWorkerParse : undefined}
        onFocus={parseFile === parseInWorkerLazily ? prefetchWorkerParse : undefined}
        onDragEnter={parseFile === parseInWorkerLazily ? prefetchWorkerParse : undefined}
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label className="import-drop__label" htmlFor={inputId}>
          {t('import.choose')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="import-drop__input"
          type="file"
          accept={ACCEPT}
          aria-describedby={hintId}
          disabled={reading !== null}
          onChange={(event) => importFile(event.target.files?.[0])}
        />
        <p id={hintId} className="import-drop__hint">
          {t('import.drop', { limit: Math.round(MAX_IMPORT_BYTES / (1024 * 1024)) })}
        </p>
      </div>

      {reading ? (
        <div className="import-progress" role="status">
          <label>
            <span className="import-progress__label">
              {t('import.reading', { file: isolate(reading.fileName) })}
            </span>
            <progress max={1} value={reading.fraction} />
          </label>
          <button type="button" className="button" onClick={cancel}>
            {t('import.cancel')}
          </button>
        </div>
      ) : null}

      <div aria-live="polite">
        {(flow.state === 'idle' || flow.state === 'review') && flow.cancelled ? (
          <p className="import-note">{t('import.cancelled')}</p>
        ) : null}
        {flow.state === 'kept' ? (
          <p className="import-note">{t('import.saved.kept', { name: isolate(flow.name) })}</p>
        ) : null}
      </div>
      {flow.state === 'failed' ? (
        <div className="import-error" role="alert">
          <p className="import-error__title">
            {t('import.failed', { file: isolate(flow.fileName) })}
          </p>
          <ImportIssueList
            issues={flow.issues.filter((issue) => issue.severity === 'error')}
            t={t}
            locale={locale}
          />
        </div>
      ) : null}
      {storageMessage ? (
        <p className="import-error import-error--storage" role="alert">
          {t(storageMessage.key, { name: isolate(storageMessage.name ?? '') })}
        </p>
      ) : null}

      {review ? (
        <div className="import-review">
          <ImportReport
            fileName={review.fileName}
            imported={review.imported}
            issues={review.issues}
            shares={shareCheck}
            t={t}
            locale={locale}
          />
          <ColumnMappingForm
            columns={review.imported.table.columns}
            mapping={review.mapping}
            shares={review.shares}
            blocker={blocker}
            busy={reading !== null}
            onMappingChange={remap}
            onSharesChange={(shares) => dispatch({ type: 'edit', shares })}
            onChart={chart}
            onDiscard={() => {
              dispatch({ type: 'discard' });
              if (inputRef.current) inputRef.current.value = '';
            }}
            t={t}
          />
        </div>
      ) : null}

      {current ? (
        <ImportedChart key={current.id} dataset={current} t={t} locale={locale} animate={animate} />
      ) : null}

      <SavedDatasets
        entries={entries}
        shownId={current?.id ?? null}
        busy={reading !== null}
        onShow={(id) => void kept.show(id)}
        onRename={(id, name) => void kept.rename(id, name)}
        onDelete={(id) => void kept.remove(id)}
        t={t}
        locale={locale}
      />
    </div>
  );
}

export default ImportPanel;
