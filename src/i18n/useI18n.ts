import { useMemo } from 'react';
import { useDashboard } from '../state/StoreContext.tsx';
import type { Locale } from '../state/viewState.ts';
import type { Translate } from './index.ts';
import { createTranslator } from './index.ts';

export interface I18n {
  locale: Locale;
  t: Translate;
}

export function useI18n(): I18n {
  const locale = useDashboard((state) => state.locale);
  return useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
}
