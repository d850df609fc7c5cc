import { useEffect } from 'react';
import type { ChartId } from '../../domain/chartModel.ts';
import { useDashboardStore } from '../../state/StoreContext.tsx';
import { startHeightMessages } from './heightMessages.ts';
import { startHostMessages } from './hostMessages.ts';

/** The embed's side of the postMessage protocol: height to the host, theme and language from it. */
export function useEmbedMessages(chart: ChartId): void {
  const store = useDashboardStore();
  useEffect(() => {
    const stopHeight = startHeightMessages(chart);
    const stopHost = startHostMessages(store);
    return () => {
      stopHeight();
      stopHost();
    };
  }, [chart, store]);
}
