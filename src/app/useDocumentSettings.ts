import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useDashboard } from '../state/StoreContext.tsx';

/** Keeps <html lang>, the title and the theme attribute in step with the store. */
export function useDocumentSettings(title?: string) {
  const locale = useDashboard((s) => s.locale);
  const theme = useDashboard((s) => s.theme);
  const { t } = useI18n();
  const documentTitle = title ?? t('app.title');
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = documentTitle;
  }, [locale, documentTitle]);
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
