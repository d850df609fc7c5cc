import { Suspense, lazy, useState } from 'react';
import type { ChartModel } from '../../domain/chartModel.ts';
import { useI18n } from '../../i18n/useI18n.ts';

// Export and embed code loads only when someone asks for it.
const DownloadDialog = lazy(() => import('./DownloadDialog.tsx'));
const EmbedDialog = lazy(() => import('../embed/EmbedDialog.tsx'));

/** "Download" and "Embed" for a chart, each opening a dialog. */
export function ChartActions({ model }: { model: ChartModel }) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'download' | 'embed' | null>(null);
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
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        onClick={() => setOpen('embed')}
      >
        {t('actions.embed')}
      </button>
      <Suspense fallback={null}>
        {open === 'download' ? <DownloadDialog model={model} onClose={close} /> : null}
        {open === 'embed' ? <EmbedDialog model={model} onClose={close} /> : null}
      </Suspense>
    </div>
  );
}
