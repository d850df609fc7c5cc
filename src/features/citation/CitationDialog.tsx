import { useEffect, useId, useMemo, useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import type { ChartModel } from '../../domain/chartModel.ts';
import type { Source } from '../../domain/sources.ts';
import { formatVintage } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboardStore } from '../../state/StoreContext.tsx';
import { useDataset } from '../../state/useDataset.ts';
import { publicBaseUrl } from '../embed/embedCode.ts';
import { sourceName } from '../figureText.ts';
import type { CitationSubject } from './citationItems.ts';
import { citationItems, localToday } from './citationItems.ts';
import type { CitationFormat } from './formatCitations.ts';
import { CITATION_FORMATS, formatCitations } from './formatCitations.ts';

/** Enough rows to show a short reference whole (APA lines wrap; BibTeX and RIS lines mostly do not). */
function textRows(text: string): number {
  const lines = text.split('\n');
  const wrapped = lines.reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 72)), 0);
  return Math.min(12, Math.max(4, wrapped));
}

export type CitationRequest = { kind: 'chart'; model: ChartModel } | { kind: 'dataset' };

function CitationBody({ subject }: { subject: CitationSubject }) {
  const { t, locale } = useI18n();
  const store = useDashboardStore();
  const [citations, setCitations] = useState<Record<CitationFormat, string> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [copied, setCopied] = useState<{ format: CitationFormat; ok: boolean } | null>(null);
  const ids = { apa: useId(), bibtex: useId(), ris: useId() };
  // Read once when the dialog opens: the view and the day it cites stay put while it is open.
  const [accessed] = useState(() => localToday());
  const items = useMemo(
    () =>
      citationItems(subject, {
        baseUrl: publicBaseUrl(),
        view: store.getState(),
        locale,
        t,
        accessed,
        prerenderedPages: import.meta.env.VITE_PRERENDERED_PAGES === 'true',
      }),
    [subject, store, locale, t, accessed],
  );
  useEffect(() => {
    let current = true;
    formatCitations(items, locale, t('cite.approximately')).then(
      (result) => current && setCitations(result),
      (error: unknown) =>
        current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [items, locale, t]);

  const copy = async (format: CitationFormat, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ format, ok: true });
    } catch {
      setCopied({ format, ok: false });
    }
  };
  const sources: readonly Source[] =
    (subject.kind === 'chart' ? subject.model.sources : subject.sources) ?? [];
  const today = formatVintage(
    `${accessed.year}-${String(accessed.month).padStart(2, '0')}-${String(accessed.day).padStart(2, '0')}`,
    locale,
  );

  return (
    <>
      <p className="dialog__help">
        {t(subject.kind === 'chart' ? 'cite.intro' : 'cite.introDataset', { date: today })}
      </p>
      {failure ? (
        <p role="alert">{t('cite.failed', { detail: failure })}</p>
      ) : !citations ? (
        <p role="status">{t('cite.loading')}</p>
      ) : (
        CITATION_FORMATS.map((format) => {
          const name = t(`cite.format.${format}`);
          const text = citations[format];
          return (
            <div key={format} className="citation">
              <label className="dialog__label" htmlFor={ids[format]}>
                {name}
              </label>
              <textarea
                id={ids[format]}
                className="code citation__text"
                readOnly
                value={text}
                rows={textRows(text)}
                onFocus={(event) => event.currentTarget.select()}
              />
              <div className="dialog__actions">
                <button type="button" className="button" onClick={() => void copy(format, text)}>
                  {t('cite.copy', { format: name })}
                </button>
                <span role="status" className="dialog__status">
                  {copied?.format !== format
                    ? ''
                    : copied.ok
                      ? t('cite.copied', { format: name })
                      : t('download.copyFailed')}
                </span>
              </div>
            </div>
          );
        })
      )}
      {sources.length > 0 ? (
        <>
          <h3 className="dialog__subheading">{t('cite.sourcesHeading')}</h3>
          <ul className="citation__sources">
            {sources.map((source) => {
              const name = sourceName(source, locale);
              return (
                <li key={source.id}>
                  {t('cite.sourceEntry', {
                    publisher: name.publisher,
                    title: name.title,
                    released: formatVintage(source.vintage, locale),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The whole dataset cites every row of sources.csv (each dataset carries the full list). */
function DatasetCitation() {
  const { t } = useI18n();
  const context = useDataset('context');
  const sources = useMemo(
    () => (context.status === 'ready' ? [...context.data.sources.values()] : null),
    [context],
  );
  const subject = useMemo<CitationSubject | null>(
    () => (sources ? { kind: 'dataset', sources } : null),
    [sources],
  );
  if (context.status === 'error') return <p role="alert">{t('cite.failed', { detail: '' })}</p>;
  if (!subject) return <p role="status">{t('cite.loading')}</p>;
  return <CitationBody subject={subject} />;
}

/** APA 7, BibTeX and RIS for a chart (its view on screen) or the whole dataset, ready to copy. */
export default function CitationDialog({
  request,
  onClose,
}: {
  request: CitationRequest;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const model = request.kind === 'chart' ? request.model : null;
  const chartSubject = useMemo<CitationSubject | null>(
    () => (model ? { kind: 'chart', model } : null),
    [model],
  );
  return (
    <Dialog
      title={t(request.kind === 'chart' ? 'cite.heading' : 'cite.headingDataset')}
      closeLabel={t('actions.close')}
      onClose={onClose}
    >
      {chartSubject ? <CitationBody subject={chartSubject} /> : <DatasetCitation />}
    </Dialog>
  );
}
