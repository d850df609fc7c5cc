import { lazyChunk } from '../lib/lazyChunk.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import decodeContext from 'virtual:decode-context';
import { SinceLinkNotice } from '../features/changes/SinceLinkNotice.tsx';
import { useDocumentSettings } from './useDocumentSettings.ts';
import { UpdateBanner } from './UpdateBanner.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { Suspense, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ReloadNotice } from '../components/ReloadNotice.tsx';
import { LazyCitationDialog } from '../features/citation/lazyCitationDialog.ts';
import { useHydrated } from '../components/useHydrated.ts';
import { Panel } from '../components/Panel.tsx';
import { Segmented } from '../components/Segmented.tsx';
import { ContextPanel } from '../features/context/ContextPanel.tsx';
import { HeadlinePanel } from '../features/headline/HeadlinePanel.tsx';
import { ChartPanel } from '../features/charts/ChartPanel.tsx';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useDashboard } from '../state/StoreContext.tsx';
import { LOCALES } from '../i18n/locales.ts';
import { THEMES } from '../domain/vocabulary.ts';

// Import code (parser, worker, storage) loads only when the section renders, after the charts.
const ImportPanel = lazyChunk(() => import('../features/csv-import/ui/ImportPanel.tsx'));

function Settings() {
  const { t, locale } = useI18n();
  const theme = useDashboard((s) => s.theme);
  const setLocale = useDashboard((s) => s.setLocale);
  const setTheme = useDashboard((s) => s.setTheme);
  return (
    <div className="settings">
      <Segmented
        label={t('app.language')}
        options={LOCALES.map((option) => ({
          key: option,
          label: t(`app.languageName.${option}`),
          lang: option,
          pressed: locale === option,
          onSelect: () => setLocale(option),
        }))}
      />
      <Segmented
        label={t('app.theme')}
        options={THEMES.map((option) => ({
          key: option,
          label: t(`app.theme.${option}`),
          pressed: theme === option,
          onSelect: () => setTheme(option),
        }))}
      />
    </div>
  );
}

/** "Cite the dataset": the whole of data/, with every source, in APA, BibTeX and RIS. */
function CiteDataset() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <ErrorBoundary fallback={() => <ReloadNotice t={t} />}>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('cite.openDataset')}
      </button>
      <Suspense fallback={null}>
        {open ? (
          <LazyCitationDialog request={{ kind: 'dataset' }} onClose={() => setOpen(false)} />
        ) : null}
      </Suspense>
    </ErrorBoundary>
  );
}

export function DashboardApp({ animate = true }: { animate?: boolean }) {
  const { t } = useI18n();
  // The prerendered page holds the import section's loading line; the import code loads once hydrated.
  const hydrated = useHydrated();
  useDocumentSettings();
  return (
    <>
      <UpdateBanner />
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <h1 className="site-title">{t('app.title')}</h1>
          <p className="site-lede">{t('app.lede')}</p>
          <Settings />
        </div>
      </header>
      <main id="main" className="dashboard" tabIndex={-1}>
        <HeadlinePanel />
        <ErrorBoundary fallback={() => null}>
          <SinceLinkNotice charts={CHART_IDS} current={decodeContext.dataVersion} />
        </ErrorBoundary>
        {CHART_IDS.map((chart) => (
          <ChartPanel key={chart} chart={chart} animate={animate} />
        ))}
        <Panel id="your-data" heading="import.heading">
          <Suspense
            fallback={
              <p className="panel__loading" role="status">
                {t('app.loading')}
              </p>
            }
          >
            {!hydrated ? (
              <>
                {/* Before first use the importer has not loaded: say what it does, not "Loading". */}
                <p className="panel__intro">{t('import.intro')}</p>
                <p className="panel__needs-script">{t('import.needsScript')}</p>
              </>
            ) : (
              <ImportPanel animate={animate} />
            )}
          </Suspense>
        </Panel>
        <ContextPanel />
      </main>
      <SiteFooter>
        <CiteDataset />
      </SiteFooter>
    </>
  );
}
