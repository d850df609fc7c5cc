import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { I18nProvider } from '../i18n/I18nContext.tsx';
import type { DashboardState, DashboardStore } from './store.ts';

const StoreContext = createContext<DashboardStore | null>(null);

export function useDashboardStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDashboard must be used inside <StoreProvider>');
  return store;
}

/** Reads from the nearest dashboard store; pass useShallow(...) for multi-field selections. */
export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useDashboardStore(), selector);
}

function LanguageOfStore({ children }: { children: ReactNode }) {
  const locale = useDashboard((state) => state.locale);
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}

/**
 * One mount's store (the dashboard's, or an embed's) and its language, which the shared
 * components read through the i18n context, never from the store.
 */
export function StoreProvider({ store, children }: { store: DashboardStore; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <LanguageOfStore>{children}</LanguageOfStore>
    </StoreContext.Provider>
  );
}
