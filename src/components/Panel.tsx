import type { ReactNode } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary.tsx';
import type { DatasetId, DatasetTypes } from '../domain/bundle.ts';
import { useI18n } from '../i18n/useI18n.ts';
import type { MessageKey } from '../i18n/index.ts';
import { useDataset } from '../state/useDataset.ts';
import { PanelError } from './PanelError.tsx';
import { ReloadNotice } from './ReloadNotice.tsx';
import { isChunkLoadError } from '../lib/lazyChunk.ts';
import { useDashboard } from '../state/StoreContext.tsx';
import { useFrameOptions } from './frameOptions.ts';

interface PanelProps {
  id: string;
  heading: MessageKey;
  children: ReactNode;
  className?: string;
}

/** A dashboard section: heading, and an error boundary so a crash stays inside it. */
export function Panel({ id, heading, children, className }: PanelProps) {
  const { t } = useI18n();
  const frame = useFrameOptions();
  return (
    <section id={id} className={`panel ${className ?? ''}`} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className={frame.embedded ? 'visually-hidden' : 'panel__heading'}>
        {t(heading)}
      </h2>
      <ErrorBoundary
        fallback={(error, reset) =>
          isChunkLoadError(error) ? (
            <ReloadNotice t={t} />
          ) : (
            <div className="panel-error" role="alert">
              <p className="panel-error__title">{t('error.panelTitle')}</p>
              <p>{t('error.crash', { message: error.message })}</p>
              <button type="button" className="button" onClick={reset}>
                {t('error.retry')}
              </button>
            </div>
          )
        }
      >
        {children}
      </ErrorBoundary>
    </section>
  );
}

/** Renders children with the dataset once it is ready; a clear message (what and where) when it is not. */
export function WithDataset<K extends DatasetId>({
  id,
  children,
}: {
  id: K;
  children: (data: DatasetTypes[K]) => ReactNode;
}) {
  const { t } = useI18n();
  const state = useDataset(id);
  const ensure = useDashboard((s) => s.ensureDataset);
  if (state.status === 'ready') return <>{children(state.data as DatasetTypes[K])}</>;
  if (state.status === 'error')
    return <PanelError issues={state.issues} t={t} onRetry={() => void ensure(id)} />;
  return (
    <p className="panel__loading" role="status">
      {t('app.loading')}
    </p>
  );
}
