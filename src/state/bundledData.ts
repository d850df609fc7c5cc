import type { DataFileKey } from '../domain/bundle.ts';
import type { DataLoader } from './dataLoader.ts';

/**
 * The files in data/, each in its own lazily loaded chunk: a panel (or an
 * embed) downloads only the files its chart needs. In the one-file edition
 * they are inlined.
 */
const bundled: Record<DataFileKey, () => Promise<{ default: string }>> = {
  sources: () => import('../../data/sources.csv?raw'),
  periods: () => import('../../data/periods.csv?raw'),
  sectorExports: () => import('../../data/sector-exports.csv?raw'),
  annualTotals: () => import('../../data/annual-totals.csv?raw'),
  pmi: () => import('../../data/pmi.csv?raw'),
  context: () => import('../../data/context.csv?raw'),
};

export const bundledLoader: DataLoader = async (key) => (await bundled[key]()).default;
