import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { reloadIntoUpdate, subscribeToUpdate } from './serviceWorker.ts';

/** Tells the reader a new version is ready; it loads only when they choose. */
export function UpdateBanner() {
  const { t } = useI18n();
  const [ready, setReady] = useState(false);
  useEffect(() => subscribeToUpdate(setReady), []);
  if (!ready) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('app.updateReady')}</span>
      <button type="button" className="button button--primary" onClick={reloadIntoUpdate}>
        {t('app.reload')}
      </button>
    </div>
  );
}
