import { lazyChunk } from '../../lib/lazyChunk.ts';
import { Suspense, useState } from 'react';
import type { ChartModel } from '../../domain/chartModel.ts';
import { useFrameOptions } from '../../components/frameOptions.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { LazyCitationDialog } from '../citation/lazyCitationDialog.ts';

// Export and embed code loads only when someone asks for it.
const DownloadDialog = lazyChunk(() => import('./DownloadDialog.tsx'));
const EmbedDialog = lazyChunk(() => import('../embed/EmbedDialog.tsx'));

/**
 * "Download", "Embed" and "Cite" for a chart, each opening a dialog.
 * `embeddable` false hides Embed and Cite (a user's imported data lives in
 * their browser only; there is no address to link or cite); `fileQualifier`
 * is added to the download file names.
 */
export function ChartActions({
  model,
  embeddable: embeddableData = true,
  fileQualifier,
  period,
}: {
  model: ChartModel;
  embeddable?: boolean;
  fileQualifier?: string;
  /** The one period the chart shows, for the download's file name and period column. */
  period?: string;
}) {
  const { t } = useI18n();
  // Inside an embed, "Embed" would only embed the embed: readers get Download alone.
  const frame = useFrameOptions();
  const embeddable = embeddableData && !frame.embedded;
  const [open, setOpen] = useState<'download' | 'embed' | null>(null);
  // The chart as it was when Cite was pressed: the citation stays the view that was on screen.
  const [citing, setCiting] = useState<ChartModel | null>(null);
  const close = () => setOpen(null);
  return (
    <div className="chart-actions">
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setOpen('download')}
      >
        {t('actions.download')}
      </button>
      {embeddable ? (
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={() => setOpen('embed')}
        >
          {t('actions.embed')}
        </button>
      ) : null}
      {embeddable ? (
        <button
          type="button"
          className="button"
          aria-haspopup="dialog"
          onClick={() => setCiting(model)}
        >
          {t('actions.cite')}
        </button>
      ) : null}
      <Suspense fallback={null}>
        {open === 'download' ? (
          <DownloadDialog
            model={model}
            onClose={close}
            fileQualifier={fileQualifier}
            period={period}
          />
        ) : null}
        {open === 'embed' && embeddable ? <EmbedDialog model={model} onClose={close} /> : null}
        {citing ? (
          <LazyCitationDialog
            request={{ kind: 'chart', model: citing }}
            onClose={() => setCiting(null)}
          />
        ) : null}
      </Suspense>
    </div>
  );
}
