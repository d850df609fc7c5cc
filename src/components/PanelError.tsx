import type { Issue } from '../domain/result.ts';
import type { Translate } from '../i18n/index.ts';
import { IssueList } from './IssueList.tsx';

export function PanelError({
  issues,
  t,
  onRetry,
}: {
  issues: readonly Issue[];
  t: Translate;
  onRetry?: () => void;
}) {
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error__title">{t('error.panelTitle')}</p>
      <p>{t('error.panelBody')}</p>
      <IssueList issues={issues} t={t} />
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      ) : null}
    </div>
  );
}
