import { useCallback, useContext, useMemo, useSyncExternalStore } from 'react';
import { createTranslator } from '../../i18n/index.ts';
import type { Translate } from '../../i18n/index.ts';
import { StoreContext } from '../../state/StoreContext.tsx';
import type { Locale } from '../../state/viewState.ts';

/**
 * The translator for a chart's keyboard help, from the nearest dashboard
 * store when there is one (dashboard, embeds), English otherwise, so a chart
 * still renders on its own (tests, static rendering).
 */
export function useChartTranslator(): Translate {
  const store = useContext(StoreContext);
  const subscribe = useCallback(
    (onChange: () => void) => store?.subscribe(onChange) ?? (() => undefined),
    [store],
  );
  const snapshot = () => store?.getState().locale ?? 'en';
  // The same snapshot on the server: the prerendered page speaks the store's language too.
  const locale = useSyncExternalStore<Locale>(subscribe, snapshot, snapshot);
  return useMemo(() => createTranslator(locale), [locale]);
}
