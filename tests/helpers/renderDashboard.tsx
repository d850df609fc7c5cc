import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DATA_FILES } from '../../src/domain/bundle.ts';
import type { DataFileKey } from '../../src/domain/bundle.ts';
import type { DataLoader } from '../../src/state/dataLoader.ts';
import { StoreProvider } from '../../src/state/StoreContext.tsx';
import { createDashboardStore } from '../../src/state/store.ts';
import type { ViewState } from '../../src/state/viewState.ts';
import { CHART_IDS } from '../../src/domain/chartModel.ts';
import { loadChartPanels } from '../../src/features/charts/ChartPanel.tsx';

// The charts' panels as the app has them when it starts (main.tsx loads them with the dashboard).
await loadChartPanels(CHART_IDS);

/** Loads data files from a directory, as the bundled loader does from data/. */
export function directoryLoader(dir: string, failing: readonly DataFileKey[] = []): DataLoader {
  return async (key) => {
    if (failing.includes(key)) throw new Error(`network error for ${DATA_FILES[key]}`);
    return readFile(resolve(dir, DATA_FILES[key]), 'utf8');
  };
}

export function renderWithStore(
  ui: ReactNode,
  options: { loader?: DataLoader; initial?: Partial<ViewState> } = {},
) {
  const store = createDashboardStore({
    loader: { files: options.loader ?? directoryLoader('data') },
    initial: options.initial,
  });
  const result = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { ...result, store };
}
