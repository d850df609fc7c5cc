import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Translate } from './index.ts';
import { createTranslator } from './index.ts';
import type { Locale } from './locales.ts';

export interface I18n {
  locale: Locale;
  t: Translate;
}

const ENGLISH: I18n = { locale: 'en', t: createTranslator('en') };

/**
 * The language of everything below it. The app sets it from the dashboard's store
 * (state/StoreProvider.tsx); without a provider it is English, so a shared component
 * still renders on its own (tests, static rendering).
 */
const I18nContext = createContext<I18n>(ENGLISH);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The active language and its translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
