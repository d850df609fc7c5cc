import { Suspense } from 'react';
import type { ComponentType, LazyExoticComponent, ReactNode } from 'react';
import type { ChartId } from '../../domain/chartModel.ts';
import { CHART_IDS } from '../../domain/chartModel.ts';
import { lazyChunk, loadChunk } from '../../lib/lazyChunk.ts';
import { CHARTS } from './registry.ts';

type PanelComponent = ComponentType<{ animate?: boolean }>;

const loadedPanels: Partial<Record<ChartId, PanelComponent>> = {};
// React.lazy loads nothing until it renders.
const lazyPanels = Object.fromEntries(
  CHART_IDS.map((chart) => [chart, lazyChunk(CHARTS[chart].panel)]),
) as Record<ChartId, LazyExoticComponent<PanelComponent>>;

/**
 * Loads charts' panels (each chart's panel is a chunk of its own: an embed downloads only the
 * chart it shows). The app does this before it hydrates a page, and the build before it
 * prerenders one: a panel still loading would be drawn anew instead of adopting the
 * prerendered one (React client-renders a Suspense boundary that is updated before it has
 * hydrated), and both sides must render the same tree.
 */
export async function loadChartPanels(charts: readonly ChartId[]): Promise<void> {
  await Promise.all(
    charts.map(async (chart) => {
      loadedPanels[chart] = (await loadChunk(CHARTS[chart].panel)).default;
    }),
  );
}

/** A chart's panel, loaded ahead (loadChartPanels) or as it renders (showing `fallback` meanwhile). */
export function ChartPanel({
  chart,
  animate,
  fallback = null,
}: {
  chart: ChartId;
  animate?: boolean;
  fallback?: ReactNode;
}) {
  const Loaded = loadedPanels[chart];
  if (Loaded) return <Loaded animate={animate} />;
  const Loading = lazyPanels[chart];
  return (
    <Suspense fallback={fallback}>
      <Loading animate={animate} />
    </Suspense>
  );
}
