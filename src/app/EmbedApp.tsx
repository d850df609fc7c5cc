import { CHART_SECTION_IDS } from '../components/chartSections.ts';
import { Suspense, lazy, useEffect, useRef } from 'react';
import type { ComponentType } from 'react';
import type { ChartId } from '../domain/chartModel.ts';
import { FrameOptionsContext } from '../components/frameOptions.ts';
import type { EmbedOptions } from './route.ts';
import { embedHeightMessage, parseHostMessage } from '../features/embed/messages.ts';
import { useI18n } from '../i18n/useI18n.ts';
import { useDashboard, useDashboardStore } from '../state/StoreContext.tsx';
import { encodeViewState } from '../state/urlState.ts';
import { useDocumentSettings } from './useDocumentSettings.ts';

type PanelComponent = ComponentType<{ animate?: boolean }>;

/** Each chart in its own chunk: an embed downloads only the chart it shows. */
const EMBED_PANELS: Record<ChartId, React.LazyExoticComponent<PanelComponent>> = {
  'sector-shares': lazy(() =>
    import('../features/sector-shares/SectorSharesPanel.tsx').then((m) => ({
      default: m.SectorSharesPanel,
    })),
  ),
  'exports-trend': lazy(() =>
    import('../features/exports-trend/ExportsTrendPanel.tsx').then((m) => ({
      default: m.ExportsTrendPanel,
    })),
  ),
  pmi: lazy(() => import('../features/pmi/PmiPanel.tsx').then((m) => ({ default: m.PmiPanel }))),
};

/** Tells the host page our height whenever it changes, so the iframe fits the chart with no inner scrollbar. */
function useHeightMessages(chart: ChartId, element: React.RefObject<HTMLElement | null>) {
  useEffect(() => {
    const node = element.current;
    if (!node || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(node.getBoundingClientRect().height);
      if (height === last || height <= 0) return;
      last = height;
      // The host may be any site: the message carries only the chart id and a height.
      window.parent.postMessage(embedHeightMessage(chart, height), '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(node);
    post();
    return () => observer.disconnect();
  }, [chart, element]);
}

/** Hosts may ask for a theme or language; anything else is ignored, nothing is evaluated. */
function useHostMessages() {
  const store = useDashboardStore();
  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window.parent) return;
      const message = parseHostMessage(event.data);
      if (!message) return;
      if (message.type === 'idn-mfg-embed:set-theme') store.getState().setTheme(message.theme);
      else store.getState().setLocale(message.lang);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [store]);
}

function DashboardLink({ chart }: { chart?: ChartId }) {
  const { t } = useI18n();
  const view = useDashboard((s) => s);
  const search = encodeViewState(view);
  const href = `${window.location.pathname}${search ? `?${search}` : ''}${chart ? `#${CHART_SECTION_IDS[chart]}` : ''}`;
  return (
    <a className="embed__link" href={href} target="_blank" rel="noopener">
      {t('embed.openDashboard')}
    </a>
  );
}

export function EmbedApp({
  chart,
  options,
  animate = true,
}: {
  chart: ChartId;
  options: EmbedOptions;
  animate?: boolean;
}) {
  const { t } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  useDocumentSettings(t('app.title'));
  useHeightMessages(chart, root);
  useHostMessages();
  const Panel = EMBED_PANELS[chart];
  return (
    <FrameOptionsContext.Provider value={{ embedded: true, ...options }}>
      <div ref={root} className={`embed${options.isStatic ? ' embed--static' : ''}`}>
        <main>
          <Suspense fallback={<p className="panel__loading">{t('app.loading')}</p>}>
            <Panel animate={animate && !options.isStatic} />
          </Suspense>
        </main>
        <DashboardLink chart={chart} />
      </div>
    </FrameOptionsContext.Provider>
  );
}

export function UnknownEmbed({ requested }: { requested: string | null }) {
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
        <DashboardLink />
      </main>
    </div>
  );
}
