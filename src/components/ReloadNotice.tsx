import type { Translate } from '../i18n/index.ts';

/**
 * Code that could not be loaded (a network blip, a new version deployed while the page was open):
 * say so in the reader's language, and offer the one thing that helps.
 */
export function ReloadNotice({ t }: { t: Translate }) {
  return (
    <div className="panel-error" role="alert">
      <p className="panel-error__title">{t('error.reloadTitle')}</p>
      <p>{t('error.reloadBody')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('error.reload')}
      </button>
    </div>
  );
}
