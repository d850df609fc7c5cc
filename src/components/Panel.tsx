import type { ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/index.ts';
import { ReloadNotice } from './ReloadNotice.tsx';
import { isChunkLoadError } from '../lib/lazyChunk.ts';
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
