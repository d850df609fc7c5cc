import type { Locale } from '../i18n/locales.ts';
import { LOCALES } from '../i18n/locales.ts';

/**
 * The language a reader chose on an earlier visit, kept in localStorage: the app writes it when the
 * language changes (urlSync.ts), and both the app and the boot script (src/boot/) read it.
 */
export const LOCALE_KEY = 'idn-mfg:locale';

/** The language chosen on an earlier visit, if storage is available. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return LOCALES.find((locale) => locale === value) ?? null;
  } catch {
    return null;
  }
}

/** Remembers the reader's language for the next visit; storage full or blocked is not an error. */
export function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Storage full or blocked: the URL still carries the language.
  }
}
