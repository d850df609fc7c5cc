import { useId, useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { issueMessageKey } from '../../components/IssueList.tsx';
import type { ChartModel } from '../../domain/chartModel.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useDashboard } from '../../state/StoreContext.tsx';
import type { ChartTheme } from './chartImage.ts';
import { drawChartImage } from './drawChartImage.ts';
import {
  chartDownloadTable,
  csvFileName,
  historyTable,
  tablePeriod,
  tableToCsv,
  tableToTsv,
} from './csvExport.ts';
import type { CsvFlavour } from './csvExport.ts';
import { imageFileName } from './fileNames.ts';
import { svgToPngBlob } from './png.ts';
import { saveBlob } from './saveFile.ts';

const WIDTHS = [640, 960, 1200] as const;

function resolvedTheme(theme: string): ChartTheme {
  if (theme === 'light' || theme === 'dark') return theme;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** PNG and SVG with title, source and vintage baked in; CSV of exactly what the chart shows. */
export default function DownloadDialog({
  model,
  onClose,
  fileQualifier: givenQualifier,
  period,
}: {
  model: ChartModel;
  onClose: () => void;
  /** Added to the file names (e.g. an imported dataset's name). */
  fileQualifier?: string;
  /** The period a one-period chart shows (`2018`): in the file names and as a CSV column. */
  period?: string;
}) {
  const { t, locale } = useI18n();
  // Named by chart and period: the sector chart of 2018, the PMI of 2021-01..2021-12.
  const fileQualifier = givenQualifier ?? period ?? tablePeriod(model.table);
  const theme = useDashboard((s) => s.theme);
  const ids = { width: useId(), theme: useId() };
  const [width, setWidth] = useState<number>(960);
  const [imageTheme, setImageTheme] = useState<ChartTheme>(resolvedTheme(theme));
  const [status, setStatus] = useState('');

  const imageOf = () =>
    drawChartImage(model, {
      width,
      theme: imageTheme,
      dashboardName: t('app.dashboardName'),
      locale,
    });
  const sourcedTable = () =>
    chartDownloadTable(
      model,
      t('download.sourceColumn'),
      period === undefined ? undefined : { label: t('download.periodColumn'), id: period },
    );

  const failed = (error: unknown) =>
    setStatus(
      t('download.failed', { detail: error instanceof Error ? error.message : String(error) }),
    );
  const downloadSvg = async () => {
    try {
      const { svg } = await imageOf();
      saveBlob(
        new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }),
        imageFileName(model.id, 'svg', fileQualifier),
      );
    } catch (error) {
      failed(error);
    }
  };
  const downloadPng = async () => {
    try {
      const image = await imageOf();
      const result = await svgToPngBlob(image.svg, image.width, image.height, 2);
      const issue = result.issues[0];
      if (result.ok) saveBlob(result.data.blob, imageFileName(model.id, 'png', fileQualifier));
      else if (issue) setStatus(t(issueMessageKey(issue.code), issue.params));
    } catch (error) {
      failed(error);
    }
  };
  const downloadCsv = (flavour: CsvFlavour) => {
    const text = tableToCsv(sourcedTable(), flavour, locale);
    saveBlob(
      new Blob([text], { type: 'text/csv;charset=utf-8' }),
      csvFileName(model.id, flavour, locale, fileQualifier),
    );
  };
  const downloadHistory = () => {
    if (!model.history) return;
    saveBlob(
      new Blob([tableToCsv(historyTable(model.history, t), 'machine', locale)], {
        type: 'text/csv;charset=utf-8',
      }),
      csvFileName(model.id, 'machine', locale, `${fileQualifier ?? ''} history`),
    );
  };
  const copyTable = async () => {
    try {
      await navigator.clipboard.writeText(tableToTsv(model.table, locale));
      setStatus(t('download.copied'));
    } catch {
      setStatus(t('download.copyFailed'));
    }
  };

  return (
    <Dialog title={t('download.heading')} closeLabel={t('actions.close')} onClose={onClose}>
      <h3 className="dialog__subheading">{t('download.image')}</h3>
      <div className="dialog__grid">
        <label className="control" htmlFor={ids.width}>
          <span className="control__label">{t('download.width')}</span>
          <select
            id={ids.width}
            value={width}
            onChange={(event) => setWidth(Number(event.target.value))}
          >
            {WIDTHS.map((option) => (
              <option key={option} value={option}>
                {option} px
              </option>
            ))}
          </select>
        </label>
        <label className="control" htmlFor={ids.theme}>
          <span className="control__label">{t('download.theme')}</span>
          <select
            id={ids.theme}
            value={imageTheme}
            onChange={(event) => setImageTheme(event.target.value as ChartTheme)}
          >
            <option value="light">{t('app.theme.light')}</option>
            <option value="dark">{t('app.theme.dark')}</option>
          </select>
        </label>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => void downloadPng()}>
          {t('download.png')}
        </button>
        <button type="button" className="button" onClick={() => void downloadSvg()}>
          {t('download.svg')}
        </button>
      </div>
      <h3 className="dialog__subheading">{t('download.data')}</h3>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={() => downloadCsv('machine')}>
          {t('download.csvMachine')}
        </button>
        <button type="button" className="button" onClick={() => downloadCsv('spreadsheet')}>
          {t('download.csvSpreadsheet', { format: t(`download.spreadsheetFormat.${locale}`) })}
        </button>
        <button type="button" className="button" onClick={() => void copyTable()}>
          {t('download.copyTable')}
        </button>
        {model.history && model.history.length > 0 ? (
          <button type="button" className="button" onClick={downloadHistory}>
            {t('download.historyCsv')}
          </button>
        ) : null}
      </div>
      <p className="dialog__help">{t('download.attribution')}</p>
      <p role="status" className="dialog__status">
        {status}
      </p>
    </Dialog>
  );
}
