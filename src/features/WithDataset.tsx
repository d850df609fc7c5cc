import type { ReactNode } from 'react';
import { PanelError } from '../components/PanelError.tsx';
import type { DatasetId, DatasetTypes } from '../domain/bundle.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useDashboard } from '../state/StoreContext.tsx';
import { useDataset } from '../state/useDataset.ts';

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
