import type {
  AggregatedImport,
  ImportIssue,
  ImportResult,
  ShareCheck,
} from '../../../domain/import/index.ts';
import { MAX_SKIPPED_LISTED } from '../../../domain/import/index.ts';
import type { Translate } from '../../../i18n/index.ts';
import { isolate } from '../../../i18n/bidi.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { ImportIssueList } from './ImportIssueList.tsx';
import { delimiterName, importIssueText, localNumber, numberFormatName } from './importIssues.ts';

interface ImportReportProps {
  fileName: string;
  imported: AggregatedImport;
  issues: readonly ImportIssue[];
  /** The share check of the mapped columns, when the values are shares. */
  shares: ImportResult<ShareCheck> | null;
  t: Translate;
  locale: Locale;
}

function ShareStatusLine({
  shares,
  t,
  locale,
}: {
  shares: ImportResult<ShareCheck>;
  t: Translate;
  locale: Locale;
}) {
  if (!shares.ok) {
    const errors = shares.issues.filter((issue) => issue.severity === 'error');
    return (
      <div className="import-shares import-shares--over" role="alert">
        <p>{t('import.shares.invalid')}</p>
        <ImportIssueList issues={errors} t={t} locale={locale} />
      </div>
    );
  }
  const { status, sum, remainder } = shares.data;
  const sumText = `${localNumber(sum, locale)}%`;
  return (
    <p className={`import-shares import-shares--${status}`}>
      {status === 'remainder'
        ? t('import.shares.remainder', {
            sum: sumText,
            remainder: `${localNumber(remainder, locale)}%`,
          })
        : t('import.shares.complete', { sum: sumText })}
    </p>
  );
}

/** What was read, how, and what was left out and why: before anything is charted. */
export function ImportReport({ fileName, imported, issues, shares, t, locale }: ImportReportProps) {
  const { report, columns } = imported.table;
  const count = (value: number) => formatNumber(value, locale, 0);
  const encoding = report.encoding
    ? report.bom
      ? t('import.report.encodingBom', { encoding: report.encoding.toUpperCase() })
      : report.encoding.toUpperCase()
    : '–';
  const notes = issues.filter((issue) => issue.severity !== 'error');
  const skippedListed = report.skippedRows.length;
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h3 id="import-report-heading" className="import-subheading">
        {t('import.report.heading', { file: isolate(fileName) })}
      </h3>
      <dl className="import-facts">
        <div>
          <dt>{t('import.report.rowsRead')}</dt>
          <dd data-fact="rows">{count(report.rowsRead)}</dd>
        </div>
        <div>
          <dt>{t('import.report.rowsImported')}</dt>
          <dd data-fact="imported">{count(report.rowsImported)}</dd>
        </div>
        <div>
          <dt>{t('import.report.columnsRead')}</dt>
          <dd data-fact="columns">{count(report.columnsRead)}</dd>
        </div>
        <div>
          <dt>{t('import.report.delimiter')}</dt>
          <dd data-fact="delimiter">{delimiterName(report.delimiter, t)}</dd>
        </div>
        <div>
          <dt>{t('import.report.encoding')}</dt>
          <dd data-fact="encoding">{encoding}</dd>
        </div>
        <div>
          <dt>{t('import.report.header')}</dt>
          <dd data-fact="header">
            {report.headerRow === null
              ? t('import.report.noHeader')
              : t('import.report.headerLine', { row: report.headerRow })}
          </dd>
        </div>
        <div>
          <dt>{t('import.report.skipped')}</dt>
          <dd data-fact="skipped">{count(report.skippedCount)}</dd>
        </div>
      </dl>

      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('import.report.columnsHeading')}
      >
        <table className="data-table import-columns">
          <caption>{t('import.report.columnsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.report.col.name')}</th>
              <th scope="col">{t('import.report.col.kind')}</th>
              <th scope="col">{t('import.report.col.format')}</th>
              <th scope="col" className="num">
                {t('import.report.col.read')}
              </th>
              <th scope="col" className="num">
                {t('import.report.col.failed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.name} data-column={column.name}>
                <th scope="row">
                  <bdi>{column.name}</bdi>
                </th>
                <td>{t(`import.kind.${column.kind}`)}</td>
                <td data-format={column.numberFormat?.id ?? ''}>
                  {column.numberFormat
                    ? column.numberFormat.percent
                      ? t('import.report.percent', {
                          format: numberFormatName(column.numberFormat.id, t),
                        })
                      : numberFormatName(column.numberFormat.id, t)
                    : '–'}
                </td>
                <td className="num">{count(column.parsedCount)}</td>
                <td className="num">{count(column.failedCount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {shares ? <ShareStatusLine shares={shares} t={t} locale={locale} /> : null}

      {skippedListed > 0 ? (
        <div
          className="table-scroll"
          tabIndex={0}
          role="region"
          aria-label={t('import.report.skippedHeading')}
        >
          <table className="data-table import-skipped">
            <caption>{t('import.report.skippedHeading')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('import.report.skippedCol.row')}
                </th>
                <th scope="col">{t('import.report.skippedCol.column')}</th>
                <th scope="col">{t('import.report.skippedCol.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.skippedRows.slice(0, MAX_SKIPPED_LISTED).map((row, index) => {
                // The issue behind the skip has the reason's wording (with its details when listed).
                const issue = issues.find(
                  (candidate) => candidate.code === row.reason && candidate.row === row.row,
                ) ?? { code: row.reason, severity: 'warning' as const };
                return (
                  <tr key={index}>
                    <td className="num">{row.row}</td>
                    <td>{row.column ? <bdi>{row.column}</bdi> : '–'}</td>
                    <td>
                      {importIssueText(
                        { ...issue, row: undefined, column: undefined, file: undefined },
                        t,
                        locale,
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {report.skippedCount > skippedListed ? (
            <p className="import-note">
              {t('import.report.skippedMore', {
                count: count(report.skippedCount - skippedListed),
              })}
            </p>
          ) : null}
        </div>
      ) : null}

      {notes.length > 0 ? (
        <>
          <h4 className="import-minor-heading">{t('import.report.issuesHeading')}</h4>
          <ImportIssueList issues={notes} t={t} locale={locale} />
        </>
      ) : null}
    </section>
  );
}
