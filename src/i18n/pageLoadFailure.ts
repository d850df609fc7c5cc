import type { Locale } from './locales.ts';

/**
 * The notice the boot script shows when the app's first script cannot load: it has no catalogue
 * (the catalogues come with the app), so its few words are here, and the catalogues take the
 * button's label from here too ('error.reload').
 */
export const PAGE_LOAD_FAILURE = {
  en: {
    title: 'The interactive part of this page could not be loaded. Reload the page.',
    reload: 'Reload the page',
  },
  id: {
    title: 'Bagian interaktif halaman ini tidak dapat dimuat. Muat ulang halaman.',
    reload: 'Muat ulang halaman',
  },
} as const satisfies Record<Locale, { title: string; reload: string }>;
