import { useId } from 'react';
import type { ImportedColumn } from '../../../domain/import/index.ts';
import { isolate } from '../../../i18n/bidi.ts';
import type { Translate } from '../../../i18n/index.ts';
import type { MappingChoice } from '../flow/importFlow.ts';
import type { DatasetMapping } from '../storage/importedDataset.ts';

interface ColumnMappingFormProps {
  columns: readonly ImportedColumn[];
  mapping: MappingChoice;
  shares: boolean;
  /** Why the data cannot be charted yet, or null. */
  blocker: string | null;
  busy: boolean;
  onMappingChange: (mapping: MappingChoice) => void;
  onSharesChange: (shares: boolean) => void;
  onChart: (mapping: DatasetMapping) => void;
  onDiscard: () => void;
  t: Translate;
}

const NONE = '';

/** Which column holds the labels, the values and the periods (guessMapping's guess first). */
export function ColumnMappingForm({
  columns,
  mapping,
  shares,
  blocker,
  busy,
  onMappingChange,
  onSharesChange,
  onChart,
  onDiscard,
  t,
}: ColumnMappingFormProps) {
  const ids = { label: useId(), value: useId(), period: useId(), shares: useId(), help: useId() };
  const numberColumns = columns.filter((column) => column.kind === 'number');
  const periodColumns = columns.filter((column) => column.kind === 'period');
  const value = mapping.value;
  const set = (key: keyof MappingChoice, name: string) =>
    onMappingChange({ ...mapping, [key]: name === NONE ? null : name });

  const select = (
    key: keyof MappingChoice,
    label: string,
    options: readonly ImportedColumn[],
    allowNone: boolean,
  ) => (
    // The label names only its select (a wrapping label would add the options to the name).
    <div className="control import-control">
      <label className="control__label" htmlFor={ids[key]}>
        {label}
      </label>
      <select
        id={ids[key]}
        value={mapping[key] ?? NONE}
        disabled={busy}
        onChange={(event) => set(key, event.target.value)}
      >
        {allowNone ? <option value={NONE}>{t('import.mapping.none')}</option> : null}
        {options.map((column) => (
          <option key={column.name} value={column.name}>
            {isolate(column.name)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form
      className="import-mapping"
      aria-labelledby="import-mapping-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (value !== null && blocker === null)
          onChart({ label: mapping.label, value, period: mapping.period });
      }}
    >
      <h3 id="import-mapping-heading" className="import-subheading">
        {t('import.mapping.heading')}
      </h3>
      <div className="import-mapping__grid">
        {select('label', t('import.mapping.label'), columns, true)}
        {select('value', t('import.mapping.value'), numberColumns, true)}
        {select('period', t('import.mapping.period'), periodColumns, true)}
      </div>
      <label className="import-check" htmlFor={ids.shares}>
        <input
          id={ids.shares}
          type="checkbox"
          checked={shares}
          disabled={busy}
          onChange={(event) => onSharesChange(event.target.checked)}
        />
        {t('import.mapping.shares')}
      </label>
      {blocker ? (
        <p id={ids.help} className="import-note import-note--blocker">
          {blocker}
        </p>
      ) : null}
      <div className="import-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || value === null || blocker !== null}
          aria-describedby={blocker ? ids.help : undefined}
        >
          {t('import.mapping.chart')}
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          {t('import.mapping.discard')}
        </button>
      </div>
    </form>
  );
}
