import decodeContext from 'virtual:decode-context';
import { SinceLinkNotice } from '../features/changes/SinceLinkNotice.tsx';
import { Suspense, useRef } from 'react';
import { ChartPanel, loadChartPanels } from '../features/charts/ChartPanel.tsx';
import { CHARTS } from '../features/charts/registry.ts';
import type { ChartId } from '../domain/chartModel.ts';
import { FrameOptionsContext } from '../components/frameOptions.ts';
import type { EmbedOptions } from '../state/route.ts';
import { useEmbedMessages } from '../features/embed/useEmbedMessages.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useDashboard } from '../state/StoreContext.tsx';
import { encodeViewState } from '../state/urlState.ts';
import { useDocumentSettings } from './useDocumentSettings.ts';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ReloadNotice } from '../components/ReloadNotice.tsx';

/** Loads the embed's chart panel (its own chunk) before the app hydrates its page (ChartPanel.tsx). */
export async function loadEmbedPanel(chart: ChartId): Promise<void> {
  await loadChartPanels([chart]);
}

/** The dashboard showing the embed's view: `base` is the dashboard's address relative to this page. */
function DashboardLink({ chart, base }: { chart?: ChartId; base: string }) {
  const { t } = useI18n();
  const view = useDashboard((s) => s);
  const search = encodeViewState(view);
  const href = `${base}${search ? `?${search}` : ''}${chart ? `#${CHARTS[chart].section.id}` : ''}`;
  return (
    <a className="embed__link" href={href} target="_blank" rel="noopener">
      {t('embed.openDashboard')}
    </a>
  );
}

const NO_OPTIONS: EmbedOptions = { hideTitle: false, hideSource: false, isStatic: false };

export function EmbedApp({
  chart,
  options = NO_OPTIONS,
  animate = true,
  dashboardBase = './',
}: {
  chart: ChartId;
  options?: EmbedOptions;
  animate?: boolean;
  /** Where the dashboard is, relative to this page (the embed pages sit in embed/). */
  dashboardBase?: string;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  useDocumentSettings(t('app.title'));
  useEmbedMessages(chart);
  const loading = <p className="panel__loading">{t('app.loading')}</p>;
  return (
    <FrameOptionsContext.Provider value={{ embedded: true, ...options }}>
      <div ref={root} className={`embed${options.isStatic ? ' embed--static' : ''}`}>
        <main>
          <ErrorBoundary fallback={() => null}>
            <SinceLinkNotice charts={[chart]} current={decodeContext.dataVersion} />
          </ErrorBoundary>
          <ErrorBoundary fallback={() => <ReloadNotice t={t} />}>
            <Suspense fallback={loading}>
              <ChartPanel chart={chart} animate={animate && !options.isStatic} fallback={loading} />
            </Suspense>
          </ErrorBoundary>
        </main>
        <DashboardLink chart={chart} base={dashboardBase} />
      </div>
    </FrameOptionsContext.Provider>
  );
}

export function UnknownEmbed({
  requested,
  dashboardBase = './',
}: {
  requested: string | null;
  dashboardBase?: string;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  useDocumentSettings(t('app.title'));
  return (
    <div ref={root} className="embed">
      <main className="panel-error" role="alert">
        <p className="panel-error__title">
          {requested === null
            ? t('embed.unknownChartUnnamed')
            : t('embed.unknownChart', { chart: requested })}
        </p>
        <DashboardLink base={dashboardBase} />
      </main>
    </div>
  );
}
