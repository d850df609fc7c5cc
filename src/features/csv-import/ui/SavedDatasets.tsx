import { useId, useState } from 'react';
import { isolate } from '../../../i18n/bidi.ts';
import type { Translate } from '../../../i18n/index.ts';
import { formatVintage } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';
import type { DatasetEntry } from '../storage/datasetStorage.ts';
import { MAX_NAME_LENGTH } from '../storage/datasetStorage.ts';

interface SavedDatasetsProps {
  entries: readonly DatasetEntry[];
  shownId: string | null;
  busy: boolean;
  onShow: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
  t: Translate;
  locale: Locale;
}

function RenameForm({
  entry,
  onRename,
  onDone,
  t,
}: {
  entry: DatasetEntry;
  onRename: (id: string, name: string) => void;
  onDone: () => void;
  t: Translate;
}) {
  const inputId = useId();
  const [name, setName] = useState(entry.name);
  return (
    <form
      className="import-rename"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() !== '') onRename(entry.id, name);
        onDone();
      }}
    >
      <label className="control" htmlFor={inputId}>
        <span className="control__label">
          {t('import.saved.renameLabel', { name: isolate(entry.name) })}
        </span>
        <input
          id={inputId}
          type="text"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          required
          // Focus follows the user's click on "Rename".
          autoFocus
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary">
        {t('import.saved.save')}
      </button>
      <button type="button" className="button" onClick={onDone}>
        {t('import.cancel')}
      </button>
    </form>
  );
}

/** Datasets kept in this browser: show, rename, delete. */
export function SavedDatasets({
  entries,
  shownId,
  busy,
  onShow,
  onRename,
  onDelete,
  t,
  locale,
}: SavedDatasetsProps) {
  const [renaming, setRenaming] = useState<string | null>(null);
  return (
    <section className="import-saved" aria-labelledby="import-saved-heading">
      <h3 id="import-saved-heading" className="import-subheading">
        {t('import.saved.heading')}
      </h3>
      {entries.length === 0 ? (
        <p className="import-note">{t('import.saved.empty')}</p>
      ) : (
        <ul className="import-saved__list">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id} className="import-saved__item" data-dataset={entry.id}>
              {renaming === entry.id ? (
                <RenameForm
                  entry={entry}
                  onRename={onRename}
                  onDone={() => setRenaming(null)}
                  t={t}
                />
              ) : (
                <>
                  <div className="import-saved__text">
                    <bdi className="import-saved__name">{entry.name}</bdi>
                    <span className="import-saved__meta">
                      {t('import.saved.meta', {
                        file: isolate(entry.fileName),
                        date: formatVintage(entry.importedOn, locale),
                      })}
                    </span>
                  </div>
                  <div className="import-saved__actions">
                    <button
                      type="button"
                      className="button"
                      aria-pressed={entry.id === shownId}
                      aria-label={t('import.saved.showAria', { name: isolate(entry.name) })}
                      disabled={busy}
                      onClick={() => onShow(entry.id)}
                    >
                      {entry.id === shownId ? t('import.saved.shown') : t('import.saved.show')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('import.saved.renameAria', { name: isolate(entry.name) })}
                      disabled={busy}
                      onClick={() => setRenaming(entry.id)}
                    >
                      {t('import.saved.rename')}
                    </button>
                    <button
                      type="button"
                      className="button"
                      aria-label={t('import.saved.deleteAria', { name: isolate(entry.name) })}
                      disabled={busy}
                      onClick={() => onDelete(entry.id)}
                    >
                      {t('import.saved.delete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
