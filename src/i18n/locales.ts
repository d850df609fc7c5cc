/** The languages the dashboard speaks. */
export type Locale = 'en' | 'id';

/** Every language, in the order the switches show them. */
export const LOCALES: readonly Locale[] = ['en', 'id'];

/** The language a first-time visitor reads: Indonesian when the browser prefers it. */
export function detectLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const base = String(language).toLowerCase().split('-')[0];
    if (base === 'id' || base === 'in') return 'id';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/**
 * The language a link's `lang` names: `en`, `id`, or `in`, the old ISO 639 code for Indonesian
 * (as the view codec migrates it, src/state/urlState.ts); null for anything else.
 */
export function linkedLocale(value: string | null): Locale | null {
  if (value === 'in') return 'id';
  return LOCALES.find((locale) => locale === value) ?? null;
}
