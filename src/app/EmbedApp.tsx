import { lazyChunk, loadChunk } from '../lib/lazyChunk.ts';
import decodeContext from 'virtual:decode-context';
import { SinceLinkNotice } from '../features/changes/SinceLinkNotice.tsx';
import { CHART_SECTION_IDS } from '../components/chartSections.ts';
import { Suspense, useRef } from 'react';
import type { ComponentType } from 'react';
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

type PanelComponent = ComponentType<{ animate?: boolean }>;

/** Each chart in its own chunk: an embed downloads only the chart it shows. */
const PANEL_MODULES: Record<ChartId, () => Promise<{ default: PanelComponent }>> = {
  'sector-shares': () =>
    import('../features/sector-shares/SectorSharesPanel.tsx').then((m) => ({
      default: m.SectorSharesPanel,
    })),
  'exports-trend': () =>
    import('../features/exports-trend/ExportsTrendPanel.tsx').then((m) => ({
      default: m.ExportsTrendPanel,
    })),
  pmi: () => import('../features/pmi/PmiPanel.tsx').then((m) => ({ default: m.PmiPanel })),
};

const EMBED_PANELS = Object.fromEntries(
  Object.entries(PANEL_MODULES).map(([chart, load]) => [chart, lazyChunk(load)]),
) as Record<ChartId, React.LazyExoticComponent<PanelComponent>>;

const loadedPanels: Partial<Record<ChartId, PanelComponent>> = {};

/**
 * Loads a chart's panel before the app hydrates its page: a panel still
 * loading when the embed's options apply would be drawn anew instead of
 * adopting the prerendered one (React client-renders a Suspense boundary
 * that is updated before it has hydrated).
 */
export async function loadEmbedPanel(chart: ChartId): Promise<void> {
  loadedPanels[chart] = (await loadChunk(PANEL_MODULES[chart])).default;
}

/** The dashboard showing the embed's view: `base` is the dashboard's address relative to this page. */
function DashboardLink({ chart, base }: { chart?: ChartId; base: string }) {
  const { t } = useI18n();
  const view = useDashboard((s) => s);
  const search = encodeViewState(view);
  const href = `${base}${search ? `?${search}` : ''}${chart ? `#${CHART_SECTION_IDS[chart]}` : ''}`;
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
  const Panel = loadedPanels[chart] ?? EMBED_PANELS[chart];
  return (
    <FrameOptionsContext.Provider value={{ embedded: true, ...options }}>
      <div ref={root} className={`embed${options.isStatic ? ' embed--static' : ''}`}>
        <main>
          <ErrorBoundary fallback={() => null}>
            <SinceLinkNotice charts={[chart]} current={decodeContext.dataVersion} />
          </ErrorBoundary>
          <ErrorBoundary fallback={() => <ReloadNotice t={t} />}>
            <Suspense fallback={<p className="panel__loading">{t('app.loading')}</p>}>
              <Panel animate={animate && !options.isStatic} />
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
