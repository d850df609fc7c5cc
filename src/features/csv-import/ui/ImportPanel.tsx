/**
 * "Your data": a student's own CSV, read in a worker, reported on, mapped to
 * label / value / period, and charted with the dashboard's own chart, frame,
 * table and downloads. Datasets are kept in this browser (IndexedDB).
 *
 * Presentation only: what happens (reading, cancelling, remapping, keeping)
 * is useImportFlow's; this draws its state and calls its actions.
 */
import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { MAX_IMPORT_BYTES } from '../../../domain/import/index.ts';
import { isolate } from '../../../i18n/bidi.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import { ColumnMappingForm } from './ColumnMappingForm.tsx';
import type { DatasetStorage } from '../storage/datasetStorage.ts';
import { ImportedChart } from './ImportedChart.tsx';
import './import.css';
import { ImportIssueList } from './ImportIssueList.tsx';
import { ImportReport } from './ImportReport.tsx';
import type { ParseFile } from '../worker/parseFile.ts';
import { SavedDatasets } from './SavedDatasets.tsx';
import { useImportFlow } from '../flow/useImportFlow.ts';

export interface ImportPanelProps {
  /** How files are read: the worker by default; tests pass `parseOnMainThread`. */
  parseFile?: ParseFile;
  /** Where datasets are kept: IndexedDB by default; tests pass an in-memory store. */
  storage?: DatasetStorage;
  animate?: boolean;
}

const ACCEPT = '.csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values';

export function ImportPanel({ parseFile, storage, animate = true }: ImportPanelProps = {}) {
  const { t, locale } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const importFlow = useImportFlow({ parseFile, storage });
  const { flow, review, reading, shareCheck, blocker, entries, current, storageMessage } =
    importFlow;
  const [dragging, setDragging] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  // The same file can be chosen again once its review is charted or discarded.
  const clearInput = () => {
    if (inputRef.current) inputRef.current.value = '';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (reading) return;
    importFlow.importFile(event.dataTransfer.files[0]);
  };

  return (
    <div className="import-panel">
      <p className="import-intro">{t('import.intro')}</p>
      <div
        className={dragging ? 'import-drop import-drop--active' : 'import-drop'}
        onPointerEnter={importFlow.prefetch}
        onFocus={importFlow.prefetch}
        onDragEnter={importFlow.prefetch}
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
          onChange={(event) => importFlow.importFile(event.target.files?.[0])}
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
          <button type="button" className="button" onClick={importFlow.cancel}>
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
            blocker={blocker ? t(blocker) : null}
            busy={reading !== null}
            onMappingChange={importFlow.remap}
            onSharesChange={importFlow.setShares}
            onChart={() => {
              if (importFlow.chart()) clearInput();
            }}
            onDiscard={() => {
              importFlow.discard();
              clearInput();
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
        onShow={(id) => void importFlow.show(id)}
        onRename={(id, name) => void importFlow.rename(id, name)}
        onDelete={(id) => void importFlow.remove(id)}
        t={t}
        locale={locale}
      />
    </div>
  );
}

export default ImportPanel;
