import { createStore } from 'zustand/vanilla';
import type { DatasetId, DatasetTypes } from '../domain/bundle.ts';
import type { Issue } from '../domain/result.ts';
import type { ChartId } from '../domain/chartModel.ts';
import type { DataLoader, DatasetLoader } from './dataLoader.ts';
import { datasetsFromFiles } from './dataLoader.ts';
import type { Locale } from '../i18n/locales.ts';
import type { SectorChartKind, Theme, ViewMode } from '../domain/vocabulary.ts';
import type { ViewState } from './viewState.ts';
import { DEFAULT_VIEW_STATE } from './viewState.ts';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T; issues: Issue[] }
  | { status: 'error'; issues: Issue[] };

export type DatasetStates = { [K in DatasetId]: LoadState<DatasetTypes[K]> };

export interface DashboardActions {
  setPeriod(period: string): void;
  setSector(sector: string | null): void;
  setPmiRange(range: { from: string; to: string }): void;
  setView(chart: ChartId, view: ViewMode): void;
  setSectorChartKind(kind: SectorChartKind): void;
  setLocale(locale: Locale): void;
  setTheme(theme: Theme): void;
  /** The data version the view is read against (a shared link's); null to read it as now. */
  setDataVersion(version: number | null): void;
  /** Loads a dataset once; later calls reuse it (or retry after an error). */
  ensureDataset(id: DatasetId): Promise<void>;
}

export interface DashboardState extends ViewState, DashboardActions {
  datasets: DatasetStates;
}

export interface CreateDashboardStoreOptions {
  /** Where datasets come from: built datasets (the app), or data files to build them from (tests). */
  loader: DatasetLoader | { files: DataLoader };
  initial?: Partial<ViewState>;
  /** Datasets already built (prerendering at build time); the rest load through `loader`. */
  datasets?: Partial<DatasetStates>;
}

/**
 * One store per mount (the dashboard, each embed), as the zustand docs
 * recommend for React context: no global singleton shared by two embeds.
 */
export function createDashboardStore({ loader, initial, datasets }: CreateDashboardStoreOptions) {
  const load = typeof loader === 'function' ? loader : datasetsFromFiles(loader.files);
  return createStore<DashboardState>()((set, get) => ({
    ...DEFAULT_VIEW_STATE,
    ...initial,
    datasets: {
      exports: { status: 'idle' },
      pmi: { status: 'idle' },
      context: { status: 'idle' },
      changes: { status: 'idle' },
      ...datasets,
    },
    setPeriod: (period) => set({ period, sector: null }),
    setSector: (sector) => set({ sector }),
    setPmiRange: (pmiRange) => set({ pmiRange }),
    setView: (chart, view) => set({ views: { ...get().views, [chart]: view } }),
    setSectorChartKind: (sectorChartKind) => set({ sectorChartKind }),
    setLocale: (locale) => set({ locale }),
    setTheme: (theme) => set({ theme }),
    setDataVersion: (dataVersion) => set({ dataVersion }),
    async ensureDataset(id) {
      const current = get().datasets[id].status;
      if (current === 'loading' || current === 'ready') return;
      const setDataset = (state: LoadState<DatasetTypes[typeof id]>) =>
        set({ datasets: { ...get().datasets, [id]: state } });
      setDataset({ status: 'loading' });
      const result = await load(id);
      setDataset(
        result.ok
          ? { status: 'ready', data: result.data, issues: result.issues }
          : { status: 'error', issues: result.issues },
      );
    },
  }));
}

export type DashboardStore = ReturnType<typeof createDashboardStore>;
